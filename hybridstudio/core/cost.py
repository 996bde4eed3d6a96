"""What a job costs: compute time and energy, measured where the hardware tells, else estimated.

Sources, best first: NVML total-energy counters on NVIDIA GPUs (through ``pynvml`` when installed),
RAPL counters on Linux CPUs (``/sys/class/powercap/intel-rapl:*/energy_uj`` when readable), and
otherwise an estimate from CPU or device time times a configurable power figure. Estimates are
always marked as such.
"""

from __future__ import annotations

import glob
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields

RAPL_GLOB = "/sys/class/powercap/intel-rapl:[0-9]*/energy_uj"


@dataclass
class CostEntry:
    """One measured piece of work (an inference, a step)."""

    label: str
    device: str
    wall_s: float
    cpu_s: float
    energy_j: float
    method: str  # "nvml", "rapl" or "estimate"
    included: bool = True  # False: a detail already counted by an enclosing measurement

    @property
    def estimated(self) -> bool:
        return self.method == "estimate"


def _read_rapl() -> float | None:
    """Sum of the package RAPL counters in joules, or None where unreadable."""
    total = 0.0
    found = False
    for path in glob.glob(RAPL_GLOB):
        try:
            with open(path) as fh:
                total += int(fh.read().strip()) / 1e6
                found = True
        except (OSError, ValueError):
            return None
    return total if found else None


def _read_nvml() -> float | None:
    """Total energy of GPU 0 in joules from NVML, or None."""
    try:
        import pynvml  # lazy: optional NVIDIA library, loaded only when energy is read

        pynvml.nvmlInit()
        handle = pynvml.nvmlDeviceGetHandleByIndex(0)
        return pynvml.nvmlDeviceGetTotalEnergyConsumption(handle) / 1000.0
    except Exception:  # noqa: BLE001 - NVML absent or unsupported: fall back
        return None


@dataclass
class PowerFigures:
    """Power used for estimates, in watts, and the grid's carbon intensity."""

    cpu_w_per_core: float = 7.5
    gpu_w: float = 80.0
    grid_gco2_per_kwh: float = 60.0


@dataclass
class CostMeter:
    """Collects :class:`CostEntry` items for one job and sums them."""

    power: PowerFigures = field(default_factory=PowerFigures)
    entries: list[CostEntry] = field(default_factory=list)
    _open_cpu: int = field(default=0, repr=False)  # "cpu" measurements currently open

    @contextmanager
    def measure(self, label: str, device: str = "cpu") -> Iterator[None]:
        """Measure the work done inside the ``with`` block on ``device`` ("cpu", "cuda", …).

        Measurements nest: a "cpu" measurement inside another one (an inference inside a step) is
        kept as a detail and not counted twice in :meth:`totals`. For a GPU device only the device's
        energy is counted (NVML, else device time × ``gpu_w``); its CPU side is in the enclosing
        "cpu" measurement.
        """
        gpu = device not in ("cpu", "CPUExecutionProvider")
        nested = not gpu and self._open_cpu > 0
        if not gpu:
            self._open_cpu += 1
        read = _read_nvml if device == "cuda" else (_read_rapl if not gpu else None)
        e0 = read() if read else None
        c0 = time.process_time()
        t0 = time.perf_counter()
        try:
            yield
        finally:
            if not gpu:
                self._open_cpu -= 1
            wall = time.perf_counter() - t0
            cpu = time.process_time() - c0
            e1 = read() if (read and e0 is not None) else None
            if e0 is not None and e1 is not None and e1 >= e0:
                energy, method = e1 - e0, ("nvml" if device == "cuda" else "rapl")
            elif gpu:  # the device's own energy; the CPU side is in the enclosing step's measure
                energy, method = wall * self.power.gpu_w, "estimate"
            else:
                energy, method = cpu * self.power.cpu_w_per_core, "estimate"
            self.entries.append(CostEntry(label, device, wall, cpu, energy, method, included=not nested))

    @classmethod
    def from_records(cls, power: PowerFigures, records: list[dict]) -> CostMeter:
        """A meter that goes on from a job's recorded entries (:meth:`as_records`)."""
        names = {f.name for f in fields(CostEntry)}
        return cls(power, [CostEntry(**{k: v for k, v in r.items() if k in names}) for r in records])

    def add(self, entry: CostEntry) -> None:
        self.entries.append(entry)

    def totals(self) -> dict:
        """Sums for the job: seconds, joules, Wh, gCO2e, and whether any part is an estimate."""
        counted = [e for e in self.entries if e.included]
        wall = sum(e.wall_s for e in counted if e.device == "cpu")
        cpu = sum(e.cpu_s for e in counted if e.device == "cpu")
        device_s: dict[str, float] = {}
        for e in counted:
            device_s[e.device] = round(device_s.get(e.device, 0.0) + e.wall_s, 3)
        joules = sum(e.energy_j for e in counted)
        wh = joules / 3600.0
        methods = sorted({e.method for e in counted})
        return {
            "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3),
            "device_s": device_s,
            "energy_wh": round(wh, 8),
            "gco2e": round(wh / 1000.0 * self.power.grid_gco2_per_kwh, 9),
            "grid_gco2_per_kwh": self.power.grid_gco2_per_kwh,
            "estimated": any(e.estimated for e in counted),
            "methods": methods,
            "devices": sorted({e.device for e in self.entries}),
        }

    def as_records(self) -> list[dict]:
        return [asdict(e) | {"estimated": e.estimated} for e in self.entries]


def describe(totals: dict) -> str:
    """A line for the CLI and the app: '12.3 s, 0.051 Wh (estimate), 0.003 gCO2e'."""
    tag = " (estimate)" if totals.get("estimated") else ""
    wh = totals["energy_wh"]
    energy = f"{wh * 1000:.2f} mWh" if wh < 0.1 else f"{wh:.3f} Wh"
    g = totals["gco2e"]
    co2 = f"{g * 1000:.2f} mgCO2e" if g < 0.1 else f"{g:.2f} gCO2e"
    return (
        f"{totals['wall_s']:.1f} s compute, {energy}{tag}, {co2} at {totals['grid_gco2_per_kwh']:g} gCO2e/kWh"
    )


def cpu_count() -> int:
    return os.cpu_count() or 1
