"""What telling the truth costs: the start-up device probe (a tiny model opened and run), and the
negative's export-size estimate against the real export (time and accuracy).

Run: PYTHONPATH=. python bench/bench_truth.py   (figures depend on the machine and its load)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hybridstudio.core.executor import Executor  # noqa: E402
from hybridstudio.core.recipe import Recipe  # noqa: E402
from hybridstudio.core.settings import Settings  # noqa: E402
from hybridstudio.paths import recipes_dir, resources_dir  # noqa: E402


def probe_times(runs: int = 3) -> None:
    code = (
        "import time; t=time.perf_counter(); from hybridstudio.runtime.probe import probe_device;"
        "r=probe_device(); print(f'{time.perf_counter()-t:.3f} {r.seconds:.3f} {r.device}')"
    )
    for i in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parents[1],
        ).stdout.split()
        print(
            f"probe, fresh process #{i + 1}: {float(out[0]):.2f} s with imports, "
            f"{float(out[1]):.3f} s session+run, device {out[2]}"
        )


def estimate_vs_export() -> None:
    src = resources_dir() / "samples" / "coffee.png"
    for dpi, width in ((720.0, 120.0), (1440.0, 120.0)):
        recipe = Recipe.load(recipes_dir() / "cyanotype-negative.toml")
        recipe.steps[1].params["width_mm"] = width
        recipe.steps[2].params["dpi"] = dpi
        ex = Executor(Settings())
        t = time.perf_counter()
        est = ex.run(recipe, [src], None, preview_scale=0.5)[0].payload.info["estimate"]
        t_est = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as d:
            t = time.perf_counter()
            res = ex.run(recipe, [src], Path(d))[0]
            t_exp = time.perf_counter() - t
            real = {p.suffix: p.stat().st_size for p in res.outputs if p.suffix in (".tif", ".pdf")}
        print(
            f"negative {width:g} mm at {dpi:g} dpi: preview with estimate {t_est:.2f} s, "
            f"export {t_exp:.2f} s; TIFF est {est['tiff_bytes'] / 1e6:.1f} MB vs "
            f"{real['.tif'] / 1e6:.1f} MB (×{est['tiff_bytes'] / real['.tif']:.2f}), PDF est "
            f"{est['pdf_bytes'] / 1e6:.1f} MB vs {real['.pdf'] / 1e6:.1f} MB "
            f"(×{est['pdf_bytes'] / real['.pdf']:.2f})"
        )


if __name__ == "__main__":
    probe_times()
    estimate_vs_export()
