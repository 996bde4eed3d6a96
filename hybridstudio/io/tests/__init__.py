"""Tests of hybridstudio.io."""
