"""The executor's cache of intermediate results, bounded in bytes (least recently used goes first)."""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np


def hash_array(a: np.ndarray) -> str:
    """Content hash of an array (shape, dtype and bytes)."""
    h = hashlib.sha256()
    h.update(f"{a.shape}{a.dtype}".encode())
    h.update(np.ascontiguousarray(a).data)
    return h.hexdigest()


def chain_key(previous: str, kind: str, params: dict[str, Any], extra: str = "") -> str:
    """Key of a step's result: the previous key, the step kind, its parameters, and extra text."""
    blob = json.dumps({"p": previous, "k": kind, "a": params, "x": extra}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass
class CacheEntry:
    payload: Any
    record: Any  # the StepRecord of the run that produced it
    nbytes: int


class ResultCache:
    """Thread-safe LRU cache of step results with a byte budget. Counts hits and misses."""

    def __init__(self, limit_bytes: int = 2 << 30):
        self.limit_bytes = int(limit_bytes)
        self._items: OrderedDict[str, CacheEntry] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def size_bytes(self) -> int:
        return sum(e.nbytes for e in self._items.values())

    def get(self, key: str) -> CacheEntry | None:
        with self._lock:
            entry = self._items.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: str, payload: Any, record: Any) -> None:
        nbytes = int(payload.nbytes()) if hasattr(payload, "nbytes") else 0
        if nbytes > self.limit_bytes:
            return  # larger than the whole budget: not cached
        with self._lock:
            self._items[key] = CacheEntry(payload, record, nbytes)
            self._items.move_to_end(key)
            total = sum(e.nbytes for e in self._items.values())
            while total > self.limit_bytes and self._items:
                _, old = self._items.popitem(last=False)
                total -= old.nbytes

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
