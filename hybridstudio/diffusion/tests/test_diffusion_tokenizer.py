"""Our CLIP tokenizer against transformers' CLIPTokenizer (what diffusers uses), on the same
tokenizer folders: a real CLIP-format BPE trained by scripts/make_tiny_diffusion.py, padded with
<|endoftext|> (SD 1.5, SDXL tokenizer 1) and with "!" (SD 2.x, SD-Turbo, SDXL tokenizer 2)."""

from __future__ import annotations

import json

import pytest

from hybridstudio.core.errors import ModelError
from hybridstudio.diffusion.tokenizer import ClipTokenizer
from hybridstudio.testing.diffusion import tiny_tokenizer

transformers = pytest.importorskip("transformers")

PROMPTS = [
    "a screenprint poster of a lighthouse at dusk, two colours",
    "une affiche sérigraphiée d'un phare au crépuscule, deux couleurs",
    "L'ÉTÉ où la mère s'arrête : « génial » ! naïve, émue — Noël à Orléans",
    "NFD accents: e\u0301te\u0301 vs été, ﬁ ligature, ＦＵＬＬ width, Straße",
    "don't stop; it's we're they've I'm we'll he'd",
    "  many   spaces\tand\nnewlines\r\n  ",
    "emoji 🎨🖌️ and symbols ©®™ § ¶ ° ± µ ½ ¾ →",
    "!!! wow!! what?! ... ,,, ''",
    "numbers 1234567 3.14 1/2 2026-11-26",
    "<|startoftext|> inner special <|endoftext|> tokens",
    "",
    "riso " * 90,
    (
        "une très longue description d'une gravure en taille-douce, avec des tailles croisées, "
        "des hachures, un fond aquatinté, des réserves au vernis, une morsure profonde, "
    )
    * 3,
    "日本語のプロンプト、中文提示词, ελληνικά, русский текст, العربية",
]


@pytest.fixture(scope="module", params=["<|endoftext|>", "!"], ids=["pad-eos", "pad-bang"])
def folder(request, tmp_path_factory):
    return tiny_tokenizer(tmp_path_factory.mktemp("tok"), request.param)


@pytest.mark.parametrize("prompt", PROMPTS, ids=[f"p{i}" for i in range(len(PROMPTS))])
def test_ids_equal_transformers(folder, prompt):
    ref = transformers.CLIPTokenizer.from_pretrained(str(folder))
    ours = ClipTokenizer(folder)
    expected = ref(prompt, padding="max_length", max_length=ref.model_max_length, truncation=True).input_ids
    got = ours([prompt]).ids[0].tolist()
    assert got == expected
    assert ours.pad_id == ref.pad_token_id
    assert ours.max_length == ref.model_max_length == 77


def test_batch_equals_single(folder):
    ours = ClipTokenizer(folder)
    batch = ours(PROMPTS[:4]).ids
    for i, p in enumerate(PROMPTS[:4]):
        assert (batch[i] == ours([p]).ids[0]).all()


def test_truncation_says_where(folder):
    ours = ClipTokenizer(folder)
    prompt = "a woodcut of a harbour, " * 8 + "SENTINEL words at the very end"
    out = ours([prompt, "short"])
    note = out.truncated[0]
    assert out.truncated[1] is None
    assert note is not None and "reads 75" in note
    assert "SENTINEL" in note  # the dropped words are quoted
    assert out.ids.shape == (2, 77)
    assert out.ids[0, -1] == ours.eos_id  # the end token is kept after the cut


def test_missing_files_named(tmp_path):
    folder = tiny_tokenizer(tmp_path / "t", "!")
    (folder / "merges.txt").unlink()
    with pytest.raises(ModelError, match="merges.txt"):
        ClipTokenizer(folder)


def test_pad_token_not_in_vocab_named(tmp_path):
    folder = tiny_tokenizer(tmp_path / "t", "!")
    vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
    special = json.loads((folder / "special_tokens_map.json").read_text(encoding="utf-8"))
    special["pad_token"] = "<pad-missing>"
    assert "<pad-missing>" not in vocab
    (folder / "special_tokens_map.json").write_text(json.dumps(special), encoding="utf-8")
    # transformers would add an unknown pad token as a new id the text encoder never saw
    with pytest.raises(ModelError, match="<pad-missing>"):
        ClipTokenizer(folder)


def test_tokenizer_json_folder(folder, tmp_path):
    """A folder that ships tokenizer.json (as transformers saves it) is read from that file."""
    ref = transformers.CLIPTokenizer.from_pretrained(str(folder))
    saved = tmp_path / "saved"
    ref.save_pretrained(str(saved))
    assert (saved / "tokenizer.json").is_file()  # transformers 5 writes only this file
    ours = ClipTokenizer(saved)
    reloaded = transformers.CLIPTokenizer.from_pretrained(str(saved))
    for prompt in PROMPTS:
        expected = reloaded(prompt, padding="max_length", max_length=77, truncation=True).input_ids
        assert ours([prompt]).ids[0].tolist() == expected
