"""Tests of hybridstudio.credentials."""
