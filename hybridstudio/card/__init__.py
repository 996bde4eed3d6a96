"""The process card: one printable page that tells how an output was made (see render.py)."""

from .render import render_card

__all__ = ["render_card"]
