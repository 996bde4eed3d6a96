"""Packaged app vs source: bundle size by component, start-up time and peak memory.

    python bench/bench_installers.py [dist/HybridStudio]

Needs a built bundle (installers/build-linux.sh). Each command runs REPEAT times; the figures are
the median wall time and the largest peak resident memory (of the process itself, from wait4).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 3


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MiB, exit code) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, proc.returncode


def size(path: Path) -> int:
    return (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
        if path.is_dir()
        else path.stat().st_size
    )


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "HybridStudio"
    exe = bundle / "HybridStudio"
    if not exe.is_file():
        print(f"no bundle at {bundle}: run installers/build-linux.sh first", file=sys.stderr)
        return 2
    internal = bundle / "_internal"
    total = size(bundle)
    print(f"bundle {bundle}: {total / 2**20:.0f} MiB in {sum(1 for _ in bundle.rglob('*'))} files")
    parts = sorted(((size(p), p.name) for p in internal.iterdir() if not p.is_symlink()), reverse=True)
    for nbytes, name in parts[:10]:
        print(f"  {name:<32} {nbytes / 2**20:7.1f} MiB  {100 * nbytes / total:4.1f} %")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    source = [sys.executable, "-m", "hybridstudio"]
    cases = [
        ("--version", ["--version"]),
        ("--self-test", ["--self-test"]),
        ("--self-test --gui", ["--self-test", "--gui"]),
    ]
    print(f"\n{'command':<22}{'where':<10}{'median s':>10}{'peak MiB':>10}")
    for label, args in cases:
        for where, cmd in (("bundle", [str(exe)]), ("source", source)):
            runs = [run(cmd + args, env) for _ in range(REPEAT)]
            bad = [r for r in runs if r[2] != 0]
            note = f"  exit {bad[0][2]}" if bad else ""
            print(
                f"{label:<22}{where:<10}{statistics.median(r[0] for r in runs):>10.2f}"
                f"{max(r[1] for r in runs):>10.0f}{note}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
