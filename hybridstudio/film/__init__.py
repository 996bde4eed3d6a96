"""Film output: screened separations as 1-bit film positives a workshop can expose.

- :mod:`.pages` – page sizes and where the image, marks and label go.
- :mod:`.marks` – registration bullseyes and crop marks (identical on every film).
- :mod:`.label` – the text strip on each film (ink, order, ruling, angle, shape, recipe, date, AI).
- :mod:`.output` – CCITT G4 TIFFs and the multi-page PDF with the process record as XMP.
- :mod:`.job` – a whole job: separations + screening + page → films, rendered band by band.
- :mod:`.writer` – saving a job (TIFFs, PDF, report, process record).
"""

from .job import FilmJob, FilmOptions
from .pages import PAGE_SIZES, Layout, page_size

__all__ = ["PAGE_SIZES", "FilmJob", "FilmOptions", "Layout", "page_size"]
