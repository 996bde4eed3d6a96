"""Every test's fixtures (isolated settings folders, the real models in ../shared)."""

pytest_plugins = ["hybridstudio.testing.fixtures"]
