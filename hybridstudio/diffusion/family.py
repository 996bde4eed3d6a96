"""Diffusion model families: what a kind of model needs, declared once.

A family says how many text encoders the model has and which of their outputs it reads, whether
the unet takes SDXL's size conditioning or LCM's embedded guidance scale, the VAE's latent scale,
the image size it was trained at and the steps, guidance and scheduler that suit it. The pipeline
reads these attributes and never tests a family's name, so supporting a new kind of model is one
entry in :data:`FAMILIES`.

A model folder is matched to its family by :func:`detect`, from the pipeline class in
``model_index.json``, the unet's ``config.json`` and the folder's name (for the distilled
"Turbo" models, which share their base model's architecture).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TextEncoder:
    """One text encoder of a family and what the pipeline takes from it."""

    part: str  # the model folder's subfolder: text_encoder, text_encoder_2
    tokenizer: str  # its tokenizer's subfolder
    #: "last": the output ``last_hidden_state``; "penultimate": ``hidden_states.N``, the layer
    #: before last (SDXL)
    layer: str = "last"
    #: also gives the pooled, projected prompt embedding (output ``text_embeds``, SDXL's second)
    pooled: bool = False
    #: why a folder without it cannot run (the error names it)
    why: str = "the text encoder turns the prompt into embeddings"


@dataclass(frozen=True)
class Family:
    """A kind of diffusion model: its architecture and the settings that suit it."""

    id: str  # written in process records ("family")
    label: str
    #: the base architecture a catalogue manifest names in ``[diffusion] family``
    architecture: str
    #: model_index.json ``_class_name`` values (diffusers, optimum, the diffusers ONNX converter)
    pipelines: tuple[str, ...]
    text_encoders: tuple[TextEncoder, ...]
    #: width of the text embeddings the unet reads (unet config ``cross_attention_dim``)
    cross_attention_dim: int
    #: VAE latent scale, when the VAE's config.json does not say (``scaling_factor``)
    latent_scale: float
    #: image side it was trained at, when the unet's config.json does not say (``sample_size``)
    native_size: int
    #: the unet takes SDXL's pooled prompt (``text_embeds``) and size conditioning (``time_ids``)
    time_ids: bool = False
    #: > 0: the unet takes the guidance scale as an embedding of this width (LCM's
    #: ``timestep_cond``, used when neither the graph nor the unet config gives the width)
    #: instead of running classifier-free guidance
    guidance_embedding_dim: int = 0
    #: an empty negative prompt is fed as zeros, not encoded (SDXL's force_zeros_for_empty_prompt)
    zero_empty_negative: bool = False
    #: adversarially distilled (SD-Turbo, SDXL-Turbo): "turbo" in the folder or hub name
    distilled: bool = False
    #: our scheduler when HybridStudio lacks the one in the model's scheduler_config.json
    scheduler: str = "euler"
    steps: int = 25
    guidance: float = 7.5
    #: img2img schedules steps / strength steps so that the usual number runs (not LCM: its
    #: schedule already spreads the few steps it runs over the strength)
    img2img_stretch_steps: bool = True
    #: what the unet predicts, when scheduler_config.json does not say (``prediction_type``)
    prediction_type: str = "epsilon"

    @property
    def guidance_embedding(self) -> bool:
        """The guidance scale goes into the unet (LCM) instead of classifier-free guidance."""
        return self.guidance_embedding_dim > 0

    @property
    def tokenizers(self) -> tuple[str, ...]:
        return tuple(e.tokenizer for e in self.text_encoders)

    def encoder(self, part: str) -> TextEncoder | None:
        """The text encoder declared for the folder's ``part`` (None: the family reads none)."""
        return next((e for e in self.text_encoders if e.part == part), None)


SD_PIPELINES = (
    "StableDiffusionPipeline",
    "OnnxStableDiffusionPipeline",
    "StableDiffusionImg2ImgPipeline",
    "OnnxStableDiffusionImg2ImgPipeline",
    "ORTStableDiffusionPipeline",
    "ORTStableDiffusionImg2ImgPipeline",
)
SDXL_PIPELINES = (
    "StableDiffusionXLPipeline",
    "StableDiffusionXLImg2ImgPipeline",
    "ORTStableDiffusionXLPipeline",
    "ORTStableDiffusionXLImg2ImgPipeline",
)
CLIP = (TextEncoder("text_encoder", "tokenizer"),)
SDXL_ENCODERS = (
    TextEncoder("text_encoder", "tokenizer", layer="penultimate"),
    TextEncoder(
        "text_encoder_2",
        "tokenizer_2",
        layer="penultimate",
        pooled=True,
        why="an SDXL unet (inputs text_embeds and time_ids) needs the second text encoder "
        "(CLIPTextModelWithProjection) and tokenizer_2/",
    ),
)

#: Every family HybridStudio runs; where a folder fits several equally, the first wins.
FAMILIES: tuple[Family, ...] = (
    Family(
        "sd15",
        QT_TRANSLATE_NOOP("families", "Stable Diffusion 1.x"),
        "sd15",
        SD_PIPELINES,
        CLIP,
        cross_attention_dim=768,
        latent_scale=0.18215,
        native_size=512,
    ),
    Family(
        "sd21",
        QT_TRANSLATE_NOOP("families", "Stable Diffusion 2.x"),
        "sd21",
        SD_PIPELINES,
        CLIP,
        cross_attention_dim=1024,
        latent_scale=0.18215,
        native_size=512,
    ),
    Family(
        "sd-turbo",
        QT_TRANSLATE_NOOP("families", "SD-Turbo"),
        "sd21",
        SD_PIPELINES,
        CLIP,
        cross_attention_dim=1024,
        latent_scale=0.18215,
        native_size=512,
        distilled=True,
        steps=1,
        guidance=0.0,
    ),
    Family(
        "lcm",
        QT_TRANSLATE_NOOP("families", "Latent Consistency Model"),
        "sd15",
        (
            "LatentConsistencyModelPipeline",
            "LatentConsistencyModelImg2ImgPipeline",
            "ORTLatentConsistencyModelPipeline",
        ),
        CLIP,
        cross_attention_dim=768,
        latent_scale=0.18215,
        native_size=512,
        guidance_embedding_dim=256,
        scheduler="lcm",
        steps=4,
        guidance=8.0,
        img2img_stretch_steps=False,
    ),
    Family(
        "sdxl",
        QT_TRANSLATE_NOOP("families", "Stable Diffusion XL"),
        "sdxl",
        SDXL_PIPELINES,
        SDXL_ENCODERS,
        cross_attention_dim=2048,
        latent_scale=0.13025,
        native_size=1024,
        time_ids=True,
        zero_empty_negative=True,
    ),
    Family(
        "sdxl-turbo",
        QT_TRANSLATE_NOOP("families", "SDXL-Turbo"),
        "sdxl",
        SDXL_PIPELINES,
        SDXL_ENCODERS,
        cross_attention_dim=2048,
        latent_scale=0.13025,
        native_size=512,
        time_ids=True,
        zero_empty_negative=True,
        distilled=True,
        steps=1,
        guidance=0.0,
    ),
)


def supported_text() -> str:
    """The families, for error messages."""
    return ", ".join(f.label for f in FAMILIES)


def by_id(family_id: str) -> Family:
    """The family with this id (KeyError if none)."""
    for f in FAMILIES:
        if f.id == family_id:
            return f
    raise KeyError(family_id)


def detect(class_name: str, unet_config: dict[str, Any], names: Iterable[str]) -> Family | None:
    """The family of a model folder, or None when no family runs its pipeline class.

    The unet's config decides the architecture (SDXL size conditioning: ``addition_embed_type =
    "text_time"``; LCM: ``time_cond_proj_dim``), else the pipeline class does; among the families
    of that architecture the one listing the class, distilled as the names say ("turbo") and
    reading text embeddings as wide as the unet's wins."""
    listed = [f for f in FAMILIES if class_name in f.pipelines]
    if not listed:
        return None
    time_ids = unet_config.get("addition_embed_type") == "text_time" or all(f.time_ids for f in listed)
    embedding = not time_ids and (
        bool(unet_config.get("time_cond_proj_dim")) or all(f.guidance_embedding for f in listed)
    )
    turbo = any("turbo" in n.lower() for n in names)
    width = unet_config.get("cross_attention_dim")

    def score(f: Family) -> int:
        return 4 * (class_name in f.pipelines) + 2 * (f.distilled == turbo) + (f.cross_attention_dim == width)

    same = [f for f in FAMILIES if f.time_ids == time_ids and f.guidance_embedding == embedding]
    return max(same, key=score)
