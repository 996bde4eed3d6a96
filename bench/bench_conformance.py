"""Conformance table: HybridStudio's pipeline against diffusers' own PyTorch images on real
architectures with random weights, exported by the real exporters (the same exports and reference
images as hybridstudio/diffusion/tests/test_diffusion_real_exports.py, cached outside the
repository by scripts/export_real_architectures.py), as a table of maximum differences.

Run: ``PYTHONPATH=. python bench/bench_conformance.py [--full]``  (``--full`` adds full-size SD 1.5,
about a minute more once exported)
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from hybridstudio.diffusion.graphs import PlainCpuFactory
from hybridstudio.diffusion.pipeline import DiffusionPipeline
from hybridstudio.diffusion.tests.test_diffusion_real_exports import _generate, exported
from hybridstudio.testing.diffusion import BindingFactory

#: (variant, what it exercises): the exporter and contract of each export
VARIANTS = [
    ("sd15-small", "SD 1.x, optimum-onnx (rank-0 float timestep, int64 ids, latent_parameters)"),
    ("sd15-small-optimum1", "SD 1.x, optimum 1.x exporter"),
    ("sd15-small-weights-pb", "SD 1.x, legacy layout: weights.pb external data"),
    ("lcm-small", "LCM (timestep_cond), optimum-onnx"),
    ("sd21-v-small", "SD 2.1 v-prediction, optimum-onnx"),
    ("sd-turbo-small", "SD-Turbo (trailing timesteps, no guidance), optimum-onnx"),
    ("sdxl-turbo-small", "SDXL-Turbo (two text encoders, text_embeds, time_ids), optimum-onnx"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--full", action="store_true", help="also full-size SD 1.5 (860 M unet)")
    args = ap.parse_args()
    variants = VARIANTS + ([("sd15", "SD 1.5 full size, fp32, optimum-onnx")] if args.full else [])
    print(f"{'export':24} {'case':5} {'loop':7} {'steps':>5} {'size':>4} {'max diff':>10} {'s':>6}  what")
    for variant, what in variants:
        folder, cases, ref = exported(variant)
        for index, case in enumerate(cases):
            loops = (
                [("host", None), ("device", BindingFactory(threads=2))]
                if variant == "sd15-small"
                else [("host", None)]
            )
            for loop, factory in loops:
                pipe = DiffusionPipeline(folder, factory=factory or PlainCpuFactory(threads=2))
                t0 = time.perf_counter()
                try:
                    mine = _generate(pipe, case, ref[f"latents{index}"])
                finally:
                    pipe.close()
                diff = float(np.abs(mine - ref[f"image{index}"]).max()) * 255
                print(
                    f"{variant:24} {index:5} {loop:7} {case['steps']:5} {case['size']:4} "
                    f"{diff:9.2e}/255 {time.perf_counter() - t0:6.1f}  {what}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
