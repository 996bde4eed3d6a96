"""Tests of hybridstudio.screening."""
