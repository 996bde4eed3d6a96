"""Noise schedulers in numpy: Euler, Euler ancestral, DDIM, LCM and DPM++ 2M.

Each one is configured from a model's ``scheduler/scheduler_config.json`` the way diffusers
configures its scheduler classes: the keys a scheduler knows are taken from the file, the others
are ignored, and missing keys take diffusers' defaults. The arithmetic follows diffusers step for
step (float32 sigmas, the same timestep spacings ``linspace``/``leading``/``trailing``, prediction
types ``epsilon``/``v_prediction``/``sample``, ``steps_offset``, ``set_alpha_to_one``, Karras
sigmas…), so that the same model output gives the same latents. Options we do not implement raise
:class:`SchedulerError` naming the option instead of being silently ignored.

Steps are addressed by their index in :attr:`Scheduler.timesteps` (img2img starts part way in).
Schedulers that inject noise (Euler ancestral, LCM, DDIM with eta > 0) take it from a ``noise``
callable so that the caller's seeded generator decides every random number.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import numpy as np

from ..core.errors import ModelError
from ..core.params import lookup

NoiseFn = Callable[[tuple[int, ...]], np.ndarray]


class SchedulerError(ModelError):
    """A scheduler option in scheduler_config.json that HybridStudio does not support."""


@dataclass
class StepOutput:
    """The latents for the next step and the current estimate of the clean latents."""

    prev_sample: np.ndarray
    denoised: np.ndarray


@dataclass
class StepCoeffs:
    """One scheduler step as scalars, for running it where the tensors live (the GPU):

    ``pred = clip(p·x + q·m, lo, hi)``, ``den = s1·pred + s2·x`` (the clean-latent estimate),
    ``x_next = a·x + b·m + e·den + c·n + d·h``, where ``x`` are the latents, ``m`` the (guided)
    model output, ``n`` fresh noise (drawn only when ``noise`` is true) and ``h`` the previous
    step's ``den`` (DPM++ 2M). Every supported step is affine in these tensors.
    """

    p: float
    q: float
    a: float = 0.0
    b: float = 0.0
    e: float = 0.0
    c: float = 0.0
    d: float = 0.0
    s1: float = 1.0
    s2: float = 0.0
    lo: float = -math.inf
    hi: float = math.inf
    noise: bool = False


def _betas_for_alpha_bar(n: int, max_beta: float = 0.999) -> np.ndarray:
    """The "squaredcos_cap_v2" (cosine) schedule of Nichol & Dhariwal (2021)."""

    def alpha_bar(t: float) -> float:
        return math.cos((t + 0.008) / 1.008 * math.pi / 2) ** 2

    return np.array(
        [min(1 - alpha_bar((i + 1) / n) / alpha_bar(i / n), max_beta) for i in range(n)], dtype=np.float32
    )


def _rescale_zero_terminal_snr(betas: np.ndarray) -> np.ndarray:
    """Rescale betas so the last timestep has zero signal (Lin et al. 2023, algorithm 1)."""
    alphas_bar_sqrt = np.sqrt(np.cumprod(1.0 - betas.astype(np.float64)))
    first, last = alphas_bar_sqrt[0], alphas_bar_sqrt[-1]
    alphas_bar_sqrt = (alphas_bar_sqrt - last) * (first / (first - last))
    alphas_bar = alphas_bar_sqrt**2
    alphas = np.concatenate([alphas_bar[:1], alphas_bar[1:] / alphas_bar[:-1]])
    return (1.0 - alphas).astype(np.float32)


def _threshold(sample: np.ndarray, ratio: float, max_value: float) -> np.ndarray:
    """Dynamic thresholding (Imagen): clip each sample at a quantile of its absolute values."""
    b = sample.shape[0]
    flat = sample.reshape(b, -1).astype(np.float32)
    s = np.quantile(np.abs(flat), ratio, axis=1)
    s = np.clip(s, 1.0, max_value)[:, None]
    return (np.clip(flat, -s, s) / s).reshape(sample.shape).astype(sample.dtype)


def _sigma_to_t(sigma: np.ndarray, log_sigmas: np.ndarray) -> np.ndarray:
    """Fractional training timestep whose sigma is ``sigma`` (log-linear interpolation)."""
    log_sigma = np.log(np.maximum(sigma, 1e-10))
    dists = log_sigma - log_sigmas[:, None]
    low = np.cumsum(dists >= 0, axis=0).argmax(axis=0).clip(max=log_sigmas.shape[0] - 2)
    high = low + 1
    w = np.clip((log_sigmas[low] - log_sigma) / (log_sigmas[low] - log_sigmas[high]), 0, 1)
    return ((1 - w) * low + w * high).reshape(np.shape(sigma))


def _karras(sigma_min: float, sigma_max: float, n: int, rho: float = 7.0) -> np.ndarray:
    """Karras et al. (2022) noise levels: evenly spaced in sigma^(1/rho)."""
    ramp = np.linspace(0, 1, n)
    lo, hi = sigma_min ** (1 / rho), sigma_max ** (1 / rho)
    return (hi + ramp * (lo - hi)) ** rho


class Scheduler:
    """Base class. Subclasses set ``name``, ``defaults`` and implement the stepping."""

    name: ClassVar[str]
    title: ClassVar[str]
    diffusers_class: ClassVar[str]
    defaults: ClassVar[dict[str, Any]]
    #: options that must keep their default value (we do not implement the alternatives)
    unsupported: ClassVar[dict[str, Any]] = {}
    #: the result is the last step's clean estimate (``denoised``), not its re-noised latents
    result_is_denoised: ClassVar[bool] = False

    def __init__(self, config: dict[str, Any] | None = None, source: str = "scheduler_config.json"):
        cfg = dict(self.defaults)
        for key, value in (config or {}).items():
            if key in cfg:
                cfg[key] = value
        self.config = cfg
        self.source = source
        for key, allowed in self.unsupported.items():
            if cfg.get(key) not in (allowed if isinstance(allowed, tuple) else (allowed,)):
                self._unsupported(key)
        self.timesteps: np.ndarray = np.zeros(0)  # float (sigma schedulers) or int64 per step
        self.num_inference_steps = 0
        self._make_betas()

    def _unsupported(self, key: str) -> None:
        raise SchedulerError(
            f"{self.source}: {key} = {self.config.get(key)!r} is not supported by "
            f"HybridStudio's {self.title} scheduler"
        )

    def _opt(self, key: str, choices: tuple[Any, ...]) -> Any:
        value = self.config[key]
        if value not in choices:
            raise SchedulerError(
                f"{self.source}: {key} = {value!r} is not one of "
                f"{', '.join(map(repr, choices))} ({self.title} scheduler)"
            )
        return value

    # --- training noise schedule -------------------------------------------------------------
    def _make_betas(self, zero_snr_floor: bool = True) -> None:
        c = self.config
        n = int(c["num_train_timesteps"])
        if c.get("trained_betas") is not None:
            betas = np.asarray(c["trained_betas"], dtype=np.float32)
        else:
            schedule = self._opt("beta_schedule", ("linear", "scaled_linear", "squaredcos_cap_v2"))
            if schedule == "linear":
                betas = np.linspace(c["beta_start"], c["beta_end"], n, dtype=np.float64).astype(np.float32)
            elif schedule == "scaled_linear":
                betas = (
                    np.linspace(c["beta_start"] ** 0.5, c["beta_end"] ** 0.5, n, dtype=np.float64).astype(
                        np.float32
                    )
                    ** 2
                )
            else:
                betas = _betas_for_alpha_bar(n)
        if c.get("rescale_betas_zero_snr"):
            betas = _rescale_zero_terminal_snr(betas)
        self.betas = betas
        self.alphas_cumprod = np.cumprod((1.0 - betas).astype(np.float64)).astype(np.float32)
        if c.get("rescale_betas_zero_snr") and zero_snr_floor and self._floor_zero_snr:
            self.alphas_cumprod[-1] = 2.0**-24

    _floor_zero_snr: ClassVar[bool] = True

    # --- schedule for one generation -----------------------------------------------------------
    def set_timesteps(self, steps: int) -> None:
        raise NotImplementedError

    def img2img_start(self, steps: int, strength: float) -> int:
        """Set the timesteps for ``steps`` and return the index where img2img starts for
        ``strength`` (diffusers' ``get_timesteps``): the later part of the schedule is run."""
        self.set_timesteps(steps)
        init = min(int(steps * strength), steps)
        return max(steps - init, 0)

    @property
    def init_noise_sigma(self) -> float:
        return 1.0

    def scale_model_input(self, sample: np.ndarray, index: int) -> np.ndarray:
        return sample

    def step(
        self, model_output: np.ndarray, index: int, sample: np.ndarray, noise: NoiseFn | None = None
    ) -> StepOutput:
        raise NotImplementedError

    def add_noise(self, original: np.ndarray, noise: np.ndarray, index: int) -> np.ndarray:
        raise NotImplementedError

    def input_divisor(self, index: int) -> np.float32:
        """What :meth:`scale_model_input` divides the latents by at step ``index``."""
        return np.float32(1.0)

    def affine(self, index: int) -> StepCoeffs | None:
        """Step ``index`` as :class:`StepCoeffs` (advancing any state as :meth:`step` would), or
        None when an option makes it non-affine (dynamic thresholding): then only :meth:`step`
        can run it."""
        return None

    @property
    def uses_noise(self) -> bool:
        """True when stepping draws fresh noise (ancestral sampling)."""
        return False

    def describe(self) -> dict[str, Any]:
        """What the provenance records about the scheduler."""
        keys = ("timestep_spacing", "prediction_type", "steps_offset", "beta_schedule", "use_karras_sigmas")
        return {
            "name": self.name,
            "diffusers_class": self.diffusers_class,
            **{k: self.config[k] for k in keys if k in self.config},
        }

    def _spacing_error(self) -> SchedulerError:
        return SchedulerError(
            f"{self.source}: timestep_spacing = {self.config['timestep_spacing']!r} "
            "is not one of 'linspace', 'leading', 'trailing'"
        )


_COMMON = {
    "num_train_timesteps": 1000,
    "beta_start": 0.0001,
    "beta_end": 0.02,
    "beta_schedule": "linear",
    "trained_betas": None,
    "prediction_type": "epsilon",
    "timestep_spacing": "linspace",
    "steps_offset": 0,
    "rescale_betas_zero_snr": False,
}


class _SigmaScheduler(Scheduler):
    """Shared by the Euler family: a sigma (noise level) per step, latents scaled by sigma."""

    sigmas: np.ndarray

    def _float_timesteps(self, steps: int) -> np.ndarray:
        c = self.config
        n = int(c["num_train_timesteps"])
        spacing = c["timestep_spacing"]
        if spacing == "linspace":
            return np.linspace(0, n - 1, steps, dtype=np.float32)[::-1].copy()
        if spacing == "leading":
            ratio = n // steps
            t = (np.arange(0, steps) * ratio).round()[::-1].copy().astype(np.float32)
            return t + c["steps_offset"]
        if spacing == "trailing":
            stride = n / steps
            return np.arange(n, 0, -stride).round().copy().astype(np.float32) - 1
        raise self._spacing_error()

    def _train_sigmas(self) -> np.ndarray:
        ac = self.alphas_cumprod
        return np.sqrt((1 - ac) / ac).astype(np.float32)

    @property
    def init_noise_sigma(self) -> float:
        max_sigma = float(np.max(self.sigmas))
        if self.config["timestep_spacing"] in ("linspace", "trailing"):
            return max_sigma
        return float((np.float32(max_sigma) ** 2 + 1) ** 0.5)

    def scale_model_input(self, sample: np.ndarray, index: int) -> np.ndarray:
        sigma = self.sigmas[index]
        return (sample / ((sigma**2 + 1) ** 0.5)).astype(np.float32)

    def input_divisor(self, index: int) -> np.float32:
        sigma = self.sigmas[index]
        return np.float32((sigma**2 + 1) ** 0.5)

    def _pred_coeffs(self, sigma: np.float32, allow_sample: bool = True) -> tuple[float, float]:
        """(p, q) with pred_original = p·sample + q·model_output (see :meth:`_pred_original`)."""
        kind = self.config["prediction_type"]
        if kind in ("sample", "original_sample") and allow_sample:
            return 0.0, 1.0
        if kind == "epsilon":
            return 1.0, float(-sigma)
        if kind == "v_prediction":
            return float(1 / (sigma**2 + 1)), float(-sigma / (sigma**2 + 1) ** 0.5)
        raise SchedulerError(
            f"{self.source}: prediction_type = {kind!r} is not supported by the {self.title} scheduler"
        )

    def add_noise(self, original: np.ndarray, noise: np.ndarray, index: int) -> np.ndarray:
        return (original + noise * self.sigmas[index]).astype(np.float32)

    def _pred_original(
        self, model_output: np.ndarray, sample: np.ndarray, sigma: np.float32, allow_sample: bool = True
    ) -> np.ndarray:
        kind = self.config["prediction_type"]
        if kind in ("sample", "original_sample") and allow_sample:
            return model_output
        if kind == "epsilon":
            return sample - sigma * model_output
        if kind == "v_prediction":
            return model_output * (-sigma / (sigma**2 + 1) ** 0.5) + sample / (sigma**2 + 1)
        raise SchedulerError(
            f"{self.source}: prediction_type = {kind!r} is not supported by the {self.title} scheduler"
        )


class EulerScheduler(_SigmaScheduler):
    """Euler's method on the probability-flow ODE (Karras et al. 2022, algorithm 2 without churn)."""

    name = "euler"
    title = "Euler"
    diffusers_class = "EulerDiscreteScheduler"
    defaults = {
        **_COMMON,
        "interpolation_type": "linear",
        "use_karras_sigmas": False,
        "use_exponential_sigmas": False,
        "use_beta_sigmas": False,
        "sigma_min": None,
        "sigma_max": None,
        "timestep_type": "discrete",
        "final_sigmas_type": "zero",
    }
    unsupported = {"use_exponential_sigmas": (False, None), "use_beta_sigmas": (False, None)}

    def set_timesteps(self, steps: int) -> None:
        c = self.config
        self.num_inference_steps = steps
        timesteps = self._float_timesteps(steps)
        train = self._train_sigmas()
        log_sigmas = np.log(train)
        interp = self._opt("interpolation_type", ("linear", "log_linear"))
        if interp == "linear":
            sigmas = np.interp(timesteps, np.arange(0, len(train)), train)
        else:
            sigmas = np.exp(np.linspace(np.log(train[-1]), np.log(train[0]), steps + 1, dtype=np.float32))
        if c["use_karras_sigmas"]:
            lo = c["sigma_min"] if c["sigma_min"] is not None else float(sigmas[-1])
            hi = c["sigma_max"] if c["sigma_max"] is not None else float(sigmas[0])
            sigmas = _karras(lo, hi, steps)
            timesteps = _sigma_to_t(sigmas, log_sigmas)
        final = self._opt("final_sigmas_type", ("zero", "sigma_min"))
        last = float(train[0]) if final == "sigma_min" else 0.0
        self.sigmas = np.concatenate([sigmas, [last]]).astype(np.float32)
        kind = self._opt("timestep_type", ("discrete", "continuous"))
        if kind == "continuous" and c["prediction_type"] == "v_prediction":
            self.timesteps = (0.25 * np.log(self.sigmas[:-1])).astype(np.float32)
        else:
            self.timesteps = timesteps.astype(np.float32)

    def step(self, model_output, index, sample, noise=None) -> StepOutput:
        sample = sample.astype(np.float32)
        sigma = self.sigmas[index]
        pred = self._pred_original(model_output, sample, sigma)
        derivative = (sample - pred) / sigma
        prev = sample + derivative * (self.sigmas[index + 1] - sigma)
        return StepOutput(prev.astype(np.float32), pred.astype(np.float32))

    def affine(self, index: int) -> StepCoeffs:
        sigma = self.sigmas[index]
        p, q = self._pred_coeffs(sigma)
        r = float((self.sigmas[index + 1] - sigma) / sigma)
        return StepCoeffs(p, q, a=1.0 + r, e=-r)


class EulerAncestralScheduler(_SigmaScheduler):
    """Euler steps to a lower noise level, then fresh noise added back (ancestral sampling)."""

    name = "euler_a"
    title = "Euler ancestral"
    diffusers_class = "EulerAncestralDiscreteScheduler"
    defaults = dict(_COMMON)

    def set_timesteps(self, steps: int) -> None:
        self.num_inference_steps = steps
        timesteps = self._float_timesteps(steps)
        train = self._train_sigmas()
        sigmas = np.interp(timesteps, np.arange(0, len(train)), train)
        self.sigmas = np.concatenate([sigmas, [0.0]]).astype(np.float32)
        self.timesteps = timesteps.astype(np.float32)

    @property
    def uses_noise(self) -> bool:
        return True

    def step(self, model_output, index, sample, noise=None) -> StepOutput:
        if self.config["prediction_type"] == "sample":
            raise SchedulerError(
                f"{self.source}: prediction_type 'sample' is not supported by the Euler ancestral scheduler"
            )
        sample = sample.astype(np.float32)
        sigma_from = self.sigmas[index]
        sigma_to = self.sigmas[index + 1]
        pred = self._pred_original(model_output, sample, sigma_from, allow_sample=False)
        sigma_up = (sigma_to**2 * (sigma_from**2 - sigma_to**2) / sigma_from**2) ** 0.5
        sigma_down = (sigma_to**2 - sigma_up**2) ** 0.5
        derivative = (sample - pred) / sigma_from
        prev = sample + derivative * (sigma_down - sigma_from)
        if noise is None:
            raise ValueError("Euler ancestral needs a noise source")
        prev = prev + noise(model_output.shape) * sigma_up
        return StepOutput(prev.astype(np.float32), pred.astype(np.float32))

    def affine(self, index: int) -> StepCoeffs:
        if self.config["prediction_type"] == "sample":
            raise SchedulerError(
                f"{self.source}: prediction_type 'sample' is not supported by the Euler ancestral scheduler"
            )
        sigma_from, sigma_to = self.sigmas[index], self.sigmas[index + 1]
        p, q = self._pred_coeffs(sigma_from, allow_sample=False)
        sigma_up = (sigma_to**2 * (sigma_from**2 - sigma_to**2) / sigma_from**2) ** 0.5
        sigma_down = (sigma_to**2 - sigma_up**2) ** 0.5
        r = float((sigma_down - sigma_from) / sigma_from)
        return StepCoeffs(p, q, a=1.0 + r, e=-r, c=float(sigma_up), noise=True)


class _AlphaScheduler(Scheduler):
    """Shared by DDIM and LCM: latents kept at unit variance, alphas_cumprod indexed by timestep."""

    _floor_zero_snr = False

    def _alpha_prev(self, prev_t: int) -> np.float32:
        if prev_t >= 0:
            return self.alphas_cumprod[prev_t]
        return np.float32(1.0) if self.config["set_alpha_to_one"] else self.alphas_cumprod[0]

    def _clip(self, pred: np.ndarray) -> np.ndarray:
        c = self.config
        if c["thresholding"]:
            return _threshold(pred, c["dynamic_thresholding_ratio"], c["sample_max_value"])
        if c["clip_sample"]:
            r = c["clip_sample_range"]
            return np.clip(pred, -r, r)
        return pred

    def _clip_bounds(self) -> tuple[float, float] | None:
        """(lo, hi) of clip_sample, ±inf without it; None with dynamic thresholding."""
        c = self.config
        if c["thresholding"]:
            return None
        if c["clip_sample"]:
            r = float(c["clip_sample_range"])
            return -r, r
        return -math.inf, math.inf

    def _alpha_pred_coeffs(self, a_t: np.float32) -> tuple[float, float]:
        """(p, q) with pred_original = p·sample + q·model_output."""
        kind = self.config["prediction_type"]
        b_t = 1 - a_t
        if kind == "epsilon":
            return float(1 / a_t**0.5), float(-(b_t**0.5) / a_t**0.5)
        if kind == "sample":
            return 0.0, 1.0
        if kind == "v_prediction":
            return float(a_t**0.5), float(-(b_t**0.5))
        raise SchedulerError(
            f"{self.source}: prediction_type = {kind!r} is not supported by the {self.title} scheduler"
        )

    def add_noise(self, original: np.ndarray, noise: np.ndarray, index: int) -> np.ndarray:
        a = self.alphas_cumprod[int(self.timesteps[index])]
        return (a**0.5 * original + (1 - a) ** 0.5 * noise).astype(np.float32)


_ALPHA_DEFAULTS = {
    **_COMMON,
    "clip_sample": True,
    "set_alpha_to_one": True,
    "thresholding": False,
    "dynamic_thresholding_ratio": 0.995,
    "clip_sample_range": 1.0,
    "sample_max_value": 1.0,
    "timestep_spacing": "leading",
}


class DDIMScheduler(_AlphaScheduler):
    """Denoising diffusion implicit models (Song et al. 2020); deterministic when eta = 0."""

    name = "ddim"
    title = "DDIM"
    diffusers_class = "DDIMScheduler"
    defaults = dict(_ALPHA_DEFAULTS)

    def __init__(
        self, config: dict[str, Any] | None = None, source: str = "scheduler_config.json", eta: float = 0.0
    ):
        super().__init__(config, source)
        self.eta = float(eta)

    def set_timesteps(self, steps: int) -> None:
        c = self.config
        n = int(c["num_train_timesteps"])
        if steps > n:
            raise SchedulerError(f"{steps} steps is more than the {n} the model was trained with")
        self.num_inference_steps = steps
        spacing = c["timestep_spacing"]
        if spacing == "linspace":
            t = np.linspace(0, n - 1, steps).round()[::-1].copy().astype(np.int64)
        elif spacing == "leading":
            ratio = n // steps
            t = (np.arange(0, steps) * ratio).round()[::-1].copy().astype(np.int64) + c["steps_offset"]
        elif spacing == "trailing":
            t = np.round(np.arange(n, 0, -n / steps)).astype(np.int64) - 1
        else:
            raise self._spacing_error()
        self.timesteps = t

    @property
    def uses_noise(self) -> bool:
        return self.eta > 0

    def _ddim_alphas(self, index: int) -> tuple[np.float32, np.float32, np.float32]:
        """alphas_cumprod at step ``index`` and at the step it leads to, and 1 - the first."""
        t = int(self.timesteps[index])
        a_t = self.alphas_cumprod[t]
        a_prev = self._alpha_prev(t - self.config["num_train_timesteps"] // self.num_inference_steps)
        return a_t, a_prev, 1 - a_t

    def step(self, model_output, index, sample, noise=None) -> StepOutput:
        c = self.config
        a_t, a_prev, b_t = self._ddim_alphas(index)
        kind = c["prediction_type"]
        if kind == "epsilon":
            pred = (sample - b_t**0.5 * model_output) / a_t**0.5
            eps = model_output
        elif kind == "sample":
            pred = model_output
            eps = (sample - a_t**0.5 * pred) / b_t**0.5
        elif kind == "v_prediction":
            pred = a_t**0.5 * sample - b_t**0.5 * model_output
            eps = a_t**0.5 * model_output + b_t**0.5 * sample
        else:
            raise SchedulerError(f"{self.source}: prediction_type = {kind!r} is not supported by DDIM")
        pred = self._clip(pred)
        variance = (1 - a_prev) / b_t * (1 - a_t / a_prev)
        std = np.float32(self.eta) * variance**0.5
        prev = a_prev**0.5 * pred + (1 - a_prev - std**2) ** 0.5 * eps
        if self.eta > 0:
            if noise is None:
                raise ValueError("DDIM with eta > 0 needs a noise source")
            prev = prev + std * noise(model_output.shape)
        return StepOutput(prev.astype(np.float32), pred.astype(np.float32))

    def affine(self, index: int) -> StepCoeffs | None:
        bounds = self._clip_bounds()
        if bounds is None:
            return None
        c = self.config
        a_t, a_prev, b_t = self._ddim_alphas(index)
        p, q = self._alpha_pred_coeffs(a_t)
        # eps from the sample and the model output (unclipped, as in step())
        kind = c["prediction_type"]
        if kind == "epsilon":
            ep, eq = 0.0, 1.0
        elif kind == "sample":
            ep, eq = float(1 / b_t**0.5), float(-(a_t**0.5) / b_t**0.5)
        else:
            ep, eq = float(b_t**0.5), float(a_t**0.5)
        variance = (1 - a_prev) / b_t * (1 - a_t / a_prev)
        std = np.float32(self.eta) * variance**0.5
        k = float((1 - a_prev - std**2) ** 0.5)
        return StepCoeffs(
            p,
            q,
            a=k * ep,
            b=k * eq,
            e=float(a_prev**0.5),
            c=float(std),
            lo=bounds[0],
            hi=bounds[1],
            noise=self.eta > 0,
        )


class LCMScheduler(_AlphaScheduler):
    """Latent consistency models (Luo et al. 2023): each step predicts the clean latents, then
    re-noises them to the next, lower noise level. The last ``denoised`` is the result."""

    name = "lcm"
    title = "LCM"
    diffusers_class = "LCMScheduler"
    result_is_denoised = True
    defaults = {
        **_ALPHA_DEFAULTS,
        "beta_start": 0.00085,
        "beta_end": 0.012,
        "beta_schedule": "scaled_linear",
        "original_inference_steps": 50,
        "clip_sample": False,
        "timestep_scaling": 10.0,
    }

    def set_timesteps(self, steps: int, strength: float = 1.0) -> None:
        c = self.config
        n = int(c["num_train_timesteps"])
        original = int(c["original_inference_steps"])
        if original > n:
            raise SchedulerError(
                f"{self.source}: original_inference_steps {original} is more than num_train_timesteps {n}"
            )
        k = n // original
        origin = np.asarray(list(range(1, int(original * strength) + 1))) * k - 1
        if steps > original:
            raise SchedulerError(
                f"LCM runs at most {original} steps with this model "
                f"(original_inference_steps), {steps} were asked for"
            )
        if len(origin) // steps < 1:
            raise SchedulerError(
                f"LCM: {steps} steps at strength {strength:g} is too many; use at "
                f"most {int(original * strength)} steps or a higher strength"
            )
        self.num_inference_steps = steps
        origin = origin[::-1].copy()
        idx = np.floor(np.linspace(0, len(origin), num=steps, endpoint=False)).astype(np.int64)
        self.timesteps = origin[idx].astype(np.int64)

    def img2img_start(self, steps: int, strength: float) -> int:
        """LCM folds the strength into its own schedule (diffusers' LCM img2img pipeline)."""
        self.set_timesteps(steps, strength)
        return 0

    @property
    def uses_noise(self) -> bool:
        return True

    def step(self, model_output, index, sample, noise=None) -> StepOutput:
        c = self.config
        t = int(self.timesteps[index])
        prev_t = int(self.timesteps[index + 1]) if index + 1 < len(self.timesteps) else t
        a_t = self.alphas_cumprod[t]
        a_prev = self._alpha_prev(prev_t)
        b_t, b_prev = 1 - a_t, 1 - a_prev
        scaled = t * c["timestep_scaling"]
        sigma_data = 0.5
        c_skip = sigma_data**2 / (scaled**2 + sigma_data**2)
        c_out = scaled / (scaled**2 + sigma_data**2) ** 0.5
        kind = c["prediction_type"]
        if kind == "epsilon":
            pred = (sample - np.sqrt(b_t) * model_output) / np.sqrt(a_t)
        elif kind == "sample":
            pred = model_output
        elif kind == "v_prediction":
            pred = np.sqrt(a_t) * sample - np.sqrt(b_t) * model_output
        else:
            raise SchedulerError(f"{self.source}: prediction_type = {kind!r} is not supported by LCM")
        pred = self._clip(pred)
        denoised = (np.float32(c_out) * pred + np.float32(c_skip) * sample).astype(np.float32)
        if index != self.num_inference_steps - 1:
            if noise is None:
                raise ValueError("LCM needs a noise source")
            prev = np.sqrt(a_prev) * denoised + np.sqrt(b_prev) * noise(model_output.shape)
        else:
            prev = denoised
        return StepOutput(prev.astype(np.float32), denoised)

    def affine(self, index: int) -> StepCoeffs | None:
        bounds = self._clip_bounds()
        if bounds is None:
            return None
        c = self.config
        t = int(self.timesteps[index])
        prev_t = int(self.timesteps[index + 1]) if index + 1 < len(self.timesteps) else t
        a_t = self.alphas_cumprod[t]
        a_prev = self._alpha_prev(prev_t)
        scaled = t * c["timestep_scaling"]
        sigma_data = 0.5
        c_skip = sigma_data**2 / (scaled**2 + sigma_data**2)
        c_out = scaled / (scaled**2 + sigma_data**2) ** 0.5
        p, q = self._alpha_pred_coeffs(a_t)
        last = StepCoeffs(
            p, q, e=1.0, s1=float(np.float32(c_out)), s2=float(np.float32(c_skip)), lo=bounds[0], hi=bounds[1]
        )
        if index != self.num_inference_steps - 1:
            return replace(last, e=float(np.sqrt(a_prev)), c=float(np.sqrt(1 - a_prev)), noise=True)
        return last


class DPMSolverPP2MScheduler(Scheduler):
    """DPM-Solver++ (Lu et al. 2022), multistep second order ("DPM++ 2M"): reuses the previous
    step's prediction to take a second-order step for the price of one model call."""

    name = "dpmpp_2m"
    title = "DPM++ 2M"
    diffusers_class = "DPMSolverMultistepScheduler"
    defaults = {
        **_COMMON,
        "solver_order": 2,
        "thresholding": False,
        "dynamic_thresholding_ratio": 0.995,
        "sample_max_value": 1.0,
        "algorithm_type": "dpmsolver++",
        "solver_type": "midpoint",
        "lower_order_final": True,
        "euler_at_final": False,
        "use_karras_sigmas": False,
        "use_exponential_sigmas": False,
        "use_beta_sigmas": False,
        "use_lu_lambdas": False,
        "use_flow_sigmas": False,
        "final_sigmas_type": "zero",
        "lambda_min_clipped": -float("inf"),
        "variance_type": None,
    }
    unsupported = {
        "algorithm_type": ("dpmsolver++", "deis"),
        "use_exponential_sigmas": (False, None),
        "use_beta_sigmas": (False, None),
        "use_lu_lambdas": (False, None),
        "use_flow_sigmas": (False, None),
        "variance_type": (None,),
    }

    def __init__(self, config: dict[str, Any] | None = None, source: str = "scheduler_config.json"):
        super().__init__(config, source)
        if self.config["solver_order"] not in (1, 2):
            # HybridStudio runs the 2M variant; a config asking for order 3 gets order 2
            self.config["solver_order"] = 2
        if self.config["solver_type"] not in ("midpoint", "heun"):
            self.config["solver_type"] = "midpoint"
        self._outputs: list[np.ndarray | None] = []
        self._lower_order_nums = 0

    def set_timesteps(self, steps: int) -> None:
        c = self.config
        n = int(c["num_train_timesteps"])
        ac = self.alphas_cumprod.astype(np.float32)
        lambda_t = np.log(np.sqrt(ac)) - np.log(np.sqrt(1 - ac))
        clipped = int(np.searchsorted(lambda_t[::-1], c["lambda_min_clipped"]))
        last = n - clipped
        spacing = c["timestep_spacing"]
        if spacing == "linspace":
            t = np.linspace(0, last - 1, steps + 1).round()[::-1][:-1].copy().astype(np.int64)
        elif spacing == "leading":
            ratio = last // (steps + 1)
            t = (np.arange(0, steps + 1) * ratio).round()[::-1][:-1].copy().astype(np.int64)
            t += c["steps_offset"]
        elif spacing == "trailing":
            t = np.arange(last, 0, -n / steps).round().copy().astype(np.int64) - 1
        else:
            raise self._spacing_error()
        train = np.sqrt((1 - ac) / ac).astype(np.float32)
        log_sigmas = np.log(train)
        if c["use_karras_sigmas"]:
            sigmas = _karras(float(train[0]), float(train[-1]), steps)
            t = _sigma_to_t(sigmas, log_sigmas)
            if c["beta_schedule"] != "squaredcos_cap_v2":
                t = t.round()
        else:
            sigmas = np.interp(t, np.arange(0, len(train)), train)
        final = self._opt("final_sigmas_type", ("zero", "sigma_min"))
        sigma_last = float(train[0]) if final == "sigma_min" else 0.0
        self.sigmas = np.concatenate([sigmas, [sigma_last]]).astype(np.float32)
        self.timesteps = np.asarray(t).astype(np.int64)
        self.num_inference_steps = len(self.timesteps)
        self._outputs = [None] * int(c["solver_order"])
        self._lower_order_nums = 0

    def img2img_start(self, steps: int, strength: float) -> int:
        start = super().img2img_start(steps, strength)
        # diffusers counts lower-order steps from the first step actually run
        self._lower_order_nums = 0
        return start

    @staticmethod
    def _alpha_sigma(sigma: np.float32) -> tuple[np.float32, np.float32]:
        alpha_t = 1 / (sigma**2 + 1) ** 0.5
        return alpha_t, sigma * alpha_t

    def add_noise(self, original: np.ndarray, noise: np.ndarray, index: int) -> np.ndarray:
        alpha_t, sigma_t = self._alpha_sigma(self.sigmas[index])
        return (alpha_t * original + sigma_t * noise).astype(np.float32)

    def _lower_final(self, index: int) -> bool:
        """True on the last step when the config asks for a first-order (Euler) finish."""
        c = self.config
        n = len(self.timesteps)
        return index == n - 1 and bool(
            c["euler_at_final"] or (c["lower_order_final"] and n < 15) or c["final_sigmas_type"] == "zero"
        )

    def step(self, model_output, index, sample, noise=None) -> StepOutput:
        c = self.config
        lower_final = self._lower_final(index)
        alpha_s0, sigma_s0 = self._alpha_sigma(self.sigmas[index])
        kind = c["prediction_type"]
        if kind == "epsilon":
            x0 = (sample - sigma_s0 * model_output) / alpha_s0
        elif kind == "sample":
            x0 = model_output
        elif kind == "v_prediction":
            x0 = alpha_s0 * sample - sigma_s0 * model_output
        else:
            raise SchedulerError(f"{self.source}: prediction_type = {kind!r} is not supported by DPM++ 2M")
        if c["thresholding"]:
            x0 = _threshold(x0, c["dynamic_thresholding_ratio"], c["sample_max_value"])
        x0 = x0.astype(np.float32)
        self._outputs = [*self._outputs[1:], x0]
        sample = sample.astype(np.float32)
        alpha_t, sigma_t = self._alpha_sigma(self.sigmas[index + 1])
        lambda_t = np.log(alpha_t) - np.log(sigma_t)
        lambda_s0 = np.log(alpha_s0) - np.log(sigma_s0)
        h = lambda_t - lambda_s0
        if c["solver_order"] == 1 or self._lower_order_nums < 1 or lower_final:
            prev = sigma_t / sigma_s0 * sample - alpha_t * (np.exp(-h) - 1.0) * x0
        else:
            alpha_s1, sigma_s1 = self._alpha_sigma(self.sigmas[index - 1])
            lambda_s1 = np.log(alpha_s1) - np.log(sigma_s1)
            m0, m1 = self._outputs[-1], self._outputs[-2]
            assert m0 is not None and m1 is not None  # kept once a step has run (lower_order_nums)
            r0 = (lambda_s0 - lambda_s1) / h
            d1 = (1.0 / r0) * (m0 - m1)
            if c["solver_type"] == "midpoint":
                prev = (
                    sigma_t / sigma_s0 * sample
                    - alpha_t * (np.exp(-h) - 1.0) * m0
                    - 0.5 * (alpha_t * (np.exp(-h) - 1.0)) * d1
                )
            else:
                prev = (
                    sigma_t / sigma_s0 * sample
                    - alpha_t * (np.exp(-h) - 1.0) * m0
                    + alpha_t * ((np.exp(-h) - 1.0) / h + 1.0) * d1
                )
        if self._lower_order_nums < c["solver_order"]:
            self._lower_order_nums += 1
        return StepOutput(prev.astype(np.float32), x0)

    def affine(self, index: int) -> StepCoeffs | None:
        c = self.config
        if c["thresholding"]:
            return None
        lower_final = self._lower_final(index)
        alpha_s0, sigma_s0 = self._alpha_sigma(self.sigmas[index])
        kind = c["prediction_type"]
        if kind == "epsilon":
            p, q = float(1 / alpha_s0), float(-sigma_s0 / alpha_s0)
        elif kind == "sample":
            p, q = 0.0, 1.0
        elif kind == "v_prediction":
            p, q = float(alpha_s0), float(-sigma_s0)
        else:
            raise SchedulerError(f"{self.source}: prediction_type = {kind!r} is not supported by DPM++ 2M")
        alpha_t, sigma_t = self._alpha_sigma(self.sigmas[index + 1])
        with np.errstate(divide="ignore"):
            lambda_t = np.log(alpha_t) - np.log(sigma_t)
        lambda_s0 = np.log(alpha_s0) - np.log(sigma_s0)
        h = lambda_t - lambda_s0
        a = float(sigma_t / sigma_s0)
        base = float(-alpha_t * (np.exp(-h) - 1.0))
        if c["solver_order"] == 1 or self._lower_order_nums < 1 or lower_final:
            coeffs = StepCoeffs(p, q, a=a, e=base)
        else:
            alpha_s1, sigma_s1 = self._alpha_sigma(self.sigmas[index - 1])
            lambda_s1 = np.log(alpha_s1) - np.log(sigma_s1)
            r0 = float((lambda_s0 - lambda_s1) / h)
            if c["solver_type"] == "midpoint":
                corr = 0.5 * base / r0
            else:
                corr = float(alpha_t * ((np.exp(-h) - 1.0) / h + 1.0)) / r0
            coeffs = StepCoeffs(p, q, a=a, e=base + corr, d=-corr)
        if self._lower_order_nums < c["solver_order"]:
            self._lower_order_nums += 1
        return coeffs


SCHEDULERS: dict[str, type[Scheduler]] = {
    cls.name: cls
    for cls in (EulerScheduler, EulerAncestralScheduler, DDIMScheduler, LCMScheduler, DPMSolverPP2MScheduler)
}
BY_DIFFUSERS_CLASS = {cls.diffusers_class: cls.name for cls in SCHEDULERS.values()}


def scheduler_name_for(config: dict[str, Any]) -> str | None:
    """Our name for the scheduler a config file was written for, or None if we lack it."""
    return BY_DIFFUSERS_CLASS.get(str(config.get("_class_name", "")))


def make_scheduler(name: str, config: dict[str, Any], source: str = "scheduler_config.json") -> Scheduler:
    """A scheduler by our name ("euler", "euler_a", "ddim", "lcm", "dpmpp_2m") configured from a
    model's scheduler config, as diffusers' ``SchedulerClass.from_config(config)`` does."""
    return lookup(SCHEDULERS, name, "scheduler", error=SchedulerError)(config, source)
