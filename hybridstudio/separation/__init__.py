"""Colour separations for screen printing and risograph.

Small modules, each named for what it does:

- :mod:`.inks` loads ink and substrate libraries (``resources/inks/*.toml`` or a school's own file);
- :mod:`.colours` wraps colour-science (sRGB ↔ CIELAB D50, ΔE2000);
- :mod:`.composite` predicts the print (transparent inks multiply, Neugebauer–Demichel over overlaps,
  dot gain; opaque inks cover in print order);
- :mod:`.unmix` finds per-pixel coverages of a set of inks that best match the image;
- :mod:`.methods`: the method registry, one module per method (spot, stock, index, cmyk, simulated)
  over the engines :mod:`.spot`, :mod:`.stock`, :mod:`.index`, :mod:`.cmyk` (with :mod:`.icc`, which
  writes the CMYK profile) and :mod:`.simulated`; :mod:`.options` declares what a user may set;
- :mod:`.underbase` (underbase, choke, highlight white, trapping), :mod:`.riso` (600 dpi masters,
  coverage limit, misregistration preview), :mod:`.report` (ΔE2000 and coverage figures);
- :mod:`.export` saves and loads separation folders; :mod:`.api` is the one entry point;
  :mod:`.cli` adds ``hybridstudio inks`` and ``ink-fit`` (``separate`` is a one-step recipe in
  :mod:`hybridstudio.commands.separate`).

Guide: ``docs/separation.md``.
"""

from . import export as _export  # noqa: F401 - registers the writer of the ``separations`` payload kind
