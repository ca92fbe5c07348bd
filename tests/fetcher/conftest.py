"""Fixtures of the fetch tests: a live server on 127.0.0.1 and options that may reach it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from syndicate import FetchOptions
from tests.fetcher.server import LocalServer

_CONNECT = socket.socket.connect
_CREATE_CONNECTION = socket.create_connection


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    # the extraction benchmarks' loaders turn sockets off for the rest of the process; these
    # tests need them for 127.0.0.1
    monkeypatch.setattr(socket.socket, "connect", _CONNECT)
    monkeypatch.setattr(socket, "create_connection", _CREATE_CONNECTION)
    with LocalServer() as running:
        yield running


@pytest.fixture
def options() -> FetchOptions:
    """Private hosts allowed (the server is on 127.0.0.1), no delays, no cache."""
    return FetchOptions(allow_private_hosts=True, per_host_delay=0.0, backoff=0.0)


@pytest.fixture
def cached(tmp_path: Path) -> FetchOptions:
    """As ``options``, with a cache file."""
    return FetchOptions(
        allow_private_hosts=True, per_host_delay=0.0, backoff=0.0, cache=tmp_path / "cache.sqlite"
    )
