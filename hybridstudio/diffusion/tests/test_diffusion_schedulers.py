"""Our numpy schedulers against diffusers' own (torch) schedulers, configured from the same
scheduler_config.json contents, fed the same model outputs and the same noise."""

from __future__ import annotations

import numpy as np
import pytest

from hybridstudio.diffusion.device_step import apply
from hybridstudio.diffusion.schedulers import SchedulerError, make_scheduler
from hybridstudio.testing.diffusion import builder

torch = pytest.importorskip("torch")
diffusers = pytest.importorskip("diffusers")

# The configs of real hub models (their scheduler/scheduler_config.json), as shipped: the ones the
# tiny pipelines use come from their builder (one copy), the others are written here.
_SHIPPED = builder()


def _published(config: dict) -> dict:
    return {k: v for k, v in config.items() if k != "_diffusers_version"}


SD15_PNDM = _published(_SHIPPED.SCHED_PNDM)
SD_TURBO = _published(_SHIPPED.SCHED_TURBO)
LCM_DREAMSHAPER = _published(_SHIPPED.SCHED_LCM)
SDXL_TURBO = _published(_SHIPPED.SCHED_SDXL_TURBO)
SD21_V = {
    "_class_name": "DDIMScheduler",
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "beta_start": 0.00085,
    "clip_sample": False,
    "num_train_timesteps": 1000,
    "prediction_type": "v_prediction",
    "set_alpha_to_one": False,
    "skip_prk_steps": True,
    "steps_offset": 1,
    "trained_betas": None,
}

DIFFUSERS_CLASS = {
    "euler": "EulerDiscreteScheduler",
    "euler_a": "EulerAncestralDiscreteScheduler",
    "ddim": "DDIMScheduler",
    "lcm": "LCMScheduler",
    "dpmpp_2m": "DPMSolverMultistepScheduler",
}

CASES = [
    ("euler", SD15_PNDM, 20, {}),
    ("euler", SD15_PNDM, 7, {"timestep_spacing": "linspace"}),
    ("euler", SD_TURBO, 1, {}),
    ("euler", SD_TURBO, 4, {}),
    ("euler", SD21_V, 12, {"timestep_spacing": "leading"}),
    ("euler", SD15_PNDM, 10, {"use_karras_sigmas": True}),
    (
        "euler",
        SD15_PNDM,
        6,
        {"rescale_betas_zero_snr": True, "prediction_type": "v_prediction", "timestep_spacing": "trailing"},
    ),
    ("euler_a", SDXL_TURBO, 1, {}),
    ("euler_a", SDXL_TURBO, 4, {}),
    ("euler_a", SD15_PNDM, 15, {}),
    ("euler_a", SD21_V, 8, {"timestep_spacing": "linspace"}),
    ("ddim", SD15_PNDM, 20, {}),
    ("ddim", SD21_V, 10, {}),
    ("ddim", SD_TURBO, 3, {}),
    ("ddim", SD15_PNDM, 9, {"timestep_spacing": "linspace", "set_alpha_to_one": True}),
    ("ddim", SD15_PNDM, 5, {"clip_sample": True, "prediction_type": "sample"}),
    ("ddim", SD15_PNDM, 5, {"thresholding": True, "sample_max_value": 1.5}),
    ("lcm", LCM_DREAMSHAPER, 4, {}),
    ("lcm", LCM_DREAMSHAPER, 1, {}),
    ("lcm", LCM_DREAMSHAPER, 8, {"prediction_type": "v_prediction"}),
    ("dpmpp_2m", SD15_PNDM, 20, {}),
    ("dpmpp_2m", SD15_PNDM, 25, {"use_karras_sigmas": True}),
    ("dpmpp_2m", SD21_V, 10, {"timestep_spacing": "linspace"}),
    ("dpmpp_2m", SD_TURBO, 4, {"solver_type": "heun"}),
    ("dpmpp_2m", SD15_PNDM, 16, {"final_sigmas_type": "sigma_min", "lower_order_final": False}),
]


def _model(sample: np.ndarray, t: float) -> np.ndarray:
    """A stand-in for the unet: smooth in the sample, varying with the timestep."""
    return (0.6 * np.tanh(sample) + 0.2 * np.sin(sample * 3.0 + t / 100.0)).astype(np.float32)


def _run_ours(name, config, steps, start_index, x, noises, via="step"):
    s = make_scheduler(name, config)
    begin = s.img2img_start(steps, 0.6) if start_index else (s.set_timesteps(steps) or 0)
    it = iter(noises)
    sample = x * np.float32(s.init_noise_sigma) if not start_index else s.add_noise(x, noises[0], begin)
    if start_index:
        next(it)
    outs = []
    h = None
    for i in range(begin, len(s.timesteps)):
        t = float(s.timesteps[i])
        model_in = s.scale_model_input(sample, i)
        if via == "affine":  # the weighted-sum form the GPU loop runs (same numpy arithmetic)
            co = s.affine(i)
            sample, den = apply(co, sample, _model(model_in, t), next(it) if co.noise else None, h)
            h = den
        else:
            res = s.step(_model(model_in, t), i, sample, noise=lambda shape: next(it))
            sample, den = res.prev_sample, res.denoised
        outs.append(den if name == "lcm" else sample)
    return s, begin, outs


def _run_diffusers(name, config, steps, img2img, x, noises):
    cls = getattr(diffusers, DIFFUSERS_CLASS[name])
    s = cls.from_config(config)
    s.set_timesteps(steps)
    timesteps = s.timesteps
    it = iter(noises)
    gen = None
    if img2img:
        if name == "lcm":
            s.set_timesteps(steps, strength=0.6)
            timesteps = s.timesteps
        else:
            init = min(int(steps * 0.6), steps)
            t_start = max(steps - init, 0)
            timesteps = s.timesteps[t_start * s.order :]
            if hasattr(s, "set_begin_index"):  # as diffusers' img2img pipeline does
                s.set_begin_index(t_start * s.order)
        sample = s.add_noise(torch.from_numpy(x), torch.from_numpy(noises[0]), timesteps[:1])
        next(it)
    else:
        sample = torch.from_numpy(x) * s.init_noise_sigma
    outs = []

    def fake_randn(shape, generator=None, device=None, dtype=None, layout=None):
        return torch.from_numpy(next(it))

    import diffusers.schedulers.scheduling_euler_ancestral_discrete as ea
    import diffusers.schedulers.scheduling_lcm as lcm_mod

    saved = (ea.randn_tensor, lcm_mod.randn_tensor)
    ea.randn_tensor = lcm_mod.randn_tensor = fake_randn
    try:
        for t in timesteps:
            model_in = s.scale_model_input(sample, t)
            out = s.step(
                torch.from_numpy(_model(model_in.numpy(), float(t))),
                t,
                sample,
                generator=gen,
                return_dict=False,
            )
            sample = out[0]
            outs.append((out[1] if name == "lcm" else sample).numpy())
    finally:
        ea.randn_tensor, lcm_mod.randn_tensor = saved
    return s, timesteps, outs


@pytest.mark.parametrize("via", ["step", "affine"])
@pytest.mark.parametrize("img2img", [False, True], ids=["txt2img", "img2img"])
@pytest.mark.parametrize(
    "name,base,steps,extra", CASES, ids=[f"{c[0]}-{i}-{c[2]}steps" for i, c in enumerate(CASES)]
)
def test_scheduler_matches_diffusers(name, base, steps, extra, img2img, via):
    """Both forms of each step: ``step`` and the coefficients of ``affine`` (what the device
    loop runs) follow diffusers."""
    config = {**base, **extra}
    if via == "affine" and config.get("thresholding"):
        s = make_scheduler(name, config)
        s.set_timesteps(steps)
        assert s.affine(0) is None  # dynamic thresholding is not a weighted sum: host only
        return
    if img2img and int(steps * 0.6) == 0:
        steps = 2  # strength 0.6 of one step runs nothing (the pipeline refuses it)
    rng = np.random.default_rng(steps)
    x = rng.standard_normal((1, 4, 8, 8), dtype=np.float32)
    noises = [rng.standard_normal((1, 4, 8, 8), dtype=np.float32) for _ in range(steps + 2)]
    theirs, their_t, their_out = _run_diffusers(name, config, steps, img2img, x, noises)
    ours, begin, our_out = _run_ours(name, config, steps, img2img, x, noises, via)
    np.testing.assert_allclose(ours.timesteps[begin:], their_t.numpy(), rtol=1e-6, atol=1e-4)
    if hasattr(theirs, "sigmas") and name != "ddim" and name != "lcm":
        np.testing.assert_allclose(ours.sigmas, theirs.sigmas.numpy(), rtol=2e-5)
    assert ours.init_noise_sigma == pytest.approx(float(theirs.init_noise_sigma), rel=2e-5)
    assert len(our_out) == len(their_out) > 0
    for k, (a, b) in enumerate(zip(our_out, their_out, strict=False)):
        np.testing.assert_allclose(a, b, rtol=2e-4, atol=2e-4, err_msg=f"step {k}")


def test_unsupported_option_is_named():
    with pytest.raises(SchedulerError, match="use_beta_sigmas"):
        make_scheduler("euler", {**SD15_PNDM, "use_beta_sigmas": True})
    with pytest.raises(SchedulerError, match="timestep_spacing = 'sideways'"):
        make_scheduler("ddim", {**SD15_PNDM, "timestep_spacing": "sideways"}).set_timesteps(4)
    with pytest.raises(SchedulerError, match="unknown scheduler 'plms'"):
        make_scheduler("plms", SD15_PNDM)
