"""Reading a response body within limits: bytes as they arrive, decompressed here with a cap
on the output of every step (a gzip or deflate bomb is cut at ``max_bytes`` of output, not
after it has filled memory), and a deadline checked between chunks."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable

from syndicate.errors import FetchError

ACCEPT_ENCODING = "gzip, deflate"
"""The content codings syndicate asks for and decodes itself."""
_STEP = 64 * 1024


class _Identity:
    unconsumed_tail = b""

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        return data

    def flush(self) -> bytes:
        return b""


def _decoder(coding: str, url: str) -> zlib._Decompress | _Identity:
    coding = coding.strip().lower()
    if coding in ("", "identity"):
        return _Identity()
    if coding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if coding == "deflate":
        return zlib.decompressobj(zlib.MAX_WBITS)  # zlib-wrapped, as RFC 9110 says
    raise FetchError(f"unsupported Content-Encoding {coding!r}", url=url, code="bad-encoding")


def read_body(
    chunks: Iterable[bytes],
    *,
    encoding: str,
    max_bytes: int,
    url: str,
    expired: Callable[[], bool],
) -> bytes:
    """The decoded body from raw ``chunks``; ``FetchError`` past ``max_bytes`` of decoded
    output (code ``too-large``), on a deadline (``timeout``) or on corrupt compressed data."""
    codings = [c for c in encoding.split(",") if c.strip()] or [""]
    if len(codings) > 1:
        raise FetchError(f"stacked Content-Encoding {encoding!r}", url=url, code="bad-encoding")
    decoder = _decoder(codings[0], url)
    out = bytearray()

    def take(piece: bytes) -> None:
        out.extend(piece)
        if len(out) > max_bytes:
            raise FetchError(f"body exceeds {max_bytes} bytes (decoded)", url=url, code="too-large")

    try:
        for chunk in chunks:
            if expired():
                raise FetchError("total time budget exhausted", url=url, code="timeout")
            data = chunk
            while data:
                take(decoder.decompress(data, _STEP))
                data = decoder.unconsumed_tail
        take(decoder.flush())
    except zlib.error as exc:
        raise FetchError(f"corrupt compressed body: {exc}", url=url, code="bad-encoding") from None
    return bytes(out)
