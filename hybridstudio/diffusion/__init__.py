"""Local image generation with ONNX diffusion models (Stable Diffusion 1.x/2.x, SD-Turbo, LCM,
SDXL/SDXL-Turbo) in the Hugging Face ONNX folder layout, both optimum export generations.

Modules:
- :mod:`.layout` — reads and checks a model folder (model_index.json, parts, configs).
- :mod:`.tokenizer` — CLIP BPE from the model's own tokenizer files (equals transformers').
- :mod:`.schedulers` — Euler, Euler ancestral, DDIM, LCM, DPM++ 2M in numpy, configured as
  diffusers configures them.
- :mod:`.graphs` — one ONNX part with its declared inputs/outputs; sessions from a factory
  (normally :mod:`hybridstudio.runtime`), IOBinding on GPUs.
- :mod:`.encoder_noise` — seeds the older VAE encoders that sample inside the graph.
- :mod:`.pipeline` — txt2img / img2img, guidance, batch, seeds, previews, cancel, low memory.
- :mod:`.preview` — cheap linear latent→RGB previews.
- :mod:`.job` — catalogue lookup, provenance, step-context wiring; :mod:`.cli` — `hybridstudio
  generate`.
"""
