"""Second-order statistics of the Boolean grain model (Newson et al. 2017), in physical units.

Grains are discs whose centres form a Poisson process of intensity λ on the film; their radii follow
a log-normal law (mean ``radius_um``, standard deviation ``spread``·mean, clipped at the 0.999
quantile). The covered fraction at a point is the grey level u when λ = −ln(1−u) / E[πR²].

For two points a distance d apart, both are uncovered with probability exp(−λ·E|D₁∪D₂|), so the
covariance of the coverage field is exactly

    Cov_u(d) = (1−u)² · ((1−u)^(−ρ(d)) − 1),   ρ(d) = E[A∩(d; R)] / E[πR²]

where A∩ is the overlap area of two discs. A pixel integrates the coverage over its square (pitch
Δ µm), optionally after an optical / dye-cloud Gaussian blur; its covariance with a neighbour k
pixels away is ∫ Cov_u(τ) R_h(τ − kΔ) dτ with R_h the autocorrelation of the pixel's aperture.
Everything here is computed numerically from these formulas; the fast renderer uses the result,
and the exact renderer checks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

#: Number of equal-probability radius classes standing for the log-normal radius law.
RADIUS_CLASSES = 24
#: Grey levels at which variance and correlation are tabulated.
LEVELS = np.linspace(0.0, 1.0, 257)
U_CAP = 0.999  # λ is infinite at u = 1: grey levels are capped here


def radius_nodes(radius_um: float, spread: float) -> np.ndarray:
    """Radii (µm) of :data:`RADIUS_CLASSES` equally likely classes of the log-normal radius law,
    clipped at the 0.999 quantile; a single radius when ``spread`` is 0."""
    # lazy: loads scipy only when radius_nodes() runs
    from scipy.special import ndtri  # scipy loads on first use, not at start-up

    if spread <= 0:
        return np.array([float(radius_um)])
    s2 = np.log1p(spread * spread)
    mu = np.log(radius_um) - 0.5 * s2
    q = (np.arange(RADIUS_CLASSES) + 0.5) / RADIUS_CLASSES * 0.999
    return np.exp(mu + np.sqrt(s2) * ndtri(q))


def disc_overlap(d: np.ndarray, r: np.ndarray | float) -> np.ndarray:
    """Overlap area of two discs of radius ``r`` whose centres are ``d`` apart."""
    d = np.asarray(d, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64)
    x = np.clip(d / (2.0 * r), 0.0, 1.0)
    return 2.0 * r * r * (np.arccos(x) - x * np.sqrt(1.0 - x * x))


def overlap_fraction(d: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """ρ(d) = E[A∩(d; R)] / E[πR²] over the radius classes (1 at d = 0, 0 beyond 2·R_max)."""
    d = np.asarray(d, dtype=np.float64)
    num = np.zeros_like(d)
    for r in radii:
        num += disc_overlap(d, r)
    return num / (np.pi * np.sum(radii * radii))


def intensity(u: np.ndarray | float, radii: np.ndarray) -> np.ndarray:
    """Poisson intensity λ (grains per µm²) that covers a fraction ``u`` of the film."""
    u = np.minimum(np.asarray(u, dtype=np.float64), U_CAP)
    return -np.log1p(-u) / (np.pi * np.mean(radii * radii))


def coverage_covariance(d: np.ndarray, u: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """Cov_u(d) of the coverage field; broadcasts ``u`` (…,1) against ``d``."""
    u = np.minimum(np.asarray(u, dtype=np.float64), U_CAP)
    rho = overlap_fraction(d, radii)
    one_minus = 1.0 - u
    return one_minus**2 * np.expm1(-rho * np.log(one_minus))


def covariance_integral(u: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """S(u) = ∫ Cov_u(τ) dτ over the plane (µm²), by dense radial quadrature."""
    rmax = 2.0 * float(np.max(radii))
    n = 4000
    d = (np.arange(n) + 0.5) * (rmax / n)
    cov = coverage_covariance(d[None, :], np.asarray(u, dtype=np.float64)[:, None], radii)
    return 2.0 * np.pi * np.sum(cov * d[None, :], axis=1) * (rmax / n)


def _aperture_autocorrelation_1d(x: np.ndarray, pitch: float, blur: float) -> np.ndarray:
    """1-D autocorrelation of a box of width ``pitch`` convolved with a Gaussian of std ``blur``
    (both µm), normalised to unit integral: a tent convolved with N(0, 2·blur²)."""
    x = np.asarray(x, dtype=np.float64)
    tent = np.clip(pitch - np.abs(x), 0.0, None) / (pitch * pitch)
    if blur <= 1e-9 * pitch:
        return tent
    s = np.sqrt(2.0) * blur
    # tent ⊛ Gaussian by Gauss-Legendre quadrature on each half of the tent
    t, w = np.polynomial.legendre.leggauss(48)
    nodes = np.concatenate([(t - 1) * pitch / 2, (t + 1) * pitch / 2])  # [-pitch, pitch]
    weights = np.concatenate([w, w]) * pitch / 2
    tent_n = (pitch - np.abs(nodes)) / (pitch * pitch)
    z = (x[..., None] - nodes) / s
    g = np.exp(-0.5 * z * z) / (s * np.sqrt(2 * np.pi))
    return np.sum(g * (tent_n * weights), axis=-1)


@dataclass(frozen=True)
class PixelStatistics:
    """What the fast renderer needs for one grain layer at one pixel pitch.

    ``sigma`` (len(LEVELS)): std of a pixel's value at each grey level; ``corr`` (n_levels, 2L+1,
    2L+1): the correlation with neighbours at lags −L..L for each level.
    """

    pitch_um: float
    sigma: np.ndarray
    corr: np.ndarray

    def correlation_at(self, u: float) -> np.ndarray:
        i = int(round(float(u) * (len(LEVELS) - 1)))
        return self.corr[i]


@lru_cache(maxsize=64)
def pixel_statistics(radius_um: float, spread: float, blur_um: float, pitch_um: float) -> PixelStatistics:
    """Variance and neighbour correlation of box-integrated pixels of the Boolean model."""
    radii = radius_nodes(radius_um, spread)
    rmax = float(np.max(radii))
    reach = 2.0 * rmax + 4.0 * np.sqrt(2.0) * blur_um
    lag = min(int(np.ceil(reach / pitch_um)) + 1, 24)
    # Cartesian grid over the covariance's support (|τ| ≤ 2 R_max); midpoint rule, rescaled below
    # so that its total is exactly S(u)
    h = min(float(np.mean(radii)), pitch_um) / 5.0
    n_half = int(np.ceil(2.0 * rmax / h))
    if n_half > 150:
        n_half = 150
        h = 2.0 * rmax / n_half
    t = (np.arange(-n_half, n_half + 1)) * h
    dist = np.hypot(t[:, None], t[None, :])
    levels = LEVELS
    cov = coverage_covariance(dist[None], levels[:, None, None], radii)  # (n_u, n, n)
    total = np.sum(cov, axis=(1, 2)) * h * h
    exact = covariance_integral(levels, radii)
    scale = np.divide(exact, total, out=np.zeros_like(exact), where=total > 0)
    cov *= scale[:, None, None]
    lags = np.arange(-lag, lag + 1) * pitch_um
    a = _aperture_autocorrelation_1d(t[None, :] - lags[:, None], pitch_um, blur_um) * h  # (nl, n)
    c = np.einsum("ki,uij,lj->ukl", a, cov, a, optimize=True)  # (n_u, nl, nl)
    var = c[:, lag, lag].copy()
    sigma = np.sqrt(np.clip(var, 0.0, None))
    corr = np.divide(c, var[:, None, None], out=np.zeros_like(c), where=var[:, None, None] > 0)
    corr[var <= 0, lag, lag] = 1.0
    return PixelStatistics(pitch_um, sigma.astype(np.float32), corr)


def disc_aperture_energy(aperture_um: float = 48.0, blur_um: float = 0.0) -> float:
    """∫ h² for a disc aperture of diameter ``aperture_um`` (µm) after a Gaussian blur: the factor
    that turns S(u) into the variance measured through the aperture when grains are much smaller."""
    if blur_um <= 0:
        return 1.0 / (np.pi * (aperture_um / 2.0) ** 2)
    # Parseval, radially: FT of the normalised disc is 2·J1(πfd)/(πfd)
    from scipy.special import j1  # lazy: loads scipy only when disc_aperture_energy() runs

    f = np.linspace(1e-6, 8.0 / aperture_um + 4.0 / blur_um, 20000)
    x = np.pi * f * aperture_um
    disc = 2.0 * j1(x) / x
    gauss = np.exp(-2.0 * (np.pi * f * blur_um) ** 2)
    return float(np.trapezoid((disc * gauss) ** 2 * 2 * np.pi * f, f))


def density_sigma_48(
    radius_um: float, spread: float, blur_um: float, density: float = 1.0, aperture_um: float = 48.0
) -> float:
    """Model RMS of density (σ_D, not ×1000) through a disc aperture at mean density ``density``:
    σ_T / (T·ln 10) with T = 10^−D = 1 − u. Valid when grains are much smaller than the aperture."""
    t = 10.0 ** (-density)
    u = np.array([1.0 - t])
    var = covariance_integral(u, radius_nodes(radius_um, spread))[0] * disc_aperture_energy(
        aperture_um, blur_um
    )
    return float(np.sqrt(var) / (t * np.log(10.0)))


def radius_for_rms(rms: float, spread: float, blur_um: float, aperture_um: float = 48.0) -> float:
    """Mean grain radius (µm) whose Boolean model has RMS granularity ``rms`` (1000·σ_D at D = 1
    through a 48 µm aperture). S(u) scales with the radius squared, so one evaluation suffices."""
    sigma1 = density_sigma_48(1.0, spread, blur_um, 1.0, aperture_um)
    return float(rms / 1000.0 / sigma1)
