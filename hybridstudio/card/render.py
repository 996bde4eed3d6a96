"""The process card: one A5 page (readable printed and on screen) for a jury, a gallery visitor or
a print client: a thumbnail, every step in order marked AI or craft, for AI steps the model, its
licence and what it was trained on, for craft steps the technique that makes the same result
without AI, the chain's time, energy and CO2e, the date, and whether the content credentials hold.

Laid out with ReportLab (real PDF text: searchable, read by screen readers and pdftotext). Every
label goes through the translation catalogue; the AI line is the film label's own line.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image

from .. import __version__
from ..core.atomic import atomic_path
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.provenance import disclosure_line
from ..core.step import get_step
from ..models.catalogue import all_manifests

C = "card"
TITLE = QT_TRANSLATE_NOOP("card", "Process card")
DATE = QT_TRANSLATE_NOOP("card", "Date")
RECIPE = QT_TRANSLATE_NOOP("card", "Recipe")
CREDENTIALS = QT_TRANSLATE_NOOP("card", "Content credentials")
DISCLOSURE = QT_TRANSLATE_NOOP("card", "AI disclosure")
STEPS = QT_TRANSLATE_NOOP("card", "Steps, in order")
AI_TAG = QT_TRANSLATE_NOOP("card", "AI")
CRAFT_TAG = QT_TRANSLATE_NOOP("card", "craft")
MODEL = QT_TRANSLATE_NOOP("card", "Model")
LICENCE = QT_TRANSLATE_NOOP("card", "Licence")
FILE_HASH = QT_TRANSLATE_NOOP("card", "File hash")
TRAINING = QT_TRANSLATE_NOOP("card", "Trained on")
TRAINING_UNKNOWN = QT_TRANSLATE_NOOP("card", "not documented in HybridStudio's model catalogue")
PROMPT = QT_TRANSLATE_NOOP("card", "Prompt")
WITHOUT_AI = QT_TRANSLATE_NOOP("card", "Without AI")
COST = QT_TRANSLATE_NOOP("card", "Cost of the whole chain")
COST_LINE = QT_TRANSLATE_NOOP("card", "%1 s of computing, %2, %3 (grid at %4 g CO2e/kWh)")
ESTIMATE = QT_TRANSLATE_NOOP("card", "estimated: the hardware gave no energy reading")
NO_COST = QT_TRANSLATE_NOOP("card", "not recorded")
NO_PREVIEW = QT_TRANSLATE_NOOP("card", "no preview")
FOOTER = QT_TRANSLATE_NOOP(
    C,
    "Made with HybridStudio %1. The full process record is embedded in the file and beside it "
    "(.hybridstudio.json); any C2PA reader, or hybridstudio info, checks its content credentials.",
)


def _latin(text: str) -> str:
    """The PDF's standard fonts speak Windows-1252: spell the few other characters out."""
    table = {"→": "->", "₂": "2", "≈": "~", "≤": "<=", "≥": ">=", "−": "-", "\u202f": " "}
    out = []
    for ch in text:
        ch = table.get(ch, ch)
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = "?"
        out.append(ch)
    return "".join(out)


def _esc(text: Any) -> str:
    return escape(_latin(str(text)))


def _number(value: float, lang: str, unit: str = "") -> str:
    """A figure with 3 significant digits, in milli-units below 0.1 ('2.72 mWh'), French commas."""
    if unit and abs(value) < 0.1:
        value, unit = value * 1000, "m" + unit
    text = f"{value:.3g}"
    text = text.replace(".", ",") if lang == "fr" else text
    return f"{text} {unit}" if unit else text


def cost_text(cost: dict[str, Any], lang: str) -> str:
    """'12.3 s of computing, 0.051 Wh, 0.003 g CO2e (grid at 60 g CO2e/kWh)', translated."""
    if not cost or "energy_wh" not in cost:
        return translate(C, NO_COST, lang)
    line = translate(C, COST_LINE, lang)
    for key, value, unit in (
        ("%1", cost.get("wall_s"), ""),
        ("%2", cost.get("energy_wh"), "Wh"),
        ("%3", cost.get("gco2e"), "g CO2e"),
        ("%4", cost.get("grid_gco2_per_kwh"), ""),
    ):
        line = line.replace(key, _number(float(value or 0.0), lang, unit))
    if cost.get("estimated"):
        line += " — " + translate(C, ESTIMATE, lang)
    return line


def _step_texts(step: dict[str, Any], lang: str, show_prompt: bool) -> tuple[str, list[str]]:
    """The step's title and its detail lines (model, licence, training data / craft technique)."""
    try:
        cls = get_step(str(step.get("step")))
    except Exception:  # noqa: BLE001 - a step of another version: its record still has a title
        cls = None
    title = translate("steps", cls.title, lang) if cls else str(step.get("title") or step.get("step"))
    lines: list[str] = []
    if step.get("kind") == "ai":
        ai = step.get("ai") or {}
        model = ai.get("model") or {}
        if model:
            name = model.get("name") or model.get("id")
            ident = f" ({model['id']})" if model.get("name") and model.get("id") != model.get("name") else ""
            lines.append(f"<b>{_esc(translate(C, MODEL, lang))}:</b> {_esc(name)}{_esc(ident)}")
            lic = model.get("licence") or {}
            if lic.get("name"):
                lines.append(f"<b>{_esc(translate(C, LICENCE, lang))}:</b> {_esc(lic['name'])}")
            if model.get("sha256"):
                lines.append(
                    f"<b>{_esc(translate(C, FILE_HASH, lang))}:</b> sha256 {_esc(str(model['sha256'])[:16])}…"
                )
            note = _training_note(str(model.get("id", "")), lang) or translate(C, TRAINING_UNKNOWN, lang)
            lines.append(f"<b>{_esc(translate(C, TRAINING, lang))}:</b> {_esc(note)}")
        prompt = ai.get("prompt")
        if show_prompt and prompt:
            lines.append(f"<b>{_esc(translate(C, PROMPT, lang))}:</b> «&#160;{_esc(prompt)}&#160;»")
    elif cls is not None and cls.craft:
        craft = translate("steps", cls.craft, lang)
        lines.append(f"<b>{_esc(translate(C, WITHOUT_AI, lang))}:</b> {_esc(craft)}")
    return title, lines


def _training_note(model_id: str, lang: str) -> str:
    """The catalogue's training-data note, in French for a French card when the manifest has one."""
    try:
        manifest = all_manifests().get(model_id)
    except Exception:  # noqa: BLE001 - a broken catalogue must not stop the card
        return ""
    if manifest is None:
        return ""
    return manifest.localized(lang)["training_data"]


def _thumbnail(path: Path, max_px: int = 600):
    """A small RGB picture of the output (first page for a PDF), or None."""
    limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # our own outputs: films are over a gigapixel at 2400 dpi
    try:
        if path.suffix.lower() == ".pdf":
            import pikepdf  # lazy: loads pikepdf only for a PDF source

            with pikepdf.open(path) as pdf:
                page = pdf.pages[0]
                for _, raw in page.images.items():
                    # page.images holds image streams, typed as plain objects by pikepdf
                    img = pikepdf.PdfImage(raw).as_pil_image()  # type: ignore[arg-type]
                    break
                else:
                    return None
        else:
            img = Image.open(path)
            img.draft("RGB", (max_px, max_px))
        img.thumbnail((max_px, max_px), Image.Resampling.BOX if img.mode == "1" else Image.Resampling.LANCZOS)
        if img.mode in ("I;16", "I;16B", "I"):
            img = img.point(lambda v: v / 256).convert("L")
        return img.convert("RGB")
    except Exception:  # noqa: BLE001 - no preview is shown as such, the card is still made
        return None
    finally:
        Image.MAX_IMAGE_PIXELS = limit


def render_card(
    output: str | Path,
    record: dict[str, Any],
    target: str | Path,
    lang: str = "en",
    credentials_line: str = "",
    show_prompt: bool = False,
) -> Path:
    """Write ``target`` (PDF, one A5 page) describing how ``output`` was made."""
    # lazy: loads reportlab only when render_card() runs
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image as RLImage
    from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    output = Path(output)
    t = lambda text: translate(C, text, lang)  # noqa: E731
    base = ParagraphStyle("body", fontName="Helvetica", fontSize=8.2, leading=10.2, alignment=TA_LEFT)
    small = ParagraphStyle(
        "small", parent=base, fontSize=7, leading=8.6, textColor=colors.HexColor("#333333")
    )
    head = ParagraphStyle("head", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=18)
    sub = ParagraphStyle(
        "sub", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2
    )
    tag_ai = ParagraphStyle("ai", parent=base, fontName="Helvetica-Bold", textColor=colors.white)
    tag_craft = ParagraphStyle("craft", parent=tag_ai, textColor=colors.black)

    story: list[Any] = [
        Paragraph(_esc(t(TITLE)), head),
        Paragraph(_esc(output.name), small),
        Spacer(1, 3 * mm),
    ]
    thumb = _thumbnail(output)
    if thumb is not None:
        buf = io.BytesIO()
        thumb.save(buf, format="JPEG", quality=88)
        buf.seek(0)
        w, h = thumb.size
        box = 42 * mm
        scale = min(box / w, box / h)
        picture: Any = RLImage(buf, width=w * scale, height=h * scale)
    else:
        picture = Paragraph(_esc(t(NO_PREVIEW)), small)
    recipe = (record.get("recipe") or {}).get("name") or ""
    facts = [
        (DATE, str(record.get("created") or "")[:10]),
        (RECIPE, recipe),
        (CREDENTIALS, credentials_line),
        (DISCLOSURE, disclosure_line(record.get("steps") or [], lang)),
        (COST, cost_text(record.get("cost") or {}, lang)),
    ]
    fact_par = [Paragraph(f"<b>{_esc(t(k))}</b><br/>{_esc(v)}", base) for k, v in facts if v]
    top = Table([[picture, fact_par]], colWidths=[45 * mm, None])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [top, Spacer(1, 2 * mm), Paragraph(_esc(t(STEPS)), sub)]
    rows = []
    styles: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, step in enumerate(record.get("steps") or []):
        title, lines = _step_texts(step, lang, show_prompt)
        is_ai = step.get("kind") == "ai"
        tag = Paragraph(_esc(t(AI_TAG) if is_ai else t(CRAFT_TAG)), tag_ai if is_ai else tag_craft)
        detail = [Paragraph(f"<b>{i + 1}. {_esc(title)}</b>", base)]
        detail += [Paragraph(line, small) for line in lines]
        rows.append([tag, detail])
        styles.append(
            (
                "BACKGROUND",
                (0, i),
                (0, i),
                colors.HexColor("#b0275a") if is_ai else colors.HexColor("#dfe9d8"),
            )
        )
    if rows:
        table = Table(rows, colWidths=[19 * mm, None])
        table.setStyle(TableStyle(styles))
        story.append(table)
    story += [Spacer(1, 3 * mm), Paragraph(_esc(t(FOOTER).replace("%1", __version__)), small)]

    page_w, page_h = A5
    margin = 10 * mm
    frame_w, frame_h = page_w - 2 * margin, page_h - 2 * margin
    target = Path(target)
    with atomic_path(target) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A5,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=_latin(f"{t(TITLE)}: {output.name}"),
            author="HybridStudio",
            creator=f"HybridStudio {__version__}",
            lang=lang,
        )
        # one page whatever the chain's length: a long chain is set smaller, never cut
        doc.build([KeepInFrame(frame_w, frame_h - 1, story, mode="shrink")])
    return target
