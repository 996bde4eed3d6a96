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

The output is committed under ``tests/data/diffusers-tiny/`` (about 2 MB) so that the tests compare
HybridStudio's pipeline with diffusers' own on real exported graphs without exporting again.

Usage: ``python scripts/export_diffusers_tiny.py [OUT_DIR]``.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "diffusers-tiny"


def _builder():
    spec = importlib.util.spec_from_file_location("make_tiny_diffusion", ROOT / "scripts" /
                                                  "make_tiny_diffusion.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build_torch(out: Path):
    import torch
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    torch.manual_seed(0)
    tok_dir = out / "torch" / "tokenizer"
    _builder().write_clip_tokenizer(tok_dir, pad_token="<|endoftext|>")
    tokenizer = CLIPTokenizer.from_pretrained(str(tok_dir))
    text_cfg = CLIPTextConfig(vocab_size=len(tokenizer), hidden_size=16, intermediate_size=32,
                              num_hidden_layers=2, num_attention_heads=2, max_position_embeddings=77,
                              bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
                              pad_token_id=tokenizer.pad_token_id, projection_dim=16)
    text_encoder = CLIPTextModel(text_cfg).eval()
    unet = UNet2DConditionModel(
        sample_size=8, in_channels=4, out_channels=4, layers_per_block=1, block_out_channels=(8, 16),
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"), cross_attention_dim=16,
        norm_num_groups=4, attention_head_dim=2).eval()
    vae = AutoencoderKL(in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 4,
                        up_block_types=("UpDecoderBlock2D",) * 4, block_out_channels=(4, 4, 4, 4),
                        layers_per_block=1, latent_channels=4, norm_num_groups=2,
                        sample_size=64).eval()
    scheduler = EulerDiscreteScheduler(beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear",
                                       steps_offset=1, timestep_spacing="leading")
    pipe = StableDiffusionPipeline(vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
                                   scheduler=scheduler, safety_checker=None, feature_extractor=None,
                                   requires_safety_checker=False)
    pipe.save_pretrained(str(out / "torch"))
    return pipe


def export(pipe, folder: Path, generation: int) -> None:
    import torch

    old = generation == 1
    opset = 14 if old else 17
    if folder.exists():
        shutil.rmtree(folder)
    for part in ("text_encoder", "unet", "vae_decoder", "vae_encoder", "scheduler"):
        (folder / part).mkdir(parents=True)
    shutil.copytree(Path(pipe.tokenizer.name_or_path), folder / "tokenizer")

    class TextEncoder(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids):
            out = self.model(input_ids=input_ids.long())
            return out.last_hidden_state, out.pooler_output

    class Unet(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, sample, timestep, encoder_hidden_states):
            # as optimum's export patch does: a scalar (or [1]) timestep serves the whole batch
            timestep = timestep.reshape(1).expand(sample.shape[0])
            return self.model(sample, timestep, encoder_hidden_states, return_dict=False)[0]

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

    ids = torch.zeros(1, 77, dtype=torch.int32 if old else torch.int64)
    kw = {"opset_version": opset, "dynamo": False, "do_constant_folding": True}
    with torch.no_grad():
        torch.onnx.export(TextEncoder(pipe.text_encoder), (ids,), str(folder / "text_encoder" / "model.onnx"),
                          input_names=["input_ids"], output_names=["last_hidden_state", "pooler_output"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "sequence"}}, **kw)
        t = torch.tensor([999], dtype=torch.int64) if old else torch.tensor(999.0)
        torch.onnx.export(Unet(pipe.unet), (torch.randn(2, 4, 8, 8), t, torch.randn(2, 77, 16)),
                          str(folder / "unet" / "model.onnx"),
                          input_names=["sample", "timestep", "encoder_hidden_states"],
                          output_names=["out_sample"],
                          dynamic_axes={"sample": {0: "batch", 2: "height", 3: "width"},
                                        "encoder_hidden_states": {0: "batch", 1: "sequence"}}, **kw)
        torch.onnx.export(Decoder(pipe.vae), (torch.randn(1, 4, 8, 8),),
                          str(folder / "vae_decoder" / "model.onnx"), input_names=["latent_sample"],
                          output_names=["sample"],
                          dynamic_axes={"latent_sample": {0: "batch", 2: "height", 3: "width"}}, **kw)
        torch.onnx.export(Encoder(pipe.vae, old), (torch.randn(1, 3, 64, 64),),
                          str(folder / "vae_encoder" / "model.onnx"), input_names=["sample"],
                          output_names=["latent_sample" if old else "latent_parameters"],
                          dynamic_axes={"sample": {0: "batch", 2: "height", 3: "width"}}, **kw)
    (folder / "text_encoder" / "config.json").write_text(pipe.text_encoder.config.to_json_string())
    (folder / "unet" / "config.json").write_text(json.dumps(dict(pipe.unet.config), indent=1))
    for part in ("vae_decoder", "vae_encoder"):
        (folder / part / "config.json").write_text(json.dumps(dict(pipe.vae.config), indent=1))
    (folder / "scheduler" / "scheduler_config.json").write_text(
        json.dumps({"_class_name": "EulerDiscreteScheduler", **dict(pipe.scheduler.config)}, indent=1))
    if old:
        index = {"_class_name": "OnnxStableDiffusionPipeline", "_diffusers_version": "0.6.0",
                 **{p: ["diffusers", "OnnxRuntimeModel"] for p in
                    ("text_encoder", "unet", "vae_decoder", "vae_encoder")},
                 "tokenizer": ["transformers", "CLIPTokenizer"],
                 "scheduler": ["diffusers", "EulerDiscreteScheduler"]}
    else:
        index = {"_class_name": "StableDiffusionPipeline", "_diffusers_version": "0.30.0",
                 "text_encoder": ["transformers", "CLIPTextModel"],
                 "tokenizer": ["transformers", "CLIPTokenizer"],
                 "unet": ["diffusers", "UNet2DConditionModel"], "vae": ["diffusers", "AutoencoderKL"],
                 "scheduler": ["diffusers", "EulerDiscreteScheduler"]}
    (folder / "model_index.json").write_text(json.dumps(index, indent=1))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    if out.exists():
        shutil.rmtree(out)
    pipe = build_torch(out)
    export(pipe, out / "onnx-optimum1", 1)
    export(pipe, out / "onnx-optimum2", 2)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"{out}: {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
