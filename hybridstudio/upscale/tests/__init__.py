"""Tests of hybridstudio.upscale."""
