"""Cheap pictures of latents while a generation runs, for the "how diffusion works" view.

A Stable Diffusion latent pixel stands for an 8×8 block of the picture, and its 4 channels relate
to colour roughly linearly, so a 4×3 matrix (plus an offset) gives a recognisable small preview
without running the VAE decoder. The starting matrix for the SD 1.x/2.x latent space is the one
Keturn measured and published on the Hugging Face forum ("Decoding latents to RGB without
upscaling", 2022). After each full generation the pipeline refits the matrix by least squares
against what the model's own VAE decoded (:func:`fit_latent_rgb`), so later previews follow the
model actually in use (SDXL's latent space differs from SD 1.x's).
"""

from __future__ import annotations

import numpy as np

#: rows = latent channels 0..3, columns = R, G, B (applied to the scaled latents of the loop)
SD_LATENT_RGB = np.array(
    [[0.298, 0.207, 0.208], [0.187, 0.286, 0.173], [-0.158, 0.189, 0.264], [-0.184, -0.271, -0.473]],
    dtype=np.float32,
)


class LatentPreview:
    """Linear latent→RGB map: ``rgb = latents·matrix + bias``, then mapped from −1..1 to 0..1."""

    def __init__(self, channels: int, matrix: np.ndarray | None = None, bias: np.ndarray | None = None):
        self.channels = channels
        if matrix is None:
            if channels == 4:
                matrix = SD_LATENT_RGB
            else:  # unknown latent space: a grey picture of the channel mean
                matrix = np.full((channels, 3), 1.0 / channels, dtype=np.float32)
        self.matrix = np.asarray(matrix, dtype=np.float32)
        self.bias = np.zeros(3, np.float32) if bias is None else np.asarray(bias, np.float32)
        self.fitted = False

    def __call__(self, latents: np.ndarray) -> np.ndarray:
        """sRGB float32 (h, w, 3) in 0..1 for the first image of a [B, C, h, w] batch."""
        lat = np.asarray(latents[0], dtype=np.float32)
        rgb = np.tensordot(lat, self.matrix, axes=([0], [0])) + self.bias
        return np.clip(rgb * 0.5 + 0.5, 0.0, 1.0).astype(np.float32)

    def refit(self, latents: np.ndarray, images: np.ndarray) -> None:
        """Refit on final latents [B, C, h, w] and their decoded images [B, 3, H, W] (−1..1)."""
        matrix, bias = fit_latent_rgb(latents, images)
        if np.all(np.isfinite(matrix)):
            self.matrix, self.bias, self.fitted = matrix, bias, True


def fit_latent_rgb(latents: np.ndarray, images: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Least-squares matrix (C×3) and bias (3) that map latents to the block means of the
    decoded images (both in the VAE decoder's −1..1 range)."""
    b, c, h, w = latents.shape
    img = np.asarray(images, dtype=np.float32)
    fy, fx = img.shape[2] // h, img.shape[3] // w
    blocks = img[:, :, : h * fy, : w * fx].reshape(b, 3, h, fy, w, fx).mean(axis=(3, 5))
    x = latents.transpose(0, 2, 3, 1).reshape(-1, c).astype(np.float64)
    y = blocks.transpose(0, 2, 3, 1).reshape(-1, 3).astype(np.float64)
    design = np.concatenate([x, np.ones((x.shape[0], 1))], axis=1)
    # normal equations: a (C+1)² system, cheap for any image size; a touch of ridge keeps it
    # solvable when the latents are degenerate (a flat picture)
    gram = design.T @ design + 1e-6 * np.eye(c + 1)
    sol = np.linalg.solve(gram, design.T @ y)
    return sol[:c].astype(np.float32), sol[c].astype(np.float32)
