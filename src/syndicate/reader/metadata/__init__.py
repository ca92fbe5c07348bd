"""Metadata sources (one module each, all reading the same parsed tree) and their merge."""
