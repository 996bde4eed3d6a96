"""The catalogue's diffusion manifests against what the real exporter writes: their ``include``
patterns take every file of a full-size optimum-onnx export (external data ``model.onnx_data``)
and the older exporters' weight files, and nothing HybridStudio does not run; their download size
and memory are not below what the same architecture weighs in fp32."""

from __future__ import annotations

from fnmatch import fnmatch

import pytest

from hybridstudio.models.catalogue import all_manifests
from hybridstudio.testing.diffusion import script

DIFFUSION = sorted(
    k for k, m in all_manifests().items() if m.kind == "diffusion" and m.include and m.id != "taesd"
)
SD15_CLASS = ("sd15", "lcm-dreamshaper-v7")  # same UNet, CLIP ViT-L/14 and VAE at full size


def _taken(manifest, rel: str) -> bool:
    return any(fnmatch(rel, pat) for pat in manifest.include)


@pytest.fixture(scope="module")
def export_files() -> dict[str, int]:
    folder = script("export_real_architectures").ensure("sd15") / "onnx"
    return {p.relative_to(folder).as_posix(): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("model_id", DIFFUSION)
def test_include_takes_every_exported_file_and_nothing_unused(export_files, model_id):
    m = all_manifests()[model_id]
    assert "unet/model.onnx_data" in export_files  # optimum-onnx's name for the external data
    assert [f for f in export_files if not _taken(m, f)] == []
    for other in (
        "unet/weights.pb",
        "unet/model.onnx.data",
        "text_encoder_2/model.onnx",
        "text_encoder_2/model.onnx_data",
        "tokenizer_2/merges.txt",
        "vae_encoder/weights.pb",
    ):
        assert _taken(m, other), other
    for unused in (
        "safety_checker/model.onnx",
        "safety_checker/weights.pb",
        "feature_extractor/preprocessor_config.json",
    ):
        assert not _taken(m, unused), unused


@pytest.mark.parametrize("model_id", SD15_CLASS)
def test_size_and_memory_cover_the_fp32_architecture(export_files, model_id):
    m = all_manifests()[model_id]
    assert m.diffusion.get("precision") == "fp32"
    weights = sum(export_files.values())
    assert weights > 4_000_000_000
    assert m.size_bytes >= weights
    # onnxruntime holds every part's weights at once unless low-memory mode is on
    assert m.memory["ram_gb"] * 1e9 >= weights
