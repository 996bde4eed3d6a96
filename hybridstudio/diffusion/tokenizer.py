"""CLIP's byte-level BPE tokenizer, read from a model's own ``tokenizer/`` folder.

Built with the ``tokenizers`` library from ``vocab.json`` + ``merges.txt`` (or ``tokenizer.json``
when the folder has one), with CLIP's normalisation (NFC, whitespace runs to one space,
lower case), its word-splitting pattern and ``</w>`` end-of-word marks, so it gives the ids that
transformers' ``CLIPTokenizer`` gives — the tokenizer diffusers uses. The pad token and maximum
length come from ``special_tokens_map.json`` / ``tokenizer_config.json``: SD 2.x and SD-Turbo pad
with "!" (id 0), SD 1.5 pads with ``<|endoftext|>``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.errors import ModelError

#: CLIP's pre-tokenisation: special tokens, English contractions, letter runs, single digits,
#: runs of other non-space characters (OpenAI CLIP's ``simple_tokenizer`` pattern).
_SPLIT = (
    r"<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]"
    r"|[^\s\p{L}\p{N}]+"
)


def _token_text(value) -> str | None:
    """special_tokens_map.json writes tokens as a string or as {"content": ...}."""
    if isinstance(value, dict):
        value = value.get("content")
    return value if isinstance(value, str) else None


def _added(value):
    """A tokenizers AddedToken from a special_tokens_map/tokenizer_config entry (str or dict)."""
    from tokenizers import AddedToken  # lazy: loads tokenizers only when _added() runs

    if isinstance(value, str):
        return AddedToken(value, special=True, normalized=False)
    if isinstance(value, dict) and isinstance(value.get("content"), str):
        return AddedToken(
            value["content"],
            special=True,
            normalized=bool(value.get("normalized", False)),
            lstrip=bool(value.get("lstrip", False)),
            rstrip=bool(value.get("rstrip", False)),
            single_word=bool(value.get("single_word", False)),
        )
    return None


@dataclass
class Tokenized:
    """Padded ids for a batch of prompts, and where each over-long prompt was cut."""

    ids: np.ndarray  # int64 [batch, max_length]
    truncated: list[str | None]  # per prompt: None, or a message saying which words were dropped


class ClipTokenizer:
    """Tokenise prompts into fixed-length id rows for a CLIP text encoder."""

    def __init__(self, folder: str | Path):
        # lazy: loads tokenizers only when __init__() runs
        from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
        from tokenizers.models import BPE

        self.folder = Path(folder)
        special = self._json("special_tokens_map.json", required=False)
        config = self._json("tokenizer_config.json", required=False)
        bos = (
            _token_text(special.get("bos_token")) or _token_text(config.get("bos_token")) or "<|startoftext|>"
        )
        eos = _token_text(special.get("eos_token")) or _token_text(config.get("eos_token")) or "<|endoftext|>"
        unk = _token_text(special.get("unk_token")) or _token_text(config.get("unk_token")) or eos
        pad = _token_text(special.get("pad_token")) or _token_text(config.get("pad_token")) or eos
        full = self.folder / "tokenizer.json"
        try:
            if full.is_file():
                tok = Tokenizer.from_file(str(full))
            else:
                vocab, merges = self.folder / "vocab.json", self.folder / "merges.txt"
                for f in (vocab, merges):
                    if not f.is_file():
                        raise ModelError(
                            f"{f}: missing (the CLIP tokenizer needs vocab.json and "
                            "merges.txt, or tokenizer.json)"
                        )
                model = BPE.from_file(
                    str(vocab),
                    str(merges),
                    continuing_subword_prefix="",
                    end_of_word_suffix="</w>",
                    fuse_unk=False,
                    unk_token=unk,
                )
                tok = Tokenizer(model)
                tok.normalizer = normalizers.Sequence(
                    [normalizers.NFC(), normalizers.Replace(Regex(r"\s+"), " "), normalizers.Lowercase()]
                )
                tok.pre_tokenizer = pre_tokenizers.Sequence(
                    [
                        pre_tokenizers.Split(Regex(_SPLIT), behavior="removed", invert=True),
                        pre_tokenizers.ByteLevel(add_prefix_space=False),
                    ]
                )
                tok.decoder = decoders.ByteLevel()
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - tokenizers raises plain Exception subclasses
            raise ModelError(f"{self.folder}: the tokenizer files cannot be read ({exc})") from exc
        # transformers registers the special tokens (and tokenizer_config's added tokens) as whole
        # tokens: a "!" pad token (SD 2.x) is then always one token, never a word piece "!</w>"
        base_vocab = tok.get_vocab(with_added_tokens=False)
        for name in (bos, eos, pad):
            if not full.is_file() and name not in base_vocab:
                raise ModelError(f"{self.folder}: the special token {name!r} is not in vocab.json")
        added = [_added(v) for v in config.get("added_tokens_decoder", {}).values()]
        added += [
            _added(special.get(k) or config.get(k))
            for k in ("bos_token", "eos_token", "unk_token", "pad_token")
        ]
        tok.add_special_tokens([a for a in added if a is not None])
        ids: dict[str, int] = {}
        for name in (bos, eos, pad):
            tid = tok.token_to_id(name)
            if tid is None:
                raise ModelError(f"{self.folder}: the special token {name!r} is not in the vocabulary")
            ids[name] = tid
        self.bos_id, self.eos_id, self.pad_id = ids[bos], ids[eos], ids[pad]
        self.pad_token = pad
        tok.post_processor = processors.RobertaProcessing(
            (eos, self.eos_id), (bos, self.bos_id), trim_offsets=False, add_prefix_space=False
        )
        tok.no_truncation()
        tok.no_padding()
        self._tok = tok
        limit = config.get("model_max_length")
        # transformers writes a huge sentinel when a tokenizer has no limit: CLIP's is 77
        self.max_length = int(limit) if isinstance(limit, (int, float)) and 0 < limit < 100_000 else 77
        self.vocab_size = tok.get_vocab_size()

    def _json(self, name: str, required: bool) -> dict:
        path = self.folder / name
        if not path.is_file():
            if required:
                raise ModelError(f"{path}: missing")
            return {}
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ModelError(f"{path}: not valid JSON ({exc})") from exc

    def ids(self, text: str) -> list[int]:
        """The ids of one prompt with start and end tokens, not truncated, not padded."""
        return self._tok.encode(text).ids

    def __call__(self, prompts: list[str], max_length: int | None = None) -> Tokenized:
        """Pad or cut every prompt to ``max_length`` ids (start + words + end + pads), as
        transformers does with ``padding="max_length", truncation=True``."""
        n = max_length or self.max_length
        rows = np.full((len(prompts), n), self.pad_id, dtype=np.int64)
        notes: list[str | None] = []
        for i, (text, enc) in enumerate(zip(prompts, self._tok.encode_batch(list(prompts)), strict=False)):
            ids = enc.ids
            note = None
            if len(ids) > n:
                keep = n - 2  # room for the start and end tokens
                start = enc.offsets[keep + 1][0]  # first dropped word piece (index 0 is the start token)
                dropped = text[start:].strip()
                kept_tail = text[:start].rstrip()[-30:]
                note = (
                    f"the prompt is {len(ids) - 2} tokens long and the model reads {keep}: "
                    f"everything after “…{kept_tail}” was left out (“{_clip(dropped, 60)}”)"
                )
                ids = ids[: keep + 1] + [self.eos_id]
            rows[i, : len(ids)] = ids
            notes.append(note)
        return Tokenized(rows, notes)


def _clip(text: str, n: int) -> str:
    """``text``, or its start and end around an ellipsis when longer than ``n``."""
    if len(text) <= n:
        return text
    head = (2 * n) // 3
    return text[:head].rstrip() + " … " + text[-(n - head - 3) :].lstrip()
