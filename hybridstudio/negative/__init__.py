"""Calibrated digital negatives for cyanotype, Van Dyke, salt and platinum/palladium printing.

Modules: :mod:`tone` (lightness maths), :mod:`curve` (monotone curves and their fit),
:mod:`processes` (process presets), :mod:`simulate` (the calibration print simulation),
:mod:`target` (step-wedge targets with fiducials), :mod:`scan` (reading a scanned print),
:mod:`readings` (densitometer / L* CSV), :mod:`calibration` (shareable calibration files and the
quality report), :mod:`make` (laying out an image's negative), :mod:`render` (inverting, curving,
colouring and mirroring in 16 bit, strip by strip), :mod:`export` (TIFF and PDF at exact physical
size), :mod:`streamed_pdf` (a one-page 16-bit PDF written strip by strip), :mod:`payload` (the
``negative`` payload kind), :mod:`resolve` (process, calibration and colour for a job) and
:mod:`cli` (``hybridstudio negative …``). See ``docs/negative.md``.
"""
