"""Tests of hybridstudio.server."""
