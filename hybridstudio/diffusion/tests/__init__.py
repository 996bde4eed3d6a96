"""Tests of hybridstudio.diffusion."""
