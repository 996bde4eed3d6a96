"""The HybridStudio desktop app (PySide6). The only package that imports Qt.

Modelled on napari and Krita AI Diffusion: the engine's pure models and pipelines underneath,
workers with progress and cancel in between, thin widgets on top.
"""
