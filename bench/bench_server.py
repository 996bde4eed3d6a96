"""School-server load bench: N simulated students submit small recipe and upscaling jobs at once.

    PYTHONPATH=. python bench/bench_server.py [--students 20] [--jobs 2] [--replicas 1]

A local Ray cluster on 127.0.0.1 (CPU only) with `hybridstudio serve --address` deployed onto it,
as in the tests; traffic stays on loopback, and the whole run is bounded (--timeout). Reports:
every job completed and came back to the student who sent it (no loss, no mix-up), p50/p95
latency (submit → result fetched), throughput against the same jobs run one after the other in
one local process, and fairness: the spread of each student's mean wait (submit → started).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hybridstudio.core.executor import Executor  # noqa: E402
from hybridstudio.core.recipe import Recipe  # noqa: E402
from hybridstudio.core.settings import Settings  # noqa: E402
from hybridstudio.server.client import ServerClient  # noqa: E402
from hybridstudio.server.local import server_env, start_local_server  # noqa: E402
from hybridstudio.server.tokens import TokenStore  # noqa: E402

RECIPE = """hybridstudio_recipe = 1
name = "Riso grey"
[[steps]]
kind = "greyscale"
filter = "orange"
[[steps]]
kind = "levels"
black = 8.0
white = 92.0
"""
UPSCALE = """hybridstudio_recipe = 1
name = "Upscale"
[[steps]]
kind = "upscale"
model = "esrgan-slim-x2"
tile = 64
"""


def photos(folder: Path, n: int) -> list[Path]:
    """n different 96×96 crops of scikit-image's real photos."""
    from skimage import data

    srcs = [getattr(data, k)()[..., :3] for k in ("astronaut", "coffee", "chelsea", "rocket")]
    out = []
    for i in range(n):
        img = srcs[i % len(srcs)]
        y, x = (i * 37) % (img.shape[0] - 96), (i * 53) % (img.shape[1] - 96)
        p = folder / f"student-{i:02d}.png"
        Image.fromarray(np.ascontiguousarray(img[y : y + 96, x : x + 96])).save(p)
        out.append(p)
    return out


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2, help="jobs per student (alternating recipe / upscale)")
    ap.add_argument("--replicas", type=int, default=1, help="engine replicas per kind of job")
    ap.add_argument(
        "--greedy",
        type=int,
        default=0,
        help="student 0 submits this many extra jobs (does the class still get served?)",
    )
    ap.add_argument("--timeout", type=float, default=600.0)
    args = ap.parse_args()

    import ray

    tmp = Path(tempfile.mkdtemp(prefix="hybridstudio-bench-server-"))
    inputs = photos(tmp, args.students)
    jobs = [
        (s, j, Recipe.loads(RECIPE if j % 2 == 0 else UPSCALE))
        for s in range(args.students)
        for j in range(args.jobs + (args.greedy if s == 0 else 0))
    ]

    # baseline: one local process, the same jobs one after the other
    ex = Executor(Settings(device="cpu"))  # the server replicas here have no GPU either
    t0 = time.perf_counter()
    for s, _, recipe in jobs:
        ex.run(recipe, [inputs[s]], None)
    local_s = time.perf_counter() - t0

    store = TokenStore(tmp / "tokens.json")
    tokens = [store.add(f"student-{s:02d}") for s in range(args.students)]
    ray.init(
        address="local",
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        _node_ip_address="127.0.0.1",
    )
    server = None
    try:
        t_start = time.perf_counter()
        options = [
            "--replicas",
            str(args.replicas),
            "--cpus-per-replica",
            "0.5",
            "--per-user-queue",
            str(args.jobs + args.greedy),
        ]
        server = start_local_server(
            tmp,
            ray.get_runtime_context().gcs_address,
            options,
            server_env(tmp, ROOT.parent / "shared"),
            name="bench-school",
        )
        startup = time.perf_counter() - t_start
        records: list[dict] = []
        errors: list[str] = []
        lock = threading.Lock()

        def student(s: int) -> None:
            client = ServerClient(server.url, tokens[s], timeout=args.timeout)
            mine = [(j, r) for (u, j, r) in jobs if u == s]
            ids = []
            for j, recipe in mine:  # everything submitted at once, then followed
                ids.append((j, client.submit(recipe, [inputs[s]], previews=False), time.perf_counter()))
            for j, job_id, t_sub in ids:
                started = None
                try:
                    for ev in client.events(job_id):
                        if ev["type"] == "started" and started is None:
                            started = time.perf_counter()
                        if ev["type"] == "failed":
                            raise RuntimeError(ev.get("message"))
                    res = client.result(job_id)
                    done = time.perf_counter()
                    got = res[0].record["inputs"][0]["path"]
                    with lock:
                        records.append(
                            {
                                "student": s,
                                "job": j,
                                "wait": (started or done) - t_sub,
                                "latency": done - t_sub,
                                "ok": got == inputs[s].name,
                            }
                        )
                except Exception as exc:  # noqa: BLE001 - counted as lost
                    with lock:
                        errors.append(f"student {s} job {j}: {exc}")

        t0 = time.perf_counter()
        threads = [threading.Thread(target=student, args=(s,)) for s in range(args.students)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(max(1.0, args.timeout - (time.perf_counter() - t0)))
        wall = time.perf_counter() - t0
    finally:
        if server is not None:
            server.stop()
        ray.shutdown()

    n = len(jobs)
    lat = [r["latency"] for r in records]
    waits: dict[int, list[float]] = {}
    for r in records:
        waits.setdefault(r["student"], []).append(r["wait"])
    means = [statistics.mean(w) for w in waits.values()]
    print(
        f"school server bench: {args.students} students × {args.jobs} jobs (recipe / upscale "
        f"96×96 px){f', student 0 submits {args.greedy} more' if args.greedy else ''}, "
        f"{args.replicas} replica(s) per kind, CPU only, 127.0.0.1"
    )
    print(f"server start-up: {startup:.1f} s")
    print(
        f"completed: {len(records)}/{n}; lost or failed: {n - len(records)}; returned to the wrong "
        f"student: {sum(not r['ok'] for r in records)}"
    )
    for e in errors[:5]:
        print(f"  error: {e}")
    print(
        f"latency submit → result: p50 {pct(lat, 50):.2f} s, p95 {pct(lat, 95):.2f} s, "
        f"max {max(lat, default=float('nan')):.2f} s"
    )
    print(
        f"throughput: server {len(records) / wall:.2f} jobs/s ({wall:.1f} s wall) vs one local "
        f"process {n / local_s:.2f} jobs/s ({local_s:.1f} s)"
    )
    if means:
        jain = sum(means) ** 2 / (len(means) * sum(m * m for m in means)) if any(means) else 1.0
        print(
            f"fairness: per-student mean wait min {min(means):.2f} s, median "
            f"{statistics.median(means):.2f} s, max {max(means):.2f} s, spread (max−min) "
            f"{max(means) - min(means):.2f} s, Jain index {jain:.3f}"
        )
    if args.greedy and means:
        others = [statistics.mean(w) for u, w in waits.items() if u != 0]
        print(
            f"greedy student: mean wait {statistics.mean(waits.get(0, [0.0])):.2f} s over "
            f"{len(waits.get(0, []))} jobs; the other students' worst mean wait "
            f"{max(others, default=0.0):.2f} s"
        )
    return 0 if len(records) == n and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
