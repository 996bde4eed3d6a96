"""The school GPU server: HybridStudio's own engine (generation, upscaling, whole recipes) served to
a class over HTTP with Ray Serve, and the client the CLI and the app use to reach it.

Only :mod:`.deployments` and :mod:`.cli` (``hybridstudio serve``) import Ray; the client side
(:mod:`.client`, :mod:`.remote`) needs nothing beyond the standard library, so students' laptops do
not install the ``server`` extra.
"""
