"""``python -m hybridstudio``: the same as the ``hybridstudio`` command."""

from .cli import entry

entry()
