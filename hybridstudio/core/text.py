"""Text from files shown on a terminal: control characters (ANSI escape sequences that could move
the cursor, rewrite the screen or set the window title, and bidirectional overrides that reorder
what is shown) are made visible as ``\\x1b``-style escapes instead of being obeyed."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and Unicode bidi embeddings/overrides/isolates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _escape(m: re.Match[str]) -> str:
    c = ord(m.group())
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


def sanitise(text: object, one_line: bool = False) -> str:
    """``text`` safe to print: control characters escaped; ``one_line`` also turns line breaks
    and tabs into spaces (error messages are one line)."""
    s = str(text)
    if one_line:
        s = " ".join(s.split())
    return _UNSAFE.sub(_escape, s)
