"""Before a generation: roughly how long it will take on this machine and how much memory it will
need at its peak, from the model's size (its files, or the catalogue's download size when it is
not downloaded yet), the picture size, the steps and guidance, and the device's speed
(:mod:`hybridstudio.runtime.speed`).

The work is counted from published multiply-accumulate counts of Stable Diffusion 1.x at 512 px
(UNet 339 G per image row, VAE decoder 1.24 T per image: Kim et al., BK-SDM, 2023), scaled by the
model's parameters and the latent/pixel area; classifier-free guidance doubles the UNet's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.errors import HybridStudioError
from ..core.i18n import QT_TRANSLATE_NOOP, local_number, translate
from ..core.memory import GB, available_bytes
from ..core.settings import Settings
from ..models import get_manifest, status
from ..models.manager import snapshot_folder
from ..runtime import speed
from .layout import WEIGHT_FILES, open_folder
from .pipeline import DiffusionPipeline

#: SD 1.x reference: parameters and multiply-accumulates per forward pass at 512 px
UNET_REF = (859.5e6, 339.2e9, 64 * 64)  # params, MACs per row, latent pixels
VAE_DEC_REF = (49.5e6, 1240e9, 512 * 512)  # params, MACs per image, output pixels
#: share of a catalogue model's download taken by each part, when it is not on disk yet
SHARES = {
    "sd": (0.14, 0.63, 0.03, 0.20),
    "lcm": (0.14, 0.63, 0.03, 0.20),
    "sdxl": (0.25, 0.70, 0.02, 0.03),
}  # text encoder(s), unet, vae decoder, the rest
#: onnxruntime's CPU sessions hold the weights once, plus kernels' packed copies (measured: SD 1.5's
#: 3.20 GiB unet takes 3.25 GiB once loaded, its text encoder and VAE decoder a little more)
WEIGHT_OVERHEAD = 1.05
#: activations of the unet per row, against the count below, as measured at 512 px on SD 1.5 and
#: LCM (bench/bench_generate.py --real): in normal mode each session's memory arena keeps its
#: largest blocks (2.07 GiB a row, the VAE decoder's kept beside them); without the arena
#: (low-memory mode) 1.49 GiB
ARENA_FACTOR = 1.2
NO_ARENA_FACTOR = 0.9
#: the Python process, numpy, onnxruntime's libraries, the tokenizer
BASELINE_BYTES = 400 * 2**20
#: bytes of UNet activations per latent pixel and row (convolutions at 320–1280 channels)
UNET_ACT_PER_PX = 320 * 4 * 40
#: bytes of VAE decoder activations per output pixel (128–512 channels at full size)
VAE_ACT_PER_PX = 128 * 4 * 6
KIND = "diffusion"


@dataclass
class Parts:
    """Weight bytes of each part and how many bytes one parameter takes."""

    text: int
    unet: int
    vae_decoder: int
    bytes_per_param: int = 4
    heads: int = 8
    from_files: bool = True


@dataclass
class GenerationEstimate:
    """What a generation will roughly cost before it starts."""

    seconds: float
    seconds_per_step: float
    steps: int
    peak_bytes: int
    available_bytes: int
    flops: float
    measured_rate: bool  # the speed comes from earlier runs on this machine (else a probe)
    from_files: bool  # the sizes come from the model's files (else the catalogue's download size)
    low_memory: bool
    peak_low_memory: int
    width: int = 0
    height: int = 0
    unet_flops_per_step: float = 0.0

    @property
    def fits(self) -> bool:
        return self.peak_bytes <= self.available_bytes

    def text(self) -> str:
        """One or two lines for the CLI and the app."""
        line = translate("estimate", _LINE).format(
            time=speed.duration(self.seconds),
            steps=self.steps,
            per_step=speed.duration(self.seconds_per_step),
            peak=local_number(self.peak_bytes / GB, ".1f"),
            avail=local_number(self.available_bytes / GB, ".1f"),
        )
        if not self.measured_rate:
            line += " " + translate("estimate", _FIRST)
        if not self.fits:
            hint = (
                translate("estimate", _LOW).format(low=local_number(self.peak_low_memory / GB, ".1f"))
                if not self.low_memory and self.peak_low_memory < self.peak_bytes
                else translate("estimate", _SMALLER)
            )
            line += "\n" + translate("estimate", _OVER) + " " + hint
        return line


_LINE = QT_TRANSLATE_NOOP(
    "estimate",
    "Estimate: about {time} on this computer ({steps} steps, {per_step} each); peak "
    "memory about {peak} GB of {avail} GB available.",
)
_FIRST = QT_TRANSLATE_NOOP(
    "estimate", "(First estimate from a quick speed test; it improves after each generation.)"
)
_OVER = QT_TRANSLATE_NOOP("estimate", "Warning: this is more memory than is available.")
_LOW = QT_TRANSLATE_NOOP(
    "estimate", "The low-memory mode (one part of the model loaded at a time) needs about {low} GB."
)
_SMALLER = QT_TRANSLATE_NOOP("estimate", "Choose a smaller size or fewer images at once.")


def _part_bytes(folder: Path, name: str) -> int:
    d = folder / name
    return sum((d / f).stat().st_size for f in ("model.onnx", *WEIGHT_FILES) if (d / f).is_file())


def parts_of_folder(folder: Path, precision: str = "fp32") -> tuple[Parts, str]:
    """The parts' weight sizes from a model folder on disk, and the id of the model's family."""
    model = open_folder(folder)
    text = _part_bytes(folder, "text_encoder") + _part_bytes(folder, "text_encoder_2")
    heads = model.part("unet").config.get("attention_head_dim", 8)
    heads = max(heads) if isinstance(heads, list) else heads
    return Parts(
        text,
        _part_bytes(folder, "unet"),
        _part_bytes(folder, "vae_decoder"),
        2 if precision == "fp16" else 4,
        int(heads) if isinstance(heads, int) and heads > 0 else 8,
    ), model.family.id


def parts_of_download(size_bytes: int, family: str, precision: str) -> Parts:
    """The parts' sizes guessed from a catalogue model's total download size."""
    t, u, v, _ = SHARES.get(family, SHARES["sd"])
    return Parts(
        int(size_bytes * t),
        int(size_bytes * u),
        int(size_bytes * v),
        2 if precision == "fp16" else 4,
        from_files=False,
    )


def estimate(
    parts: Parts,
    *,
    width: int,
    height: int,
    steps: int,
    guidance: float,
    batch: int = 1,
    family: str = "sd",
    low_memory: bool = False,
    settings: Settings | None = None,
    available: int | None = None,
) -> GenerationEstimate:
    """Seconds and peak bytes of a generation of ``batch`` pictures of ``width``×``height``."""
    settings = settings or Settings()
    rows = batch * (2 if guidance > 1.0 and family != "lcm" else 1)
    latent_px = (width // 8) * (height // 8)
    unet_params = parts.unet / parts.bytes_per_param
    p, macs, px = UNET_REF
    unet_flops = 2 * macs * (unet_params / p) * (latent_px / px) * rows
    p, macs, px = VAE_DEC_REF
    vae_flops = 2 * macs * (parts.vae_decoder / parts.bytes_per_param / p) * (width * height / px) * batch
    text_flops = 2 * parts.text / parts.bytes_per_param * 77 * (2 if rows > batch else 1)
    rate, measured = speed.rate(settings, KIND)
    per_step = unet_flops / rate
    seconds = (steps * unet_flops + vae_flops + text_flops) / rate
    # activations: the UNet's convolutions and its first attention scores (rows × heads × tokens²,
    # with the softmax's copies), the VAE decoder at full size (one picture at a time). Normal mode
    # keeps every part and its arena: the unet's and the VAE's activations add up (measured peak:
    # 9.5 GiB for SD 1.5 at 512 px with guidance, 7.4 GiB for LCM); low-memory mode runs the rows
    # one at a time without arena (measured 4.9 GiB)
    unet_row = latent_px * (UNET_ACT_PER_PX + parts.heads * latent_px * 4 * 3)
    vae_act = width * height * VAE_ACT_PER_PX + 4 * latent_px * latent_px * 2
    weights = [int(b * WEIGHT_OVERHEAD) for b in (parts.text, parts.unet, parts.vae_decoder)]
    low = BASELINE_BYTES + max(weights[0], weights[1] + int(unet_row * NO_ARENA_FACTOR), weights[2] + vae_act)
    normal = BASELINE_BYTES + sum(weights) + int(rows * unet_row * ARENA_FACTOR) + vae_act
    avail = available_bytes() if available is None else available
    return GenerationEstimate(
        seconds,
        per_step,
        steps,
        low if low_memory else normal,
        avail,
        steps * unet_flops + vae_flops + text_flops,
        measured,
        parts.from_files,
        low_memory,
        low,
        width,
        height,
        unet_flops,
    )


def for_request(
    model_spec: str | Path,
    settings: Settings,
    *,
    width: int | None = None,
    height: int | None = None,
    steps: int | None = None,
    guidance: float | None = None,
    batch: int = 1,
    init_size: tuple[int, int] | None = None,
    strength: float = 1.0,
) -> GenerationEstimate | None:
    """The estimate for a generation as the CLI, the step and the app describe it (defaults
    filled in from the model), or None when the model cannot be found."""
    text = str(model_spec)
    folder: Path | None = None
    manifest = None
    if Path(text).expanduser().is_dir():
        folder = Path(text).expanduser()
    else:
        try:
            manifest = get_manifest(text)
        except HybridStudioError:
            return None
        st = status(manifest, settings)
        if st.installed and manifest.source == "huggingface":
            folder = _model_folder(manifest, settings)
        elif st.installed and st.location is not None and Path(st.location).is_dir():
            folder = Path(st.location)
    diff = dict(manifest.diffusion) if manifest else {}
    try:
        if folder is not None:
            parts, family = parts_of_folder(folder, str(diff.get("precision", "fp32")))
            defaults = _folder_defaults(folder, diff)
        elif manifest is not None and manifest.total_size:
            family = (
                "lcm"
                if "lcm" in str(diff.get("scheduler", "")).lower()
                else "sdxl"
                if diff.get("family") == "sdxl"
                else "sd"
            )
            parts = parts_of_download(manifest.total_size, family, str(diff.get("precision", "fp32")))
            defaults = {"steps": 25, "guidance": 7.5, "resolution": 512, **diff}
        else:
            return None
    except HybridStudioError:
        return None
    native = int(defaults.get("resolution", 512))
    if init_size and width is None and height is None:
        iw, ih = init_size
        scale = min(1.0, native / (iw * ih) ** 0.5)
        width, height = int(iw * scale) // 8 * 8, int(ih * scale) // 8 * 8
    w = int(width or height or native)
    h = int(height or w)
    n = int(steps if steps is not None else defaults.get("steps", 25))
    if init_size:
        n = max(1, int(n * strength))
    g = float(guidance if guidance is not None else defaults.get("guidance", 7.5))
    return estimate(
        parts,
        width=w,
        height=h,
        steps=n,
        guidance=g,
        batch=batch,
        family=family,
        low_memory=settings.memory_mode == "low",
        settings=settings,
    )


def _model_folder(manifest, settings: Settings) -> Path | None:
    """The downloaded folder of a catalogue diffusion model (no hashing)."""
    folder = snapshot_folder(manifest, settings)
    if folder is None:
        return None
    if manifest.entry and not (folder / "model_index.json").is_file():
        folder = folder / manifest.entry
    return folder


def _folder_defaults(folder: Path, catalogue: dict) -> dict:
    """The pipeline's own defaults for the folder (steps, guidance, resolution)."""
    pipe = DiffusionPipeline(
        folder, defaults={k: catalogue[k] for k in ("steps", "guidance", "resolution") if k in catalogue}
    )
    try:
        return pipe.defaults()
    finally:
        pipe.close()


def learn(
    folder: Path,
    settings: Settings,
    *,
    width: int,
    height: int,
    guidance: float,
    batch: int,
    unet_steps_s: list[float],
    precision: str = "fp32",
) -> None:
    """Fold a finished generation's measured UNet speed into the next estimates."""
    if not unet_steps_s:
        return
    parts, family = parts_of_folder(folder, precision)
    est = estimate(
        parts,
        width=width,
        height=height,
        steps=1,
        guidance=guidance,
        batch=batch,
        family=family,
        settings=settings,
        available=1,
    )
    speed.remember(settings, KIND, est.unet_flops_per_step * len(unet_steps_s), sum(unet_steps_s))
