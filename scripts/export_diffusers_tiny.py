"""Export a tiny random-weight diffusers Stable Diffusion pipeline to ONNX, as the hub's exporters do.

Development tool (needs torch, diffusers and transformers, the test extra). It builds a real
diffusers ``StableDiffusionPipeline`` — UNet2DConditionModel with cross-attention, AutoencoderKL,
transformers' CLIPTextModel, all with a few thousand random weights — saves it (PyTorch,
safetensors) as the reference, and exports its parts with ``torch.onnx.export`` in both export
generations:

- ``onnx-optimum1``: int32 ids, int64 timestep of shape [1], VAE encoder that samples inside the
  graph (``latent_dist.sample()`` traced to RandomNormalLike), opset 14, diffusers-ONNX
  model_index.json (``OnnxStableDiffusionPipeline``);
- ``onnx-optimum2``: int64 ids, float32 scalar timestep, VAE encoder returning
  ``latent_parameters`` (mean ‖ logvar), opset 17, ``StableDiffusionPipeline`` model_index.json.

and two more pipelines, each saved as ``torch-NAME`` and exported as ``onnx-NAME``:

- ``lcm``: a latent consistency unet (``timestep_cond``, ``time_cond_proj_dim``) with an LCM
  scheduler, exported as optimum 1.x did;
- ``sdxl``: an SDXL pipeline (``text_encoder_2`` with projection, ``hidden_states.N`` outputs, unet
  ``text_embeds`` and ``time_ids``), exported as today's optimum does.

The output is committed under ``hybridstudio/testing/data/diffusers-tiny/`` (about 2 MB) so that
the tests compare HybridStudio's pipeline with diffusers' own on real exported graphs without
exporting again.

Usage: ``python scripts/export_diffusers_tiny.py [OUT_DIR]``.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "hybridstudio" / "testing" / "data" / "diffusers-tiny"


def _builder():
    spec = importlib.util.spec_from_file_location(
        "make_tiny_diffusion", ROOT / "scripts" / "make_tiny_diffusion.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _tokenizer(folder: Path, pad: str):
    from transformers import CLIPTokenizer

    _builder().write_clip_tokenizer(folder, pad_token=pad)
    return CLIPTokenizer.from_pretrained(str(folder))


def _text_encoder(tokenizer, projection: bool = False):
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    cfg = CLIPTextConfig(
        vocab_size=len(tokenizer),
        hidden_size=16,
        intermediate_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        max_position_embeddings=77,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        projection_dim=16,
    )
    return (CLIPTextModelWithProjection if projection else CLIPTextModel)(cfg).eval()


def _vae(scaling: float = 0.18215):
    from diffusers import AutoencoderKL

    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        block_out_channels=(4, 4, 4, 4),
        layers_per_block=1,
        latent_channels=4,
        norm_num_groups=2,
        sample_size=64,
        scaling_factor=scaling,
    ).eval()


def _unet(**extra):
    from diffusers import UNet2DConditionModel

    cfg = dict(
        sample_size=8,
        in_channels=4,
        out_channels=4,
        layers_per_block=1,
        block_out_channels=(8, 16),
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=16,
        norm_num_groups=4,
        attention_head_dim=2,
    )
    cfg.update(extra)
    return UNet2DConditionModel(**cfg).eval()


SCHED = dict(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear", steps_offset=1)


def build_sd(out: Path):
    """Stable Diffusion 1.x-style pipeline, saved to ``out``."""
    import torch
    from diffusers import EulerDiscreteScheduler, StableDiffusionPipeline

    torch.manual_seed(0)
    tokenizer = _tokenizer(out / "tokenizer", "<|endoftext|>")
    pipe = StableDiffusionPipeline(
        vae=_vae(),
        text_encoder=_text_encoder(tokenizer),
        tokenizer=tokenizer,
        unet=_unet(),
        scheduler=EulerDiscreteScheduler(**SCHED, timestep_spacing="leading"),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.save_pretrained(str(out))
    return pipe


def build_lcm(out: Path):
    """Latent consistency pipeline (unet with a guidance-embedding input)."""
    import torch
    from diffusers import LatentConsistencyModelPipeline, LCMScheduler

    torch.manual_seed(1)
    tokenizer = _tokenizer(out / "tokenizer", "<|endoftext|>")
    pipe = LatentConsistencyModelPipeline(
        vae=_vae(),
        text_encoder=_text_encoder(tokenizer),
        tokenizer=tokenizer,
        unet=_unet(time_cond_proj_dim=32),
        scheduler=LCMScheduler(**SCHED),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.save_pretrained(str(out))
    return pipe


def build_sdxl(out: Path):
    """SDXL pipeline: two text encoders (the second projected), text_embeds and time_ids."""
    import torch
    from diffusers import EulerAncestralDiscreteScheduler, StableDiffusionXLPipeline

    torch.manual_seed(2)
    tok1 = _tokenizer(out / "tokenizer", "<|endoftext|>")
    tok2 = _tokenizer(out / "tokenizer_2", "!")
    unet = _unet(
        cross_attention_dim=32,
        addition_embed_type="text_time",
        addition_time_embed_dim=4,
        projection_class_embeddings_input_dim=6 * 4 + 16,
        use_linear_projection=True,
    )
    pipe = StableDiffusionXLPipeline(
        vae=_vae(0.13025),
        text_encoder=_text_encoder(tok1),
        text_encoder_2=_text_encoder(tok2, True),
        tokenizer=tok1,
        tokenizer_2=tok2,
        unet=unet,
        scheduler=EulerAncestralDiscreteScheduler(**SCHED, timestep_spacing="trailing"),
        force_zeros_for_empty_prompt=True,
        add_watermarker=False,
    )
    pipe.save_pretrained(str(out))
    return pipe


def export(pipe, folder: Path, generation: int) -> None:
    """Export ``pipe``'s parts into ``folder`` in the hub layout of optimum ``generation`` 1 or 2."""
    import torch

    old = generation == 1
    sdxl = hasattr(pipe, "text_encoder_2")
    lcm = pipe.unet.config.time_cond_proj_dim is not None
    if folder.exists():
        shutil.rmtree(folder)
    for part in ("unet", "vae_decoder", "vae_encoder", "scheduler"):
        (folder / part).mkdir(parents=True)

    class TextEncoder(torch.nn.Module):
        def __init__(self, model, projection: bool):
            super().__init__()
            self.model, self.projection = model, projection

        def forward(self, input_ids):
            out = self.model(input_ids=input_ids.long(), output_hidden_states=sdxl)
            first = out.text_embeds if self.projection else out.last_hidden_state
            second = out.last_hidden_state if self.projection else out.pooler_output
            return (first, second, *(out.hidden_states if sdxl else ()))

    class Unet(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, sample, timestep, encoder_hidden_states, *extra):
            # as optimum's export patch does: a scalar (or [1]) timestep serves the whole batch
            timestep = timestep.reshape(1).expand(sample.shape[0])
            kw = {}
            if sdxl:
                kw["added_cond_kwargs"] = {"text_embeds": extra[0], "time_ids": extra[1]}
            if lcm:
                kw["timestep_cond"] = extra[0]
            return self.model(sample, timestep, encoder_hidden_states, return_dict=False, **kw)[0]

    class Decoder(torch.nn.Module):
        def __init__(self, vae):
            super().__init__()
            self.vae = vae

        def forward(self, latent_sample):
            return self.vae.decode(latent_sample, return_dict=False)[0]

    class Encoder(torch.nn.Module):
        def __init__(self, vae, sample_inside: bool):
            super().__init__()
            self.vae, self.sample_inside = vae, sample_inside

        def forward(self, sample):
            if self.sample_inside:
                return self.vae.encode(sample).latent_dist.sample()
            return self.vae.quant_conv(self.vae.encoder(sample))

    kw = {"opset_version": 14 if old else 17, "dynamo": False, "do_constant_folding": True}
    ids = torch.zeros(1, 77, dtype=torch.int32 if old else torch.int64)
    encoders = [("text_encoder", "tokenizer", pipe.text_encoder, False)]
    if sdxl:
        encoders.append(("text_encoder_2", "tokenizer_2", pipe.text_encoder_2, True))
    with torch.no_grad():
        for part, tok, model, projection in encoders:
            (folder / part).mkdir(parents=True)
            names = (
                ["text_embeds", "last_hidden_state"] if projection else ["last_hidden_state", "pooler_output"]
            )
            if sdxl:
                names += [f"hidden_states.{i}" for i in range(model.config.num_hidden_layers + 1)]
            torch.onnx.export(
                TextEncoder(model, projection),
                (ids,),
                str(folder / part / "model.onnx"),
                input_names=["input_ids"],
                output_names=names,
                dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}},
                **kw,
            )
            (folder / part / "config.json").write_text(model.config.to_json_string())
            shutil.copytree(Path(getattr(pipe, tok).name_or_path), folder / tok)
        t = torch.tensor([999], dtype=torch.int64) if old else torch.tensor(999.0)
        ctx = pipe.unet.config.cross_attention_dim
        args = [torch.randn(2, 4, 8, 8), t, torch.randn(2, 77, ctx)]
        names = ["sample", "timestep", "encoder_hidden_states"]
        if sdxl:
            args += [torch.randn(2, 16), torch.randn(2, 6)]
            names += ["text_embeds", "time_ids"]
        if lcm:
            args.append(torch.randn(2, pipe.unet.config.time_cond_proj_dim))
            names.append("timestep_cond")
        dyn = {
            "sample": {0: "batch", 2: "height", 3: "width"},
            "encoder_hidden_states": {0: "batch", 1: "sequence"},
        }
        dyn.update({n: {0: "batch"} for n in names[3:]})
        torch.onnx.export(
            Unet(pipe.unet),
            tuple(args),
            str(folder / "unet" / "model.onnx"),
            input_names=names,
            output_names=["out_sample"],
            dynamic_axes=dyn,
            **kw,
        )
        torch.onnx.export(
            Decoder(pipe.vae),
            (torch.randn(1, 4, 8, 8),),
            str(folder / "vae_decoder" / "model.onnx"),
            input_names=["latent_sample"],
            output_names=["sample"],
            dynamic_axes={"latent_sample": {0: "batch", 2: "height", 3: "width"}},
            **kw,
        )
        torch.onnx.export(
            Encoder(pipe.vae, old),
            (torch.randn(1, 3, 64, 64),),
            str(folder / "vae_encoder" / "model.onnx"),
            input_names=["sample"],
            output_names=["latent_sample" if old else "latent_parameters"],
            dynamic_axes={"sample": {0: "batch", 2: "height", 3: "width"}},
            **kw,
        )
    (folder / "unet" / "config.json").write_text(json.dumps(dict(pipe.unet.config), indent=1))
    for part in ("vae_decoder", "vae_encoder"):
        (folder / part / "config.json").write_text(json.dumps(dict(pipe.vae.config), indent=1))
    sched_cls = type(pipe.scheduler).__name__
    (folder / "scheduler" / "scheduler_config.json").write_text(
        json.dumps({"_class_name": sched_cls, **dict(pipe.scheduler.config)}, indent=1)
    )
    if old and not lcm:
        index = {
            "_class_name": "OnnxStableDiffusionPipeline",
            "_diffusers_version": "0.6.0",
            **{
                p: ["diffusers", "OnnxRuntimeModel"]
                for p in ("text_encoder", "unet", "vae_decoder", "vae_encoder")
            },
            "tokenizer": ["transformers", "CLIPTokenizer"],
            "scheduler": ["diffusers", sched_cls],
        }
    else:
        index = {
            "_class_name": type(pipe).__name__,
            "_diffusers_version": "0.30.0",
            "unet": ["diffusers", "UNet2DConditionModel"],
            "vae": ["diffusers", "AutoencoderKL"],
            "scheduler": ["diffusers", sched_cls],
        }
        for part, tok, model, _ in encoders:
            index[part] = ["transformers", type(model).__name__]
            index[tok] = ["transformers", "CLIPTokenizer"]
        if sdxl:
            index["force_zeros_for_empty_prompt"] = True
    (folder / "model_index.json").write_text(json.dumps(index, indent=1))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    if out.exists():
        shutil.rmtree(out)
    sd = build_sd(out / "torch")
    export(sd, out / "onnx-optimum1", 1)
    export(sd, out / "onnx-optimum2", 2)
    export(build_lcm(out / "torch-lcm"), out / "onnx-lcm", 1)
    export(build_sdxl(out / "torch-sdxl"), out / "onnx-sdxl", 2)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"{out}: {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
