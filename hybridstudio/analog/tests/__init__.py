"""Tests of hybridstudio.analog."""
