"""The demo's pictures, drawn with Pillow so the repository ships no binaries."""
