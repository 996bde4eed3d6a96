"""Tests of hybridstudio.ui."""
