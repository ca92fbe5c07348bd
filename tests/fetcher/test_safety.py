"""Private addresses are refused by default, on every hop; ``allow_private_hosts`` lifts it.

No test here sends a packet anywhere but 127.0.0.1: refused addresses are refused before any
connection is opened, and the redirect targets are other loopback addresses."""

from __future__ import annotations

import dataclasses
import ipaddress

import pytest

import syndicate
from syndicate import FetchError, FetchOptions
from syndicate.fetcher import safety
from tests.fetcher.server import LocalServer, Route, article_page


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.0.0.2",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata service
        "100.100.100.200",  # another metadata service, in shared address space
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fd00:ec2::254",  # AWS metadata over IPv6
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
    ],
)
def test_non_public_addresses(address: str) -> None:
    assert not safety.is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses(address: str) -> None:
    assert safety.is_public(ipaddress.ip_address(address))


def test_private_host_refused_by_default(server: LocalServer, options: FetchOptions) -> None:
    url = server.add("/a", Route(article_page(1)))
    strict = dataclasses.replace(options, allow_private_hosts=False)
    for target in (url, server.url("/a", host="localhost")):
        with pytest.raises(FetchError) as caught:
            syndicate.fetch(target, options=strict)
        assert caught.value.code == "private-address"
    assert server.requests == []  # not even robots.txt was asked for
    assert syndicate.fetch(url, options=options).body == article_page(1)


def test_redirect_to_a_private_address_is_refused(
    server: LocalServer, options: FetchOptions, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server stands in for a public host (only 127.0.0.1 passes the patched check); it
    redirects to other loopback names, which the guard must refuse at the second hop."""
    real = safety.is_public
    monkeypatch.setattr(safety, "is_public", lambda a: str(a) == "127.0.0.1" or real(a))
    strict = dataclasses.replace(options, allow_private_hosts=False, robots=False)
    targets = [f"http://127.0.0.2:{server.port}/secret", f"http://[::1]:{server.port}/secret"]
    for i, target in enumerate(targets):
        server.add(f"/go{i}", Route(status=302, headers={"Location": target}))
        with pytest.raises(FetchError) as caught:
            syndicate.fetch(server.url(f"/go{i}"), options=strict)
        assert caught.value.code == "private-address"
        assert server.count(f"/go{i}", 302) == 1
    assert server.count("/secret") == 0


def test_check_url() -> None:
    assert safety.check_url("https://example.com/a") == "https://example.com/a"
    for bad in ("http://", "http://[::1/", "gopher://example.com/", "http://example.com:99999/"):
        with pytest.raises(FetchError):
            safety.check_url(bad)
