"""Tests of hybridstudio.film."""
