"""numpy pictures to QImage. QImage (unlike QPixmap) may be built in a worker thread."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from .views import to_rgb8


def qimage_from_rgb(rgb: np.ndarray, alpha: np.ndarray | None = None) -> QImage:
    """A deep-copied QImage of a float (0..1) or uint8 HxWx3 picture."""
    arr = rgb if rgb.dtype == np.uint8 and alpha is None else to_rgb8(rgb, alpha)
    arr = np.ascontiguousarray(arr)
    h, w, c = arr.shape
    fmt = QImage.Format.Format_RGBA8888 if c == 4 else QImage.Format.Format_RGB888
    img = QImage(arr.data, w, h, arr.strides[0], fmt)
    return img.copy()  # own the pixels: the numpy buffer may go away


def rgb_from_qimage(img: QImage) -> np.ndarray:
    """uint8 HxWx3 from a QImage (for tests and the screenshot check)."""
    img = img.convertToFormat(QImage.Format.Format_RGB888)
    h, w = img.height(), img.width()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : w * 3].reshape(h, w, 3).copy()
