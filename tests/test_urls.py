from __future__ import annotations

import pytest

from syndicate.urls import is_safe, resolve, safe


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("https://a.com/x/y.html", "z.html", "https://a.com/x/z.html"),
        ("https://a.com/x/", "/root", "https://a.com/root"),
        ("https://a.com/", "//cdn.com/i.jpg", "https://cdn.com/i.jpg"),
        ("https://a.com/", "javascript:alert(1)", ""),
        ("https://a.com/", " jav\tascript:alert(1)", ""),
        ("https://a.com/", "vbscript:x", ""),
        ("https://a.com/", "data:text/html,<script>", ""),
        ("https://a.com/", "#top", ""),
        ("", "relative.html", ""),
        ("https://a.com/", "mailto:x@y.z", "mailto:x@y.z"),
    ],
)
def test_resolve(base: str, href: str, expected: str) -> None:
    assert resolve(base, href) == expected


def test_data_images_only_where_allowed() -> None:
    png = "data:image/png;base64,iVBORw0KGgo="
    assert is_safe(png, allow_data_image=True)
    assert not is_safe(png)
    assert safe("javascript:alert(1)") == ""
