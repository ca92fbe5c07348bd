"""Benchmarks: commands that print tables; never run by the default test suite."""
