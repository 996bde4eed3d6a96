"""Tests of hybridstudio.commands."""
