"""Reading a scanned step-wedge print: find the fiducials, fit the scan's geometry, sample every
patch robustly and normalise to the paper-white and clear-film references."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from scipy.stats import trim_mean

from ..core.errors import InputError
from .readings import WedgeReading
from .target import ARUCO_DICT, LAYOUTS, TargetLayout, layout_for_ids
from .tone import srgb_to_lstar

DETECT_SIDE = 2400  # fiducials are looked for on a copy at most this many pixels long
INSET = 0.2  # sample the inner 60 % of each patch
SAMPLES = 32  # SAMPLES × SAMPLES points per patch
TRIM = 0.2  # trimmed mean: drop the darkest and lightest 20 % (dust, scratches, hairs)
MAX_PIXELS = 400_000_000


@dataclass
class ScanGeometry:
    """How the target sits in the scan."""

    layout: TargetLayout
    homography: np.ndarray  # target mm → scan pixels
    markers_found: list[int]
    rms_error_mm: float
    mirrored: bool
    scale_px_per_mm: float
    rotation_deg: float


def load_scan(path: str | Path) -> np.ndarray:
    """A scan as float32 sRGB HxWx3 in 0..1 (8- or 16-bit TIFF, PNG or JPEG)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "file not found")
    data = np.fromfile(path, dtype=np.uint8)
    img = cv2.imdecode(data, cv2.IMREAD_UNCHANGED | cv2.IMREAD_ANYDEPTH)
    if img is None:
        raise InputError(path, "not a readable image (expected a TIFF, PNG or JPEG scan)")
    if img.shape[0] * img.shape[1] > MAX_PIXELS:
        raise InputError(
            path, f"{img.shape[1]}×{img.shape[0]} pixels is too large for a target scan (scan at 300–600 dpi)"
        )
    scale = {np.dtype(np.uint8): 255.0, np.dtype(np.uint16): 65535.0}.get(img.dtype, 1.0)
    if img.ndim == 3 and img.shape[2] == 1:
        img = img[..., 0]
    if img.ndim == 2:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2RGB)
    else:
        img = cv2.cvtColor(img, cv2.COLOR_BGRA2RGB if img.shape[2] == 4 else cv2.COLOR_BGR2RGB)
    return np.multiply(img, np.float32(1.0 / scale), dtype=np.float32)


def _detect(grey8: np.ndarray) -> tuple[list[np.ndarray], np.ndarray | None]:
    dictionary = cv2.aruco.getPredefinedDictionary(ARUCO_DICT)
    params = cv2.aruco.DetectorParameters()
    params.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    detector = cv2.aruco.ArucoDetector(dictionary, params)
    corners, ids, _ = detector.detectMarkers(grey8)
    return list(corners), ids


def locate_target(rgb: np.ndarray, source: str = "scan") -> ScanGeometry:
    """Find the target's fiducials and fit target millimetres → scan pixels (homography)."""
    h, w = rgb.shape[:2]
    scale = min(1.0, DETECT_SIDE / max(h, w))
    grey = cv2.cvtColor(np.clip(rgb * 255.0, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY)
    small = (
        cv2.resize(grey, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
        if scale < 1.0
        else grey
    )
    mirrored = False
    corners, ids = _detect(small)
    if ids is None or len(ids) == 0:
        small_eq = cv2.equalizeHist(small)
        corners, ids = _detect(small_eq)
    if ids is None or len(ids) == 0:
        corners, ids = _detect(small[:, ::-1].copy())
        mirrored = ids is not None and len(ids) > 0
    if ids is None or len(ids) == 0:
        raise InputError(
            source,
            "no step-wedge fiducials found: this does not look like a scan of a "
            "HybridStudio target print (the four square corner marks must be in "
            "the scan, sharp and not cut off; scan the whole print at 300–600 dpi)",
        )
    id_list = [int(i) for i in np.asarray(ids).ravel()]
    layout = layout_for_ids(set(id_list))
    if layout is None:
        raise InputError(
            source,
            f"fiducials {sorted(set(id_list))} do not belong to one HybridStudio "
            "target layout (several targets in one scan? scan them one at a time)",
        )
    wanted = layout.marker_corners()
    src, dst, used = [], [], []
    for mid, c in zip(id_list, corners, strict=True):
        if mid not in wanted or mid in used:
            continue
        pts = np.asarray(c, dtype=np.float64).reshape(4, 2)
        if mirrored:
            pts[:, 0] = small.shape[1] - 1 - pts[:, 0]
        pts = (pts + 0.5) / scale - 0.5
        src.append(wanted[mid])
        dst.append(pts)
        used.append(mid)
    if len(used) < 2:
        raise InputError(
            source,
            f"only {len(used)} of the 4 corner fiducials found (need at least 2): "
            "is part of the target cut off, creased or in shadow?",
        )
    src_a = np.concatenate(src).astype(np.float32)
    dst_a = np.concatenate(dst).astype(np.float32)
    if len(used) >= 3:
        hom, _ = cv2.findHomography(src_a, dst_a, cv2.RANSAC, 3.0 / scale)
    else:
        aff, _ = cv2.estimateAffine2D(src_a, dst_a, method=cv2.RANSAC, ransacReprojThreshold=3.0 / scale)
        hom = None if aff is None else np.vstack([aff, [0.0, 0.0, 1.0]])
    if hom is None:
        raise InputError(source, "the fiducials found do not fit a flat target (badly warped scan?)")
    proj = cv2.perspectiveTransform(src_a[None], hom)[0]
    px_per_mm = float(np.sqrt(abs(np.linalg.det(hom[:2, :2]))))
    rms_px = float(np.sqrt(np.mean(np.sum((proj - dst_a) ** 2, axis=1))))
    rotation = float(np.degrees(np.arctan2(hom[1, 0], hom[0, 0])))
    return ScanGeometry(layout, hom, sorted(used), rms_px / px_per_mm, mirrored, px_per_mm, rotation)


def sample_patches(rgb: np.ndarray, geom: ScanGeometry) -> tuple[np.ndarray, np.ndarray]:
    """Trimmed-mean L* and its scatter (robust std) of every patch (steps, then W, then C)."""
    boxes = geom.layout.patch_boxes()
    u = INSET + (1 - 2 * INSET) * (np.arange(SAMPLES) + 0.5) / SAMPLES
    uu, vv = np.meshgrid(u, u)
    pts = np.stack(
        [
            boxes[:, None, None, 0] + uu[None] * boxes[:, None, None, 2],
            boxes[:, None, None, 1] + vv[None] * boxes[:, None, None, 3],
        ],
        axis=-1,
    )
    flat = pts.reshape(1, -1, 2).astype(np.float32)
    px = cv2.perspectiveTransform(flat, geom.homography)[0]
    h, w = rgb.shape[:2]
    outside = (px[:, 0] < 0) | (px[:, 1] < 0) | (px[:, 0] > w - 1) | (px[:, 1] > h - 1)
    map_x = px[:, 0].reshape(len(boxes), -1)
    map_y = px[:, 1].reshape(len(boxes), -1)
    # a light blur first so each sample averages a few scan pixels (grain of the paper, noise)
    sigma = max(0.0, 0.15 * geom.scale_px_per_mm)
    src = cv2.GaussianBlur(rgb, (0, 0), sigma) if sigma >= 0.5 else rgb
    samples = cv2.remap(src, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    lstar = srgb_to_lstar(samples).astype(np.float64)
    off = outside.reshape(len(boxes), -1).mean(axis=1)
    if np.any(off > 0.5):
        names = [geom.layout.patch_names()[i] for i in np.flatnonzero(off > 0.5)]
        raise InputError(None, f"patches {', '.join(names[:8])} lie outside the scan: scan the whole target")
    means = np.asarray(trim_mean(lstar, TRIM, axis=1), np.float64)
    q25, q75 = np.percentile(lstar, [25, 75], axis=1)
    return means, (q75 - q25) / 1.349


def read_scan(
    path_or_rgb: str | Path | np.ndarray, source: str | None = None
) -> tuple[WedgeReading, ScanGeometry]:
    """Read a scanned target print: the wedge reading and where the target was found."""
    if isinstance(path_or_rgb, np.ndarray):
        rgb, src = path_or_rgb.astype(np.float32), source or "scan"
    else:
        rgb, src = load_scan(path_or_rgb), source or str(path_or_rgb)
    geom = locate_target(rgb, src)
    try:
        means, spread = sample_patches(rgb, geom)
    except InputError as exc:
        raise InputError(src, exc.problem) from exc
    n = geom.layout.steps
    white, clear = float(means[n]), float(means[n + 1])
    if white - clear < 5.0:
        raise InputError(
            src,
            f"the paper-white patch (L* {white:.1f}) is not lighter than the clear-film "
            f"patch (L* {clear:.1f}): is this a scan of the negative rather than the "
            "print, or an unexposed / over-exposed sheet?",
        )
    notes = [
        f"found {len(geom.markers_found)} of 4 fiducials; rotation {geom.rotation_deg:.1f}°, "
        f"{geom.scale_px_per_mm * 25.4:.0f} ppi, fit error {geom.rms_error_mm:.2f} mm"
    ]
    if geom.mirrored:
        notes.append("the scan is mirrored (read flipped)")
    if geom.rms_error_mm > 0.5:
        notes.append("the fiducials fit poorly: the print may be curled or the scan distorted")
    reading = WedgeReading(
        means[:n], white, clear, source=Path(src).name if src else "scan", spread=spread[:n], notes=notes
    )
    return reading, geom


__all__ = ["LAYOUTS", "ScanGeometry", "load_scan", "locate_target", "read_scan", "sample_patches"]
