"""Tests of the whole program: layers, safety, installers, French."""
