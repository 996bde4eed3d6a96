"""HybridStudio: local, transparent AI + craft image making for art schools and print workshops."""

__version__ = "0.1.0"
