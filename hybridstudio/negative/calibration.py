"""Calibration files: a process's measured response and the correction curve that linearises it,
with everything a workshop needs to reproduce it (paper, chemistry, printer, film, exposure…).

Stored as JSON (``*.negcal.json``, format ``hybridstudio-negative-calibration`` version 1; see
``docs/negative.md``). Every calibration round keeps its own measurements and the ink each step
was printed with, so a second round is merged with the first by refitting the process's response
on all the measurements together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..core.atomic import atomic_write_bytes
from ..core.errors import InputError
from .curve import ResponseFit, ToneCurve, fit_response
from .readings import WedgeReading

FORMAT = "hybridstudio-negative-calibration"
VERSION = 1
META_FIELDS = ("name", "process", "paper", "chemistry", "printer", "film", "exposure",
               "uv_source", "negative_colour", "notes")
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
    def from_reading(cls, reading: WedgeReading, printed_with: ToneCurve, curve_name: str
                     ) -> CalibrationRound:
        tones = reading.tones()
        return cls(tones=[float(v) for v in tones], inks=[float(v) for v in printed_with(tones)],
                   lstar=[float(v) for v in reading.lstar], white_lstar=reading.white_lstar,
                   clear_lstar=reading.clear_lstar, source=reading.source, curve_used=curve_name,
                   date=_now(),
                   spread=None if reading.spread is None else [float(v) for v in reading.spread],
                   notes=list(reading.notes))

    def normalised(self) -> np.ndarray:
        return ((np.asarray(self.lstar) - self.clear_lstar)
                / (self.white_lstar - self.clear_lstar))

    def as_dict(self) -> dict[str, Any]:
        d = {"date": self.date, "source": self.source, "curve_used": self.curve_used,
             "white_lstar": round(self.white_lstar, 3), "clear_lstar": round(self.clear_lstar, 3),
             "steps": [{"tone": round(t, 5), "ink": round(i, 5), "lstar": round(lv, 3)}
                       for t, i, lv in zip(self.tones, self.inks, self.lstar, strict=True)]}
        if self.spread is not None:
            for s, sp in zip(d["steps"], self.spread, strict=True):
                s["spread"] = round(sp, 3)
        if self.notes:
            d["notes"] = self.notes
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CalibrationRound:
        steps = d["steps"]
        spread = [s["spread"] for s in steps] if steps and all("spread" in s for s in steps) else None
        return cls(tones=[float(s["tone"]) for s in steps], inks=[float(s["ink"]) for s in steps],
                   lstar=[float(s["lstar"]) for s in steps], white_lstar=float(d["white_lstar"]),
                   clear_lstar=float(d["clear_lstar"]), source=d.get("source", ""),
                   curve_used=d.get("curve_used", ""), date=d.get("date", ""), spread=spread,
                   notes=list(d.get("notes", [])))


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def quality_report(tones: np.ndarray, lstar: np.ndarray, white: float, clear: float,
                   threshold: float = DISTINGUISH_DL) -> dict[str, Any]:
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
        "steps": [{"step": i + 1, "target_lstar": round(float(t), 2), "lstar": round(float(m), 2),
                   "delta_lstar": round(float(d), 2)}
                  for i, (t, m, d) in enumerate(zip(target, lstar, delta, strict=True))],
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
            "curve": {"kind": "pchip", "input": "print tone (0 black … 1 paper white, linear in L*)",
                      "output": "ink on the negative (0 clear film … 1 full ink)",
                      "knots": self.knots, "points": self.curve.as_points()},
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
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise InputError(path, "calibration file not found") from exc
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(path, f"not a readable calibration file ({exc})") from exc
        if not isinstance(d, dict) or d.get("format") != FORMAT:
            raise InputError(path, f"not a HybridStudio negative calibration (expected format {FORMAT!r})")
        if int(d.get("version", 0)) > VERSION:
            raise InputError(path, f"made by a newer HybridStudio (version {d.get('version')})")
        try:
            curve = ToneCurve.from_points(d["curve"]["points"])
            resp = d.get("response")
            return cls(curve=curve, rounds=[CalibrationRound.from_dict(r) for r in d.get("rounds", [])],
                       meta={k: str(d.get(k, "")) for k in META_FIELDS if d.get(k)},
                       response=ToneCurve.from_points(resp["points"]) if resp else None,
                       report=d.get("report", {}), knots=int(d["curve"].get("knots", 16)),
                       date=d.get("date", ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(path, f"damaged calibration file: {exc}") from exc


def fit_rounds(rounds: list[CalibrationRound], knots: int = 16,
               weights: list[float] | None = None) -> ResponseFit:
    """Fit the process response on every round's measurements (plus the references) and invert it."""
    ns, qs, ws = [], [], []
    for i, r in enumerate(rounds):
        w = 1.0 if weights is None else weights[i]
        ns += list(r.inks) + [0.0, 1.0]
        qs += list(r.normalised()) + [0.0, 1.0]
        ws += [w] * (len(r.inks) + 2)
    return fit_response(np.asarray(ns), np.asarray(qs), np.asarray(ws), knots=knots)


def calibrate(reading: WedgeReading, meta: dict[str, str] | None = None,
              previous: Calibration | None = None, printed_with: ToneCurve | None = None,
              knots: int = 16) -> Calibration:
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
    measured = quality_report(new_round.tones, new_round.lstar, new_round.white_lstar,
                              new_round.clear_lstar)
    tones = np.asarray(new_round.tones)
    pred_q = fit.response(fit.correction(tones))
    pred_l = new_round.clear_lstar + pred_q * (new_round.white_lstar - new_round.clear_lstar)
    predicted = quality_report(tones, pred_l, new_round.white_lstar, new_round.clear_lstar)
    advice = []
    if float(fit.response(np.array([0.9]))[0]) < 0.97:
        advice.append("the print still lightens between 90 % and full ink: the negative may not block "
                      "enough UV to print paper white — use a denser colour or more ink, and check "
                      "that the W patch matches unexposed paper")
    if float(fit.response(np.array([0.05]))[0]) > 0.05:
        advice.append("5 % ink already lightens the print: the exposure may be shorter than the "
                      "standard printing time (full black through clear film); a longer exposure "
                      "gives deeper shadows")
    report = {"round": len(rounds), "measured": measured, "predicted_with_new_curve": predicted,
              "advice": advice,
              "isotonic_levels": fit.blocks,
              "black_reached": round(fit.q_black, 4), "white_reached": round(fit.q_white, 4)}
    return Calibration(curve=fit.correction, rounds=rounds, meta=merged_meta, response=fit.response,
                       report=report, knots=knots)


def format_report(cal: Calibration) -> str:
    """The quality report as text for the terminal."""
    rep = cal.report
    m, p = rep["measured"], rep["predicted_with_new_curve"]
    lines = [f"Calibration round {rep['round']} — {cal.meta.get('process', '')}",
             f"paper white L* {m['paper_white_lstar']:.1f}, clear film (max black) L* "
             f"{m['clear_film_lstar']:.1f}",
             " step  target L*  measured L*   ΔL*    after correction (predicted) ΔL*"]
    for a, b in zip(m["steps"], p["steps"], strict=True):
        lines.append(f" {a['step']:>4}  {a['target_lstar']:>8.1f}  {a['lstar']:>11.1f}  "
                     f"{a['delta_lstar']:>+6.1f}    {b['delta_lstar']:>+6.1f}")
    lines.append(f"measured: max |ΔL*| {m['max_delta_lstar']:.1f}, mean {m['mean_delta_lstar']:.1f}, "
                 f"{m['distinguishable_steps']} of {m['of_steps']} steps distinguishable "
                 f"(ΔL* ≥ {m['threshold_lstar']:g})")
    lines.append(f"predicted with the new curve: max |ΔL*| {p['max_delta_lstar']:.1f}, "
                 f"{p['distinguishable_steps']} of {p['of_steps']} steps distinguishable")
    for r in cal.rounds[-1:]:
        lines += [f"note: {n}" for n in r.notes]
    lines += [f"advice: {a}" for a in rep.get("advice", [])]
    return "\n".join(lines)
