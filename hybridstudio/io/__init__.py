"""Reading and writing files: images with colour profiles, bit depth and provenance."""
