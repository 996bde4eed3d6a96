"""Field labels and choice names of the registered steps' parameters, for the translation extractor.

The recipe panel labels each field from its parameter name ('line_screen' → 'Line screen').
Regenerate this list after adding steps: ``python -m hybridstudio.ui.param_labels``.
"""

from __future__ import annotations

from ..core.i18n import QT_TRANSLATE_NOOP

LABELS = (
    QT_TRANSLATE_NOOP("steps", "11x14in"),
    QT_TRANSLATE_NOOP("steps", "135"),
    QT_TRANSLATE_NOOP("steps", "4x5"),
    QT_TRANSLATE_NOOP("steps", "5x7in"),
    QT_TRANSLATE_NOOP("steps", "645"),
    QT_TRANSLATE_NOOP("steps", "6x6"),
    QT_TRANSLATE_NOOP("steps", "6x7"),
    QT_TRANSLATE_NOOP("steps", "8x10"),
    QT_TRANSLATE_NOOP("steps", "8x10in"),
    QT_TRANSLATE_NOOP("steps", "A3"),
    QT_TRANSLATE_NOOP("steps", "A3+"),
    QT_TRANSLATE_NOOP("steps", "A4"),
    QT_TRANSLATE_NOOP("steps", "A5"),
    QT_TRANSLATE_NOOP("steps", "Alpha"),
    QT_TRANSLATE_NOOP("steps", "Amount"),
    QT_TRANSLATE_NOOP("steps", "Angles"),
    QT_TRANSLATE_NOOP("steps", "Black"),
    QT_TRANSLATE_NOOP("steps", "Border"),
    QT_TRANSLATE_NOOP("steps", "Calibration"),
    QT_TRANSLATE_NOOP("steps", "Choke"),
    QT_TRANSLATE_NOOP("steps", "Colour"),
    QT_TRANSLATE_NOOP("steps", "Context"),
    QT_TRANSLATE_NOOP("steps", "Coverage limit"),
    QT_TRANSLATE_NOOP("steps", "Curve"),
    QT_TRANSLATE_NOOP("steps", "DPI"),
    QT_TRANSLATE_NOOP("steps", "Dither"),
    QT_TRANSLATE_NOOP("steps", "Dmax"),
    QT_TRANSLATE_NOOP("steps", "Dot gain"),
    QT_TRANSLATE_NOOP("steps", "Dust per cm2"),
    QT_TRANSLATE_NOOP("steps", "Edges"),
    QT_TRANSLATE_NOOP("steps", "Exposure EV"),
    QT_TRANSLATE_NOOP("steps", "FM dot"),
    QT_TRANSLATE_NOOP("steps", "Filter"),
    QT_TRANSLATE_NOOP("steps", "Focal"),
    QT_TRANSLATE_NOOP("steps", "Format"),
    QT_TRANSLATE_NOOP("steps", "Gain"),
    QT_TRANSLATE_NOOP("steps", "Gamma"),
    QT_TRANSLATE_NOOP("steps", "Guidance"),
    QT_TRANSLATE_NOOP("steps", "Hairs per cm2"),
    QT_TRANSLATE_NOOP("steps", "Height"),
    QT_TRANSLATE_NOOP("steps", "Highlight"),
    QT_TRANSLATE_NOOP("steps", "ICC"),
    QT_TRANSLATE_NOOP("steps", "Index"),
    QT_TRANSLATE_NOOP("steps", "Ink tolerance"),
    QT_TRANSLATE_NOOP("steps", "Inks"),
    QT_TRANSLATE_NOOP("steps", "LPI"),
    QT_TRANSLATE_NOOP("steps", "Label"),
    QT_TRANSLATE_NOOP("steps", "Library"),
    QT_TRANSLATE_NOOP("steps", "Light angle"),
    QT_TRANSLATE_NOOP("steps", "Look"),
    QT_TRANSLATE_NOOP("steps", "Marks"),
    QT_TRANSLATE_NOOP("steps", "Max dot"),
    QT_TRANSLATE_NOOP("steps", "Mesh"),
    QT_TRANSLATE_NOOP("steps", "Mesh angle"),
    QT_TRANSLATE_NOOP("steps", "Method"),
    QT_TRANSLATE_NOOP("steps", "Min dot"),
    QT_TRANSLATE_NOOP("steps", "Mirror"),
    QT_TRANSLATE_NOOP("steps", "Misregistration"),
    QT_TRANSLATE_NOOP("steps", "Model"),
    QT_TRANSLATE_NOOP("steps", "Negative"),
    QT_TRANSLATE_NOOP("steps", "Opacity"),
    QT_TRANSLATE_NOOP("steps", "Orientation"),
    QT_TRANSLATE_NOOP("steps", "Page"),
    QT_TRANSLATE_NOOP("steps", "Path"),
    QT_TRANSLATE_NOOP("steps", "Pdf"),
    QT_TRANSLATE_NOOP("steps", "Percent"),
    QT_TRANSLATE_NOOP("steps", "Pick"),
    QT_TRANSLATE_NOOP("steps", "Polarity"),
    QT_TRANSLATE_NOOP("steps", "Print width"),
    QT_TRANSLATE_NOOP("steps", "Process"),
    QT_TRANSLATE_NOOP("steps", "Prompt"),
    QT_TRANSLATE_NOOP("steps", "Scheduler"),
    QT_TRANSLATE_NOOP("steps", "Scratches"),
    QT_TRANSLATE_NOOP("steps", "Screen"),
    QT_TRANSLATE_NOOP("steps", "Seed"),
    QT_TRANSLATE_NOOP("steps", "Shape"),
    QT_TRANSLATE_NOOP("steps", "Shoulder"),
    QT_TRANSLATE_NOOP("steps", "Show label"),
    QT_TRANSLATE_NOOP("steps", "Size"),
    QT_TRANSLATE_NOOP("steps", "Solver"),
    QT_TRANSLATE_NOOP("steps", "Steps"),
    QT_TRANSLATE_NOOP("steps", "Stock"),
    QT_TRANSLATE_NOOP("steps", "Strength"),
    QT_TRANSLATE_NOOP("steps", "Strip"),
    QT_TRANSLATE_NOOP("steps", "Substrate"),
    QT_TRANSLATE_NOOP("steps", "Texture"),
    QT_TRANSLATE_NOOP("steps", "Threshold"),
    QT_TRANSLATE_NOOP("steps", "Tile"),
    QT_TRANSLATE_NOOP("steps", "Toe"),
    QT_TRANSLATE_NOOP("steps", "Trap"),
    QT_TRANSLATE_NOOP("steps", "White"),
    QT_TRANSLATE_NOOP("steps", "Width"),
    QT_TRANSLATE_NOOP("steps", "am"),
    QT_TRANSLATE_NOOP("steps", "aqua"),
    QT_TRANSLATE_NOOP("steps", "auto"),
    QT_TRANSLATE_NOOP("steps", "automatic-press"),
    QT_TRANSLATE_NOOP("steps", "black"),
    QT_TRANSLATE_NOOP("steps", "blue"),
    QT_TRANSLATE_NOOP("steps", "blue-noise"),
    QT_TRANSLATE_NOOP("steps", "bright-red"),
    QT_TRANSLATE_NOOP("steps", "brown"),
    QT_TRANSLATE_NOOP("steps", "burgundy"),
    QT_TRANSLATE_NOOP("steps", "clear"),
    QT_TRANSLATE_NOOP("steps", "cmyk"),
    QT_TRANSLATE_NOOP("steps", "colour"),
    QT_TRANSLATE_NOOP("steps", "colour-negative"),
    QT_TRANSLATE_NOOP("steps", "cyanotype"),
    QT_TRANSLATE_NOOP("steps", "dark"),
    QT_TRANSLATE_NOOP("steps", "ddim"),
    QT_TRANSLATE_NOOP("steps", "dense"),
    QT_TRANSLATE_NOOP("steps", "diamond"),
    QT_TRANSLATE_NOOP("steps", "diffusion"),
    QT_TRANSLATE_NOOP("steps", "digital"),
    QT_TRANSLATE_NOOP("steps", "dots"),
    QT_TRANSLATE_NOOP("steps", "double-x-5222"),
    QT_TRANSLATE_NOOP("steps", "dpmpp_2m"),
    QT_TRANSLATE_NOOP("steps", "ektar-100"),
    QT_TRANSLATE_NOOP("steps", "elliptical"),
    QT_TRANSLATE_NOOP("steps", "euclidean"),
    QT_TRANSLATE_NOOP("steps", "euler"),
    QT_TRANSLATE_NOOP("steps", "euler_a"),
    QT_TRANSLATE_NOOP("steps", "federal-blue"),
    QT_TRANSLATE_NOOP("steps", "fit"),
    QT_TRANSLATE_NOOP("steps", "fluorescent-orange"),
    QT_TRANSLATE_NOOP("steps", "fluorescent-pink"),
    QT_TRANSLATE_NOOP("steps", "fm"),
    QT_TRANSLATE_NOOP("steps", "gold-200"),
    QT_TRANSLATE_NOOP("steps", "grain"),
    QT_TRANSLATE_NOOP("steps", "green"),
    QT_TRANSLATE_NOOP("steps", "half-frame"),
    QT_TRANSLATE_NOOP("steps", "hard"),
    QT_TRANSLATE_NOOP("steps", "heavy"),
    QT_TRANSLATE_NOOP("steps", "hunter-green"),
    QT_TRANSLATE_NOOP("steps", "index"),
    QT_TRANSLATE_NOOP("steps", "lanczos"),
    QT_TRANSLATE_NOOP("steps", "landscape"),
    QT_TRANSLATE_NOOP("steps", "lcm"),
    QT_TRANSLATE_NOOP("steps", "least-squares"),
    QT_TRANSLATE_NOOP("steps", "legal"),
    QT_TRANSLATE_NOOP("steps", "letter"),
    QT_TRANSLATE_NOOP("steps", "light"),
    QT_TRANSLATE_NOOP("steps", "line"),
    QT_TRANSLATE_NOOP("steps", "lith"),
    QT_TRANSLATE_NOOP("steps", "manual-press"),
    QT_TRANSLATE_NOOP("steps", "maximum"),
    QT_TRANSLATE_NOOP("steps", "medium"),
    QT_TRANSLATE_NOOP("steps", "medium-blue"),
    QT_TRANSLATE_NOOP("steps", "mint"),
    QT_TRANSLATE_NOOP("steps", "model"),
    QT_TRANSLATE_NOOP("steps", "mono"),
    QT_TRANSLATE_NOOP("steps", "none"),
    QT_TRANSLATE_NOOP("steps", "opaque"),
    QT_TRANSLATE_NOOP("steps", "orange"),
    QT_TRANSLATE_NOOP("steps", "perceptual"),
    QT_TRANSLATE_NOOP("steps", "platinum"),
    QT_TRANSLATE_NOOP("steps", "platinum-palladium"),
    QT_TRANSLATE_NOOP("steps", "portra-400"),
    QT_TRANSLATE_NOOP("steps", "portrait"),
    QT_TRANSLATE_NOOP("steps", "provia-100f"),
    QT_TRANSLATE_NOOP("steps", "purple"),
    QT_TRANSLATE_NOOP("steps", "red"),
    QT_TRANSLATE_NOOP("steps", "riso"),
    QT_TRANSLATE_NOOP("steps", "round"),
    QT_TRANSLATE_NOOP("steps", "salt"),
    QT_TRANSLATE_NOOP("steps", "screen"),
    QT_TRANSLATE_NOOP("steps", "simulated"),
    QT_TRANSLATE_NOOP("steps", "slide"),
    QT_TRANSLATE_NOOP("steps", "smooth"),
    QT_TRANSLATE_NOOP("steps", "spot"),
    QT_TRANSLATE_NOOP("steps", "square"),
    QT_TRANSLATE_NOOP("steps", "stock"),
    QT_TRANSLATE_NOOP("steps", "sunflower"),
    QT_TRANSLATE_NOOP("steps", "super16"),
    QT_TRANSLATE_NOOP("steps", "super35"),
    QT_TRANSLATE_NOOP("steps", "t-max-100"),
    QT_TRANSLATE_NOOP("steps", "t-max-400"),
    QT_TRANSLATE_NOOP("steps", "tabloid"),
    QT_TRANSLATE_NOOP("steps", "teal"),
    QT_TRANSLATE_NOOP("steps", "transparent"),
    QT_TRANSLATE_NOOP("steps", "tri-x-400"),
    QT_TRANSLATE_NOOP("steps", "van-dyke"),
    QT_TRANSLATE_NOOP("steps", "velvia-50"),
    QT_TRANSLATE_NOOP("steps", "vision3-500t"),
    QT_TRANSLATE_NOOP("steps", "white"),
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

#: Names of choices whose recipe id is not a word a person reads ("am", "dpmpp_2m"), translated
#: in the "Choices" context where the "steps" catalogue has no name for the id; ids not listed are
#: shown in English with hyphens as spaces and a capital ("fluorescent-pink" → "Fluorescent pink").
ENGLISH_CHOICES = {
    "am": QT_TRANSLATE_NOOP("Choices", "AM halftone dots"),
    "fm": QT_TRANSLATE_NOOP("Choices", "FM stochastic screening"),
    "index": QT_TRANSLATE_NOOP("Choices", "Index (square pixels)"),
    "diffusion": QT_TRANSLATE_NOOP("Choices", "Error diffusion"),
    "blue-noise": QT_TRANSLATE_NOOP("Choices", "Blue-noise dither"),
    "auto": QT_TRANSLATE_NOOP("Choices", "Automatic"),
    "mono": QT_TRANSLATE_NOOP("Choices", "Black and white"),
    "spot": QT_TRANSLATE_NOOP("Choices", "Spot colours"),
    "stock": QT_TRANSLATE_NOOP("Choices", "From the ink library"),
    "cmyk": QT_TRANSLATE_NOOP("Choices", "CMYK process"),
    "simulated": QT_TRANSLATE_NOOP("Choices", "Simulated process"),
    "riso": QT_TRANSLATE_NOOP("Choices", "Risograph"),
    "screen": QT_TRANSLATE_NOOP("Choices", "Screenprint"),
    "digital": QT_TRANSLATE_NOOP("Choices", "Digital print"),
    "model": QT_TRANSLATE_NOOP("Choices", "AI model"),
    "lanczos": QT_TRANSLATE_NOOP("Choices", "Lanczos (no AI)"),
    "clear": QT_TRANSLATE_NOOP("Choices", "Clear film"),
    "dense": QT_TRANSLATE_NOOP("Choices", "Dense film"),
    "fit": QT_TRANSLATE_NOOP("Choices", "The negative's own size"),
    "ddim": QT_TRANSLATE_NOOP("Choices", "DDIM"),
    "euler": QT_TRANSLATE_NOOP("Choices", "Euler"),
    "euler_a": QT_TRANSLATE_NOOP("Choices", "Euler ancestral"),
    "dpmpp_2m": QT_TRANSLATE_NOOP("Choices", "DPM++ 2M"),
    "lcm": QT_TRANSLATE_NOOP("Choices", "LCM"),
    "tri-x-400": QT_TRANSLATE_NOOP("Choices", "Tri-X 400"),
    "t-max-100": QT_TRANSLATE_NOOP("Choices", "T-Max 100"),
    "t-max-400": QT_TRANSLATE_NOOP("Choices", "T-Max 400"),
    "portra-400": QT_TRANSLATE_NOOP("Choices", "Portra 400"),
    "ektar-100": QT_TRANSLATE_NOOP("Choices", "Ektar 100"),
    "gold-200": QT_TRANSLATE_NOOP("Choices", "Gold 200"),
    "velvia-50": QT_TRANSLATE_NOOP("Choices", "Velvia 50"),
    "provia-100f": QT_TRANSLATE_NOOP("Choices", "Provia 100F"),
    "vision3-500t": QT_TRANSLATE_NOOP("Choices", "Vision3 500T"),
    "double-x-5222": QT_TRANSLATE_NOOP("Choices", "Double-X 5222"),
    "van-dyke": QT_TRANSLATE_NOOP("Choices", "Van Dyke"),
    "platinum-palladium": QT_TRANSLATE_NOOP("Choices", "Platinum/palladium"),
    "colour-negative": QT_TRANSLATE_NOOP("Choices", "Colour negative film"),
    "slide": QT_TRANSLATE_NOOP("Choices", "Slide film"),
    "super16": QT_TRANSLATE_NOOP("Choices", "Super 16"),
    "super35": QT_TRANSLATE_NOOP("Choices", "Super 35"),
    "135": QT_TRANSLATE_NOOP("Choices", "35 mm (135)"),
    "half-frame": QT_TRANSLATE_NOOP("Choices", "Half frame"),
    "lith": QT_TRANSLATE_NOOP("Choices", "Lith print"),
    "salt": QT_TRANSLATE_NOOP("Choices", "Salt print"),
    "automatic-press": QT_TRANSLATE_NOOP("Choices", "Automatic press"),
    "manual-press": QT_TRANSLATE_NOOP("Choices", "Manual press"),
}


#: Choice ids whose meaning depends on the parameter: (parameter name, id) → name.
CHOICES_BY_PARAM = {
    ("method", "stock"): QT_TRANSLATE_NOOP("Choices", "From the ink library"),
}


def choice_label(choice: str, param: str = "") -> str:
    """What a choice is called in the current language (the id stays in recipes)."""
    from PySide6.QtCore import QCoreApplication

    if (param, choice) in CHOICES_BY_PARAM:
        return QCoreApplication.translate("Choices", CHOICES_BY_PARAM[(param, choice)])
    text = QCoreApplication.translate("steps", choice)
    if text != choice:
        return text
    if choice in ENGLISH_CHOICES:
        return QCoreApplication.translate("Choices", ENGLISH_CHOICES[choice])
    words = choice.replace("_", " ").replace("-", " ")
    return words[:1].upper() + words[1:]
