"""Tests of hybridstudio.runtime."""
