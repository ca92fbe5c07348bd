"""Readers: turn input bytes into an ``Article``. Readers never import writers."""
