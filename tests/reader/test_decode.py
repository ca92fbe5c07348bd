from __future__ import annotations

import codecs

import pytest

from syndicate import DecodeError
from syndicate.reader.decode import declared_charset, decode, normalise_label
from syndicate.reader.report import Report

CURLY = "“Make in India” — it’s"


def _decode(data: bytes, transport: str = "") -> tuple[str, str, str]:
    result = decode(data, Report(strict=False), transport=transport)
    return result.text, result.encoding, result.source


def _page(body: str, meta: str = "") -> str:
    return f"<html><head>{meta}</head><body><p>{body}</p></body></html>"


def test_utf8_bom_wins() -> None:
    text, enc, source = _decode(
        codecs.BOM_UTF8 + _page(CURLY, '<meta charset="iso-8859-1">').encode()
    )
    assert CURLY in text and enc == "utf-8" and source == "bom"


def test_utf16_with_bom() -> None:
    text, _, source = _decode(_page(CURLY).encode("utf-16"))
    assert CURLY in text and source == "bom"


def test_latin1_label_means_windows_1252() -> None:
    data = _page(CURLY, '<meta charset="iso-8859-1">').encode("cp1252")
    text, enc, _ = _decode(data)
    assert CURLY in text and enc == "cp1252"


def test_wrong_meta_contradicted_by_utf8_bytes() -> None:
    data = _page(CURLY, '<meta charset="windows-1252">').encode("utf-8")
    text, enc, source = _decode(data)
    assert CURLY in text and enc == "utf-8" and source.startswith("utf-8-valid")
    # bytes that windows-1252 *can* decode (as mojibake) are still read as UTF-8
    text, enc, source = _decode(_page("café naïve", '<meta charset="windows-1252">').encode())
    assert "café naïve" in text and enc == "utf-8" and "over declared" in source


def test_transport_charset_wins_over_meta() -> None:
    data = _page("Привет", '<meta charset="utf-8">').encode("koi8-r")
    text, enc, source = _decode(data, transport="koi8-r")
    assert "Привет" in text and source == "transport" and enc == "koi8-r"


@pytest.mark.parametrize("label", ["utf-8, ie=edge", "none", "x-user-defined", "bogus-charset"])
def test_bogus_labels_do_not_crash(label: str) -> None:
    data = _page("café", f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    text, _, _ = _decode(data.encode("utf-8"))
    assert "café" in text


def test_gb2312_is_read_as_gb18030() -> None:
    data = _page("镕基", '<meta charset="gb2312">').encode("gb18030")  # 镕 is outside GB2312
    text, enc, _ = _decode(data)
    assert "镕基" in text and enc == "gb18030"


def test_xml_declaration() -> None:
    data = ('<?xml version="1.0" encoding="ISO-8859-7"?>' + _page("Καλημέρα")).encode("iso-8859-7")
    text, enc, _ = _decode(data)
    assert "Καλημέρα" in text and enc == "iso8859-7"


def test_undeclared_non_utf8_goes_to_the_detector() -> None:
    data = _page("Москва — столица России, крупнейший город страны " * 5).encode("windows-1251")
    text, _, source = _decode(data)
    assert "Москва" in text and source == "detector"


def test_strict_mode_raises_on_a_label_that_does_not_decode() -> None:
    data = _page("日本語", '<meta charset="shift_jis">').encode("utf-8") + b"\xff\xfe\xfa"
    with pytest.raises(DecodeError):
        decode(data, Report(strict=True))


def test_label_normalisation() -> None:
    assert normalise_label("UTF8") == "utf-8"
    assert normalise_label("'latin1'") == "cp1252"
    assert normalise_label("utf-8, ie=edge") == "utf-8"
    assert normalise_label("none") == ""
    assert (
        declared_charset(b'<meta content="text/html; charset=Shift_JIS" http-equiv="content-type">')
        == "Shift_JIS"
    )


@pytest.mark.parametrize("label", ["undefined", "punycode", "base64", "idna", "unicode_escape"])
def test_codecs_no_page_is_written_in_are_not_charsets(label: str) -> None:
    assert normalise_label(label) == ""
    page = _page("café", meta=f'<meta charset="{label}">').encode("utf-8")
    text, encoding, _ = _decode(page, transport=label)
    assert "café" in text and encoding == "utf-8"
