"""Tests of hybridstudio.negative."""
