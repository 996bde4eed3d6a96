"""Tests of hybridstudio.separation."""
