"""Cost of content credentials: signing (the temp file before its rename) and validating, by
format and size, and the process card. Signing streams the file through c2pa-rs (no decode).

Run: PYTHONPATH=. python bench/bench_credentials.py   (figures depend on the machine and its load)
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hybridstudio.card.render import render_card  # noqa: E402
from hybridstudio.core.context import StepRecord  # noqa: E402
from hybridstudio.core.provenance import ProcessRecord  # noqa: E402
from hybridstudio.credentials import read_credentials  # noqa: E402
from hybridstudio.credentials.identity import current_identity  # noqa: E402
from hybridstudio.credentials.sign import sign_in_place  # noqa: E402


def record() -> ProcessRecord:
    up = StepRecord("upscale", "AI upscale", True, {"model": "esrgan-slim-x2"})
    up.ai = {"model": {"id": "esrgan-slim-x2", "sha256": "ab" * 32, "licence": {"name": "MIT"}}}
    return ProcessRecord(
        recipe={"name": "bench"}, steps=[up, StepRecord("levels", "Levels", False, {})], ai_roles=["modifies"]
    )


def files(folder: Path) -> list[tuple[str, Path]]:
    rng = np.random.default_rng(1)
    Image.MAX_IMAGE_PIXELS = None
    out = []
    rgb = (rng.random((4000, 6000, 3)) * 255).astype(np.uint8)  # 24 MP, incompressible
    for suffix in (".png", ".jpg", ".tif"):
        p = folder / f"photo-24mp{suffix}"
        Image.fromarray(rgb).save(p, **({"compress_level": 1} if suffix == ".png" else {}))
        out.append(("24 MP RGB " + suffix[1:].upper(), p))
    film = np.zeros((16535, 11693), bool)  # A3 at 1200 dpi, 1-bit
    film[::9, :] = True
    film[:, ::13] = True
    p = folder / "film-a3-1200dpi.tif"
    Image.fromarray(film).save(p, compression="group4")
    out.append(("A3 1200 dpi G4 film TIFF", p))
    import img2pdf

    q = folder / "films.pdf"
    q.write_bytes(img2pdf.convert(str(p)))
    out.append(("A3 film PDF (img2pdf)", q))
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["HYBRIDSTUDIO_CONFIG_DIR"] = str(folder / "config")
        t = time.perf_counter()
        current_identity()
        print(f"per-installation key and certificate made in {time.perf_counter() - t:.3f} s")
        rec = record()
        print(f"{'file':<28} {'size':>9} {'sign':>8} {'validate':>9}  verdict")
        for label, path in files(folder):
            signs, reads = [], []
            for _ in range(3):
                work = path.with_name("w-" + path.name)
                work.write_bytes(path.read_bytes())
                t = time.perf_counter()
                assert sign_in_place(work, path, rec)
                signs.append(time.perf_counter() - t)
                t = time.perf_counter()
                verdict = read_credentials(work).verdict
                reads.append(time.perf_counter() - t)
            size = work.stat().st_size / 2**20
            print(
                f"{label:<28} {size:7.1f}MB {statistics.median(signs):7.3f}s "
                f"{statistics.median(reads):8.3f}s  {verdict}"
            )
        t = time.perf_counter()
        card = render_card(folder / "photo-24mp.jpg", rec.as_dict(), folder / "card.pdf", "fr", "valide")
        print(
            f"process card (24 MP thumbnail, French): {time.perf_counter() - t:.2f} s, "
            f"{card.stat().st_size // 1024} KiB"
        )
    print(
        f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
        "(the 24 MP and A3 film test arrays included)"
    )


if __name__ == "__main__":
    main()
