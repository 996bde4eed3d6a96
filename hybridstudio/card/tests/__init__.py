"""Tests of hybridstudio.card."""
