"""Calibration files: a process's measured response and the correction curve that linearises it,
with everything a workshop needs to reproduce it (paper, chemistry, printer, film, exposure…).

Stored as JSON (``*.negcal.json``, format ``hybridstudio-negative-calibration`` version 1; see
``docs/negative.md``). Every calibration round keeps its own measurements and the ink each step
was printed with, so a second round is merged with the first by refitting the process's response
on all the measurements together.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from ..core.atomic import atomic_write_bytes
from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, reader_problem
from ..core.jsonfiles import read_json_object
from ..core.params import lookup
from .curve import ResponseFit, ToneCurve, fit_response
from .processes import process_ids
from .readings import WedgeReading

FORMAT = "hybridstudio-negative-calibration"
VERSION = 1
META_FIELDS = (
    "name",
    "process",
    "paper",
    "chemistry",
    "printer",
    "film",
    "exposure",
    "uv_source",
    "negative_colour",
    "notes",
)
DISTINGUISH_DL = 1.0  # two steps are told apart when their L* differ by at least this much


@dataclass
class CalibrationRound:
    """One printed, developed and measured target."""

    tones: list[float]  # wanted print tone of each step (0 black … 1 paper white)
    inks: list[float]  # ink on the negative for each step (what the target was printed with)
    lstar: list[float]  # measured L* of each step
    white_lstar: float
    clear_lstar: float
    source: str = ""
    curve_used: str = "linear"
    date: str = ""
    spread: list[float] | None = None
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_reading(
        cls, reading: WedgeReading, printed_with: ToneCurve, curve_name: str
    ) -> CalibrationRound:
        tones = reading.tones()
        return cls(
            tones=[float(v) for v in tones],
            inks=[float(v) for v in printed_with(tones)],
            lstar=[float(v) for v in reading.lstar],
            white_lstar=reading.white_lstar,
            clear_lstar=reading.clear_lstar,
            source=reading.source,
            curve_used=curve_name,
            date=_now(),
            spread=None if reading.spread is None else [float(v) for v in reading.spread],
            notes=list(reading.notes),
        )

    def normalised(self) -> np.ndarray:
        return (np.asarray(self.lstar) - self.clear_lstar) / (self.white_lstar - self.clear_lstar)

    def as_dict(self) -> dict[str, Any]:
        steps = [
            {"tone": round(t, 5), "ink": round(i, 5), "lstar": round(lv, 3)}
            for t, i, lv in zip(self.tones, self.inks, self.lstar, strict=True)
        ]
        if self.spread is not None:
            for s, sp in zip(steps, self.spread, strict=True):
                s["spread"] = round(sp, 3)
        d: dict[str, Any] = {
            "date": self.date,
            "source": self.source,
            "curve_used": self.curve_used,
            "white_lstar": round(self.white_lstar, 3),
            "clear_lstar": round(self.clear_lstar, 3),
            "steps": steps,
        }
        if self.notes:
            d["notes"] = self.notes
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CalibrationRound:
        steps = d["steps"]
        spread = [s["spread"] for s in steps] if steps and all("spread" in s for s in steps) else None
        return cls(
            tones=[float(s["tone"]) for s in steps],
            inks=[float(s["ink"]) for s in steps],
            lstar=[float(s["lstar"]) for s in steps],
            white_lstar=float(d["white_lstar"]),
            clear_lstar=float(d["clear_lstar"]),
            source=d.get("source", ""),
            curve_used=d.get("curve_used", ""),
            date=d.get("date", ""),
            spread=spread,
            notes=list(d.get("notes", [])),
        )


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def quality_report(
    tones: ArrayLike, lstar: ArrayLike, white: float, clear: float, threshold: float = DISTINGUISH_DL
) -> dict[str, Any]:
    """Measured vs linear-target L* per step, max and mean |ΔL*|, distinguishable steps."""
    tones, lstar = np.asarray(tones, float), np.asarray(lstar, float)
    target = clear + tones * (white - clear)
    delta = lstar - target
    distinct, last = 0, None
    for v in lstar:  # from black to paper white
        if last is None or v - last >= threshold:
            distinct += 1
            last = v
    return {
        "steps": [
            {
                "step": i + 1,
                "target_lstar": round(float(t), 2),
                "lstar": round(float(m), 2),
                "delta_lstar": round(float(d), 2),
            }
            for i, (t, m, d) in enumerate(zip(target, lstar, delta, strict=True))
        ],
        "max_delta_lstar": round(float(np.max(np.abs(delta))), 2),
        "mean_delta_lstar": round(float(np.mean(np.abs(delta))), 2),
        "distinguishable_steps": distinct,
        "of_steps": int(len(lstar)),
        "threshold_lstar": threshold,
        "paper_white_lstar": round(white, 2),
        "clear_film_lstar": round(clear, 2),
    }


@dataclass
class Calibration:
    """A shareable calibration: who/what/how, every measured round, the fitted curve."""

    curve: ToneCurve
    rounds: list[CalibrationRound] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    response: ToneCurve | None = None
    report: dict[str, Any] = field(default_factory=dict)
    knots: int = 16
    date: str = field(default_factory=_now)

    @property
    def name(self) -> str:
        return self.meta.get("name") or self.meta.get("process") or "calibration"

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "date": self.date,
            **{k: self.meta.get(k, "") for k in META_FIELDS},
            "curve": {
                "kind": "pchip",
                "input": "print tone (0 black … 1 paper white, linear in L*)",
                "output": "ink on the negative (0 clear film … 1 full ink)",
                "knots": self.knots,
                "points": self.curve.as_points(),
            },
            "response": None if self.response is None else {"points": self.response.as_points()},
            "rounds": [r.as_dict() for r in self.rounds],
            "report": self.report,
        }

    def save(self, path: str | Path) -> Path:
        data = json.dumps(self.as_dict(), indent=1, ensure_ascii=False)
        return atomic_write_bytes(path, (data + "\n").encode("utf-8"))

    @classmethod
    def load(cls, path: str | Path) -> Calibration:
        path = Path(path)
        d = read_json_object(path, "calibration file", MAX_CALIBRATION_BYTES)
        if d.get("format") != FORMAT:
            raise InputError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP(
                        "ReaderErrors", "not a HybridStudio negative calibration (expected format {format!r})"
                    ),
                    format=FORMAT,
                ),
            )
        version = d.get("version", 0)
        if isinstance(version, bool) or not isinstance(version, int):
            raise InputError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP("ReaderErrors", "'version' must be a whole number, got {value!r}"),
                    value=version,
                ),
            )
        if version > VERSION:
            raise InputError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP("ReaderErrors", "made by a newer HybridStudio (version {version})"),
                    version=d.get("version"),
                ),
            )
        check_calibration(d, path)
        try:
            curve = ToneCurve.from_points(d["curve"]["points"])
            resp = d.get("response")
            return cls(
                curve=curve,
                rounds=[CalibrationRound.from_dict(r) for r in d.get("rounds", [])],
                meta={k: str(d.get(k, "")) for k in META_FIELDS if d.get(k)},
                response=ToneCurve.from_points(resp["points"]) if resp else None,
                report=d.get("report", {}),
                knots=int(d["curve"].get("knots", 16)),
                date=d.get("date", ""),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(
                path,
                reader_problem(
                    QT_TRANSLATE_NOOP("ReaderErrors", "damaged calibration file: {detail}"), detail=exc
                ),
            ) from exc


MAX_CALIBRATION_BYTES = 4_000_000
KNOTS_RANGE = (2, 64)


def _points(value: Any, path: Path, where: str, y_max: float = 1.0) -> None:
    """``[[x, y], …]`` with finite x, y in 0..1 and x strictly increasing as stored."""
    if not isinstance(value, list) or not 2 <= len(value) <= 4096:
        raise InputError(path, f"{where}: expected a list of 2 to 4096 [x, y] points")
    last = -1.0
    for k, pt in enumerate(value, start=1):
        if (
            not isinstance(pt, list)
            or len(pt) != 2
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pt)
        ):
            raise InputError(path, f"{where} point {k}: expected [x, y] numbers, got {pt!r}")
        x, y = float(pt[0]), float(pt[1])
        if not (math.isfinite(x) and math.isfinite(y)) or not (0.0 <= x <= 1.0 and 0.0 <= y <= y_max):
            raise InputError(path, f"{where} point {k}: {pt!r} is outside 0..1")
        if x <= last:
            raise InputError(
                path,
                f"{where} point {k}: x {x:g} does not increase (points must be "
                "stored from black to paper white)",
            )
        last = x


def check_calibration(d: dict[str, Any], path: Path) -> None:
    """Refuse a calibration whose values are of the wrong type, not finite or out of range."""
    curve = d.get("curve")
    if not isinstance(curve, dict):
        raise InputError(path, "'curve' must be an object with 'points'")
    _points(curve.get("points"), path, "curve")
    knots = curve.get("knots", 16)
    if isinstance(knots, bool) or not isinstance(knots, int) or not KNOTS_RANGE[0] <= knots <= KNOTS_RANGE[1]:
        raise InputError(
            path, f"curve 'knots' must be a whole number in {KNOTS_RANGE[0]}..{KNOTS_RANGE[1]}, got {knots!r}"
        )
    if d.get("response") is not None:
        if not isinstance(d["response"], dict):
            raise InputError(path, "'response' must be an object with 'points'")
        _points(d["response"].get("points"), path, "response")
    process = d.get("process")
    if process:
        lookup(dict.fromkeys(process_ids()), process, "process", error=lambda m: InputError(path, m))
    colour = d.get("negative_colour")
    if colour and (not isinstance(colour, str) or not re.fullmatch(r"#?[0-9a-fA-F]{6}", colour)):
        raise InputError(path, f"'negative_colour' must be a colour like '#1a2b3c', got {colour!r}")
    for k in META_FIELDS:
        if k in d and d[k] is not None and not isinstance(d[k], str):
            raise InputError(path, f"{k!r} must be text, got {d[k]!r}")
    rounds = d.get("rounds", [])
    if not isinstance(rounds, list) or len(rounds) > 100:
        raise InputError(path, "'rounds' must be a list of at most 100 rounds")
    for n, r in enumerate(rounds, start=1):
        if not isinstance(r, dict) or not isinstance(r.get("steps"), list) or len(r["steps"]) > 256:
            raise InputError(path, f"round {n}: expected an object with up to 256 'steps'")
        for key in ("white_lstar", "clear_lstar"):
            _finite(r.get(key), path, f"round {n} {key!r}", 0.0, 100.0)
        for j, st in enumerate(r["steps"], start=1):
            if not isinstance(st, dict):
                raise InputError(path, f"round {n} step {j}: expected an object")
            _finite(st.get("tone"), path, f"round {n} step {j} 'tone'", 0.0, 1.0)
            _finite(st.get("ink"), path, f"round {n} step {j} 'ink'", 0.0, 1.0)
            _finite(st.get("lstar"), path, f"round {n} step {k} 'lstar'", 0.0, 100.0)


def _finite(value: Any, path: Path, where: str, lo: float, hi: float) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or not lo <= value <= hi
    ):
        raise InputError(path, f"{where}: expected a number in {lo:g}..{hi:g}, got {value!r}")


def fit_rounds(
    rounds: list[CalibrationRound], knots: int = 16, weights: list[float] | None = None
) -> ResponseFit:
    """Fit the process response on every round's measurements (plus the references) and invert it."""
    ns, qs, ws = [], [], []
    for i, r in enumerate(rounds):
        w = 1.0 if weights is None else weights[i]
        ns += list(r.inks) + [0.0, 1.0]
        qs += list(r.normalised()) + [0.0, 1.0]
        ws += [w] * (len(r.inks) + 2)
    return fit_response(np.asarray(ns), np.asarray(qs), np.asarray(ws), knots=knots)


def calibrate(
    reading: WedgeReading,
    meta: dict[str, str] | None = None,
    previous: Calibration | None = None,
    printed_with: ToneCurve | None = None,
    knots: int = 16,
) -> Calibration:
    """A calibration from a measured target, merged with ``previous`` when it is a further round.

    ``printed_with`` is the curve the target was printed through (``previous.curve`` for a second
    round, the identity for a first, linear target).
    """
    if printed_with is None:
        printed_with = previous.curve if previous is not None else ToneCurve.identity()
    curve_name = previous.name if previous is not None else "linear"
    new_round = CalibrationRound.from_reading(reading, printed_with, curve_name)
    rounds = ([*previous.rounds] if previous is not None else []) + [new_round]
    fit = fit_rounds(rounds, knots=knots)
    merged_meta = dict(previous.meta) if previous is not None else {}
    merged_meta.update({k: v for k, v in (meta or {}).items() if v})
    measured = quality_report(new_round.tones, new_round.lstar, new_round.white_lstar, new_round.clear_lstar)
    tones = np.asarray(new_round.tones)
    pred_q = fit.response(fit.correction(tones))
    pred_l = new_round.clear_lstar + pred_q * (new_round.white_lstar - new_round.clear_lstar)
    predicted = quality_report(tones, pred_l, new_round.white_lstar, new_round.clear_lstar)
    advice = []
    if float(fit.response(np.array([0.9]))[0]) < 0.97:
        advice.append(
            "the print still lightens between 90 % and full ink: the negative may not block "
            "enough UV to print paper white — use a denser colour or more ink, and check "
            "that the W patch matches unexposed paper"
        )
    if float(fit.response(np.array([0.05]))[0]) > 0.05:
        advice.append(
            "5 % ink already lightens the print: the exposure may be shorter than the "
            "standard printing time (full black through clear film); a longer exposure "
            "gives deeper shadows"
        )
    report = {
        "round": len(rounds),
        "measured": measured,
        "predicted_with_new_curve": predicted,
        "advice": advice,
        "isotonic_levels": fit.blocks,
        "black_reached": round(fit.q_black, 4),
        "white_reached": round(fit.q_white, 4),
    }
    return Calibration(
        curve=fit.correction,
        rounds=rounds,
        meta=merged_meta,
        response=fit.response,
        report=report,
        knots=knots,
    )


def format_report(cal: Calibration) -> str:
    """The quality report as text for the terminal."""
    rep = cal.report
    m, p = rep["measured"], rep["predicted_with_new_curve"]
    lines = [
        f"Calibration round {rep['round']} — {cal.meta.get('process', '')}",
        f"paper white L* {m['paper_white_lstar']:.1f}, clear film (max black) L* {m['clear_film_lstar']:.1f}",
        " step  target L*  measured L*   ΔL*    after correction (predicted) ΔL*",
    ]
    for a, b in zip(m["steps"], p["steps"], strict=True):
        lines.append(
            f" {a['step']:>4}  {a['target_lstar']:>8.1f}  {a['lstar']:>11.1f}  "
            f"{a['delta_lstar']:>+6.1f}    {b['delta_lstar']:>+6.1f}"
        )
    lines.append(
        f"measured: max |ΔL*| {m['max_delta_lstar']:.1f}, mean {m['mean_delta_lstar']:.1f}, "
        f"{m['distinguishable_steps']} of {m['of_steps']} steps distinguishable "
        f"(ΔL* ≥ {m['threshold_lstar']:g})"
    )
    lines.append(
        f"predicted with the new curve: max |ΔL*| {p['max_delta_lstar']:.1f}, "
        f"{p['distinguishable_steps']} of {p['of_steps']} steps distinguishable"
    )
    for r in cal.rounds[-1:]:
        lines += [f"note: {n}" for n in r.notes]
    lines += [f"advice: {a}" for a in rep.get("advice", [])]
    return "\n".join(lines)
