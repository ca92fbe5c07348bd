"""Image bytes for the book: from the caller's fetcher, checked and optionally
downscaled with Pillow. An image that cannot be had is reported as missing,
so the page shows its caption instead of a broken reference."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from syndicate.writers.epub.options import Fetcher

_FORMATS = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "GIF": ("image/gif", "gif"),
    "WEBP": ("image/webp", "webp"),
}
"""Core media types of EPUB 3 (WebP since 3.3) by Pillow format."""
MAX_PIXELS = 40_000_000


@dataclass(frozen=True, slots=True)
class BookImage:
    """An image stored in the book."""

    file_name: str
    media_type: str
    data: bytes
    width: int
    height: int


def _raw(url: str, fetch: Fetcher | None) -> bytes | None:
    if fetch is None:
        return None
    try:
        return fetch(url)
    except Exception:  # a fetcher is caller code: never let it break the book
        return None


def load(url: str, fetch: Fetcher | None, max_px: int | None) -> BookImage | None:
    """The image at ``url`` ready for the book, or None when unavailable or not an image."""
    data = _raw(url, fetch)
    if not data:
        return None
    try:
        with PILImage.open(io.BytesIO(data)) as image:
            fmt = image.format or ""
            if fmt not in _FORMATS or image.width * image.height > MAX_PIXELS:
                return None
            image.load()
            if max_px and max(image.size) > max_px:
                image.thumbnail((max_px, max_px))
                out = io.BytesIO()
                save_format = "PNG" if fmt == "PNG" or image.mode in ("RGBA", "P", "LA") else "JPEG"
                converted = image if save_format == "PNG" else image.convert("RGB")
                converted.save(out, format=save_format, optimize=True)
                data, fmt = out.getvalue(), save_format
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, PILImage.DecompressionBombError):
        return None
    media_type, ext = _FORMATS[fmt]
    name = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return BookImage(f"images/{name}.{ext}", media_type, data, width, height)
