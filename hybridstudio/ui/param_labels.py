"""Field labels and choice names of the registered steps' parameters, for the translation extractor.

The recipe panel labels each field from its parameter name ('line_screen' → 'Line screen').
Regenerate this list after adding steps: ``python -m hybridstudio.ui.param_labels``.
"""

from __future__ import annotations

from ..core.i18n import QT_TRANSLATE_NOOP

LABELS = (
    QT_TRANSLATE_NOOP("steps", "Black"),
    QT_TRANSLATE_NOOP("steps", "DPI"),
    QT_TRANSLATE_NOOP("steps", "Filter"),
    QT_TRANSLATE_NOOP("steps", "Gamma"),
    QT_TRANSLATE_NOOP("steps", "White"),
    QT_TRANSLATE_NOOP("steps", "Width"),
    QT_TRANSLATE_NOOP("steps", "blue"),
    QT_TRANSLATE_NOOP("steps", "green"),
    QT_TRANSLATE_NOOP("steps", "none"),
    QT_TRANSLATE_NOOP("steps", "orange"),
    QT_TRANSLATE_NOOP("steps", "red"),
    QT_TRANSLATE_NOOP("steps", "yellow"),
)


def _regenerate() -> None:
    from pathlib import Path

    from ..core.step import all_steps
    from .param_form import humanise

    names = {humanise(p.name) for cls in all_steps().values() for p in cls.params}
    names |= {c for cls in all_steps().values() for p in cls.params for c in (p.choices or ())}
    names = sorted(names)
    path = Path(__file__)
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("LABELS = (\n", 1)
    tail = rest[rest.index(")\n") :]
    body = "".join(f'    QT_TRANSLATE_NOOP("steps", {n!r}),\n'.replace("'", '"') for n in names)
    path.write_text(head + "LABELS = (\n" + body + tail, encoding="utf-8")
    print(f"{len(names)} labels written to {path}")


if __name__ == "__main__":
    _regenerate()
