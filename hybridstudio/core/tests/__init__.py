"""Tests of hybridstudio.core."""
