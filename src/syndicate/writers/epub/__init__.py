"""The EPUB 3 digest writer (package), split into pages, images, cover and packaging."""
