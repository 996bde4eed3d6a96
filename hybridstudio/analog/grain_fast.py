"""Fast grain: correlated noise with the Boolean model's variance and correlation, for real images.

For a layer (mean grain radius, radius spread, dye-cloud blur, all in µm) and the image's pixel
pitch on the virtual film gate, :func:`grain_model.pixel_statistics` gives the exact standard
deviation σ(u) of a pixel and its correlation with neighbours at every grey level u. This module
takes unit white noise that is the film's own (:mod:`.film_noise`: one white-noise field on the
film, integrated over each pixel's square, so a preview, a crop and the export see the same
grains), shapes it with the kernel whose autocorrelation is the model's correlation (spectral
square root), and adds σ(u)·noise. Where the correlation shape changes with u (grains of about a
pixel or more), two noise fields shaped at a low and a high grey level are mixed with
u-dependent weights, so the correlation follows u too. Pixel-size grains thus keep the same
statistics at every resolution: at 2× the pitch halves, σ per pixel rises, and a 2× render
averaged down matches the 1× render — grain for grain.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import cv2
import numpy as np

from .film_noise import gaussian_table, pixel_noise
from .grain_model import LEVELS, pixel_statistics

NOISE_BLOCK = 256  # rows of noise drawn from one seeded generator


def noise_rows(width: int, r0: int, r1: int, seed: int, stream: int = 0) -> np.ndarray:
    """Unit Gaussian noise for rows r0..r1 of an image ``width`` wide (float32), on the pixel grid
    (for looks sized in pixels; grain uses :func:`.film_noise.pixel_noise`). Rows come in blocks
    of :data:`NOISE_BLOCK`, each from its own generator seeded by (seed, stream, block), so any
    strip of the image gets the same values as the whole image would."""
    b0, b1 = r0 // NOISE_BLOCK, (r1 - 1) // NOISE_BLOCK
    raw = np.empty(((b1 - b0 + 1) * NOISE_BLOCK, width), np.uint8)
    for b in range(b0, b1 + 1):
        rng = np.random.default_rng([int(seed) & 0xFFFFFFFF, int(stream), b])
        k = (b - b0) * NOISE_BLOCK
        raw[k : k + NOISE_BLOCK] = np.frombuffer(rng.bytes(NOISE_BLOCK * width), np.uint8).reshape(-1, width)
    raw = np.ascontiguousarray(raw[r0 - b0 * NOISE_BLOCK : r1 - b0 * NOISE_BLOCK])
    return cv2.LUT(raw, gaussian_table(), dst=np.empty(raw.shape, np.float32))


def gaussian_noise(shape: tuple[int, int], seed: int, stream: int = 0) -> np.ndarray:
    """Unit-variance, zero-mean noise of an H×W ``shape`` (float32), reproducible from seed and
    stream."""
    return noise_rows(int(shape[1]), 0, int(shape[0]), seed, stream)


def shaping_kernel(corr: np.ndarray) -> np.ndarray | None:
    """The zero-phase kernel g with g ⋆ g = ``corr`` (a (2L+1)² correlation, 1 at the centre),
    normalised to unit energy; None when the correlation is white (no filtering needed)."""
    lag = (corr.shape[0] - 1) // 2
    off = corr.copy()
    off[lag, lag] = 0.0
    if lag == 0 or np.max(np.abs(off)) < 0.01:
        return None
    size = 4 * lag + 8
    pad = np.zeros((size, size))
    pad[: corr.shape[0], : corr.shape[1]] = corr
    pad = np.roll(pad, (-lag, -lag), axis=(0, 1))
    spectrum = np.clip(np.real(np.fft.fft2(pad)), 0.0, None)
    g = np.real(np.fft.ifft2(np.sqrt(spectrum)))
    g = np.fft.fftshift(g)
    c = size // 2
    g = g[c - lag : c + lag + 1, c - lag : c + lag + 1]
    g /= np.sqrt(np.sum(g * g))
    return g.astype(np.float32)


N_RANGE = 4.0  # columns of the quantile table span n ∈ [−4, 4]


def _beta_quantile_table(sigma: np.ndarray) -> np.ndarray:
    """256×256 table: row i = grey level i/255, column j = Gaussian value n_j ∈ [−4, 4]; entry =
    the quantile Φ(n_j) of the Beta law with mean u and standard deviation σ(u). Pixels then stay
    in 0..1 with exactly the model's mean and variance (the Boolean model is bounded, a Gaussian
    is not: clipping one would bias both)."""
    from scipy.special import betaincinv, ndtr  # lazy: loads scipy only when _beta_quantile_table() runs

    u = np.arange(256) / 255.0
    n = np.linspace(-N_RANGE, N_RANGE, 256)
    p = np.clip(ndtr(n), 1e-7, 1 - 1e-7)
    var = np.minimum(sigma.astype(np.float64) ** 2, 0.98 * u * (1 - u))
    inner = u * (1 - u)
    k = np.divide(inner, var, out=np.full_like(u, 1e9), where=var > 1e-12) - 1.0
    k = np.clip(k, 1e-3, 1e9)
    table = np.empty((256, 256))
    mid = (u > 0) & (u < 1)
    table[~mid] = u[~mid, None]
    table[mid] = betaincinv((u[mid] * k[mid])[:, None], ((1 - u[mid]) * k[mid])[:, None], p[None, :])
    return table.astype(np.float32)


def _copula_inverse(table_row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For the transform n → table_row(n) of a unit Gaussian, the map from the correlation of
    two Gaussian values to the correlation of their transforms (Hermite expansion), as arrays
    (ρ_out, ρ_in) ready for ``np.interp`` (the transform lowers correlation when it is skewed)."""
    x, w = np.polynomial.hermite_e.hermegauss(80)
    w = w / w.sum()
    g = np.interp(x, np.linspace(-N_RANGE, N_RANGE, 256), table_row.astype(np.float64))
    g = g - np.sum(w * g)
    terms = []
    he_prev, he = np.ones_like(x), x.copy()
    fact = 1.0
    for j in range(1, 25):
        fact *= j
        terms.append(np.sum(w * g * he) ** 2 / fact)
        he_prev, he = he, x * he - j * he_prev
    coef = np.array(terms)
    rho_in = np.linspace(-1, 1, 401)
    powers = rho_in[:, None] ** np.arange(1, coef.size + 1)[None, :]
    rho_out = powers @ coef / max(coef.sum(), 1e-30)
    return rho_out, rho_in


@dataclass(frozen=True)
class LayerPlan:
    """Precomputed for one layer at one pitch: the shaping kernel of each noise field, the
    u-dependent mixing weights of the fields (when the correlation changes with u) and the Beta
    quantile table."""

    pitch_um: float
    kernels: tuple[np.ndarray | None, ...]
    weights: tuple[np.ndarray, ...] | None
    table: np.ndarray
    sigma: np.ndarray
    #: levels where the Gaussian shortcut u + σ(u)·n is exact enough; None: Beta transform for all
    gaussian_ok: np.ndarray | None = None


def gaussian_levels(sigma: np.ndarray, bias: float = 2e-4, var_loss: float = 0.01) -> np.ndarray:
    """Grey levels (256 bools) where u + σ(u)·n clipped to 0..1 keeps the mean (within ``bias``)
    and the variance (within ``var_loss``): nearly all of them for the fine grain of real images,
    where σ ≪ u(1−u) except within a few σ of black and white. Only pixels at the other levels
    need the bounded Beta transform (a 2-D table look-up)."""
    z, w = np.polynomial.hermite_e.hermegauss(60)
    w = w / w.sum()
    u = (np.arange(256) / 255.0)[:, None]
    x = np.clip(u + sigma[:, None] * z[None, :], 0.0, 1.0)
    mean = x @ w
    var = (x * x) @ w - mean * mean
    ok = (np.abs(mean - u[:, 0]) <= bias) & (var >= (1 - var_loss) * sigma * sigma - 1e-12)
    ok[[0, 255]] = True  # pure black and white hold no grain
    return ok


NODES = (0.15, 0.5, 0.85)  # grey levels whose correlation shapes are mixed when they differ


@lru_cache(maxsize=64)
def layer_plan(
    radius_um: float, spread: float, blur_um: float, pitch_um: float, amount: float = 1.0
) -> LayerPlan:
    """Kernels and tables of the fast renderer for one grain layer at one pixel pitch."""
    stats = pixel_statistics(float(radius_um), float(spread), float(blur_um), float(pitch_um))
    u8 = np.arange(256) / 255.0
    sigma = np.interp(u8, LEVELS, stats.sigma) * float(amount)
    table = _beta_quantile_table(sigma)
    ok = gaussian_levels(sigma)
    gaussian_ok = ok if ok.mean() >= 0.9 else None
    targets = [stats.correlation_at(u) for u in NODES]
    kernels = []
    for u, target in zip(NODES, targets, strict=True):
        if gaussian_ok is None:  # compensate the correlation the Beta transform will lose
            rho_out, rho_in = _copula_inverse(table[int(round(u * 255))])
            target = np.interp(target, rho_out, rho_in)
        kernels.append(shaping_kernel(target))
    if all(k is None for k in kernels) or max(np.max(np.abs(t - targets[1])) for t in targets) < 0.03:
        return LayerPlan(float(pitch_um), (kernels[1],), None, table, sigma, gaussian_ok)
    weights = []
    for i in range(len(NODES)):
        hat = np.interp(u8, NODES, np.eye(len(NODES))[i])  # linear interpolation weights
        weights.append(np.sqrt(hat).astype(np.float32).reshape(256, 1))
    return LayerPlan(float(pitch_um), tuple(kernels), tuple(weights), table, sigma, gaussian_ok)


def shape_noise(noise: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Filter noise by a shaping kernel; separable kernels (the usual Gaussian-like dye clouds)
    go through two 1-D passes."""
    u, sv, vt = np.linalg.svd(kernel.astype(np.float64))
    if sv.size > 1 and sv[1] < 1e-3 * sv[0]:
        kx = (vt[0] * np.sqrt(sv[0])).astype(np.float32)
        ky = (u[:, 0] * np.sqrt(sv[0])).astype(np.float32)
        return cv2.sepFilter2D(noise, -1, kx, ky, dst=np.empty_like(noise), borderType=cv2.BORDER_REFLECT)
    return cv2.filter2D(noise, -1, kernel, dst=np.empty_like(noise), borderType=cv2.BORDER_REFLECT)


def unit_field(
    u8: np.ndarray, plan: LayerPlan, seed: int, stream: int, row0: int = 0, col0: int = 0
) -> np.ndarray:
    """Unit-variance Gaussian field with the layer's correlation over the pixels from (row0, col0)
    of the frame (``u8``: those pixels' grey levels as bytes, used to mix correlation shapes).
    The shaping filter reads the film's noise beyond the block's edges, so any block gets what the
    whole frame would have there."""
    h, w = u8.shape
    fields = []
    for i, k in enumerate(plan.kernels):
        m = 0 if k is None else k.shape[0] // 2
        n = pixel_noise(h + 2 * m, w + 2 * m, plan.pitch_um, seed, 2 * stream + i, row0 - m, col0 - m)
        if k is not None:
            n = shape_noise(n, k)[m : m + h, m : m + w]
        fields.append(n)
    if plan.weights is None:
        return np.ascontiguousarray(fields[0])
    out = np.zeros(u8.shape, np.float32)
    for f, w8 in zip(fields, plan.weights, strict=True):
        f = cv2.multiply(f, cv2.LUT(u8, w8, dst=np.empty(u8.shape, np.float32)))
        cv2.add(out, f, dst=out)
    return out


def layer_margin(plan: LayerPlan) -> int:
    """Pixels the shaping filter reads beyond a block (drawn from the film's noise, not the image)."""
    return max((k.shape[0] // 2 for k in plan.kernels if k is not None), default=0)


def apply_layer_block(
    u: np.ndarray, plan: LayerPlan, seed: int, stream: int = 0, row0: int = 0, col0: int = 0
) -> np.ndarray:
    """Grainy version of a block of a single-channel grey-level image (``u``: float32 coverage
    0..1) whose top-left pixel is pixel (row0, col0) of the frame: the same values as that block
    of the whole frame's render."""
    u = np.ascontiguousarray(u, dtype=np.float32)
    u8 = cv2.convertScaleAbs(u, dst=np.empty(u.shape, np.uint8), alpha=255.0)
    n = unit_field(u8, plan, seed, stream, row0, col0)
    if plan.gaussian_ok is not None:
        if plan.gaussian_ok.all():
            idx = np.empty(0, np.int64)
        else:
            bad = np.where(plan.gaussian_ok, 0, 1).astype(np.uint8).reshape(256, 1)
            idx = np.flatnonzero(cv2.LUT(u8, bad, dst=np.empty_like(u8)))
        n_bad = n.ravel()[idx]
        sig = cv2.LUT(u8, plan.sigma.astype(np.float32).reshape(256, 1), dst=np.empty(u.shape, np.float32))
        out = cv2.multiply(n, sig, dst=n)
        cv2.add(out, u, dst=out)
        np.clip(out, 0.0, 1.0, out=out)
        if idx.size:
            out.ravel()[idx] = _beta_lookup(plan.table, n_bad, u.ravel()[idx])
        return out
    scale = np.float32(255.0 / (2 * N_RANGE))
    np.multiply(n, scale, out=n)
    np.add(n, np.float32(127.5), out=n)
    map_y = np.multiply(u, np.float32(255.0))
    return cv2.remap(plan.table, n, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def strips(height: int, width: int, margin: int, pixels: int = 1 << 21) -> list[tuple[int, int, int, int]]:
    """Row strips (r0, r1, a, b) of at most ``pixels`` pixels, at least four when the image allows
    (two threads stay busy on a preview): rows r0..r1 are produced from rows a..b (r0..r1 plus
    ``margin`` rows each side, within the image)."""
    rows = max(32, min(pixels // max(width, 1), -(-height // 4)))
    return [
        (r0, min(height, r0 + rows), max(0, r0 - margin), min(height, r0 + rows + margin))
        for r0 in range(0, height, rows)
    ]


def apply_layer(
    u: np.ndarray,
    plan: LayerPlan,
    seed: int,
    stream: int = 0,
    threads: int = 2,
    strip_pixels: int = 1 << 21,
    origin: tuple[int, int] = (0, 0),
) -> np.ndarray:
    """Grainy version of a single-channel grey-level image ``u`` (H×W float32 coverage 0..1)
    whose top-left pixel is pixel ``origin`` (row, column) of the frame, computed in row strips
    on two threads; the result depends neither on the strips nor on the crop."""
    u = np.asarray(u, dtype=np.float32)
    out = np.empty(u.shape, np.float32)

    def work(job: tuple[int, int, int, int]) -> None:
        r0, r1, _, _ = job
        out[r0:r1] = apply_layer_block(u[r0:r1], plan, seed, stream, origin[0] + r0, origin[1])

    jobs = strips(u.shape[0], u.shape[1], 0, strip_pixels)
    if threads > 1 and len(jobs) > 1:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(work, jobs))
    else:
        for job in jobs:
            work(job)
    return out


def _beta_lookup(table: np.ndarray, n: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Beta-quantile table look-up for a 1-D set of pixels (laid out as rows for cv2.remap)."""
    width = 4096
    rows = -(-n.size // width)
    pad = rows * width - n.size
    mx = np.pad(n * np.float32(255.0 / (2 * N_RANGE)) + np.float32(127.5), (0, pad)).reshape(rows, width)
    my = np.pad(u * np.float32(255.0), (0, pad)).reshape(rows, width)
    out = cv2.remap(
        table, mx.astype(np.float32), my.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )
    return out.ravel()[: n.size]


def render_fast(
    u: np.ndarray,
    pitch_um: float,
    radius_um: float,
    spread: float = 0.0,
    blur_um: float = 0.0,
    seed: int = 0,
    amount: float = 1.0,
    origin: tuple[int, int] = (0, 0),
) -> np.ndarray:
    """Fast counterpart of :func:`grain_exact.render_exact` on a grey-level patch (H×W) whose
    top-left pixel is pixel ``origin`` (row, column) of the frame."""
    plan = layer_plan(float(radius_um), float(spread), float(blur_um), float(pitch_um), float(amount))
    return apply_layer(np.asarray(u, dtype=np.float32), plan, seed, origin=origin)
