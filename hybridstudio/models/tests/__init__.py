"""Tests of hybridstudio.models."""
