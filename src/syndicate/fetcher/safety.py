"""Which URLs and addresses syndicate may connect to.

Only ``http``/``https`` URLs are fetched. Unless private hosts are allowed, the check on the
address is made where the connection is opened: the host name is resolved once, every address
it resolves to must be public (not loopback, private, link-local — which holds the cloud
metadata services at 169.254.169.254 —, shared, reserved, multicast or unspecified, also as
an IPv4-mapped IPv6 address), and the socket is connected to an address that was checked. So
the check holds for every redirect hop and cannot be dodged by a DNS answer that changes
between the check and the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from syndicate.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def check_url(url: str) -> str:
    """``url`` when it is an absolute http(s) URL with a host; else a ``FetchError``."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise FetchError(f"not a valid URL: {url!r:.200}", url=url, code="bad-url") from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise FetchError(f"only http(s) URLs are fetched: {url!r:.200}", url=url, code="bad-url")
    return url


def is_public(address: IPAddress) -> bool:
    """Whether ``address`` is a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


class PrivateAddressError(Exception):
    """Raised from inside the connection pool; turned into a ``FetchError`` by the client."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}, a non-public address")
        self.host = host


def public_addresses(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, all of them public; else ``PrivateAddressError``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    found: list[str] = []
    for *_, sockaddr in infos:
        text = str(sockaddr[0]).split("%", 1)[0]
        if not is_public(ipaddress.ip_address(text)):
            raise PrivateAddressError(host, text)
        if text not in found:
            found.append(text)
    return found


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, connecting only to checked public addresses."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in public_addresses(host, port):
            try:
                return self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:  # try the next address
                last = exc
        raise last or httpcore.ConnectError(f"cannot connect to {host}")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def transport(*, allow_private_hosts: bool, connections: int) -> httpx.HTTPTransport:
    """An httpx transport with no proxy from the environment; unless private hosts are
    allowed, its connections go through ``GuardedBackend``."""
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    made = httpx.HTTPTransport(limits=limits, trust_env=False)
    if not allow_private_hosts:
        # httpx has no option for the network backend: the pool is rebuilt with the same
        # settings and the guarded backend (httpx.HTTPTransport keeps it in ``_pool``).
        made._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=connections,
            max_keepalive_connections=connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(),
        )
    return made
