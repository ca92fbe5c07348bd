"""Writes fixtures/encoding/: byte-level test pages, each with its true encoding, the
transport charset a caller would pass (if any) and a snippet that must decode correctly.

    python tools/make_encoding_cases.py   # then review the diff of fixtures/encoding/
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "encoding"

LOREM = "This paragraph is here so that the page has a body of realistic length. " * 3


def page(snippet: str, meta: str = "", decl: str = "") -> str:
    return (f"{decl}<!DOCTYPE html><html><head>{meta}<title>Case</title></head><body><article>"
            f"<h1>Case</h1><p>{snippet}</p><p>{LOREM}</p></article></body></html>")


def meta_charset(label: str) -> str:
    return f'<meta charset="{label}">'


def http_equiv(label: str) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'


CURLY = "“Make in India” — it’s the deal’s ‘final’ stage…"
CASES: list[tuple[str, str, str, str, bytes]] = []  # name, true encoding, transport, snippet, bytes


def add(name: str, true: str, snippet: str, data: bytes, transport: str = "") -> None:
    CASES.append((name, true, transport, snippet, data))


add("utf8-no-bom", "utf-8", "Grüße, naïve café — 東京", page("Grüße, naïve café — 東京").encode())
add("utf8-bom", "utf-8", "Grüße — 東京", codecs.BOM_UTF8 + page("Grüße — 東京").encode())
add("utf16-le-bom", "utf-16", "Ελληνικά και 中文", page("Ελληνικά και 中文").encode("utf-16"))
add("utf16-be-bom", "utf-16-be", "Ελληνικά", codecs.BOM_UTF16_BE + page("Ελληνικά").encode("utf-16-be"))
add("cp1252-declared-latin1", "windows-1252", CURLY,
    page(CURLY, meta_charset("iso-8859-1")).encode("cp1252"))
add("wrong-meta-utf8-bytes", "utf-8", "Zürich — São Paulo",
    page("Zürich — São Paulo", meta_charset("windows-1252")).encode())
add("transport-wins", "koi8-r", "Привет, мир", page("Привет, мир", meta_charset("utf-8")).encode("koi8-r"),
    transport="koi8-r")
add("bogus-utf8-ie-edge", "utf-8", "naïve — ok", page("naïve — ok", http_equiv("utf-8, ie=edge")).encode())
add("bogus-none", "utf-8", "déjà vu", page("déjà vu", meta_charset("none")).encode())
add("bogus-x-user-defined", "utf-8", "smörgåsbord", page("smörgåsbord", meta_charset("x-user-defined")).encode())
add("gb2312-really-gbk", "gb18030", "朱镕基总理说", page("朱镕基总理说", meta_charset("gb2312")).encode("gb18030"))
add("shift-jis", "shift_jis", "日本語のテキストです", page("日本語のテキストです", meta_charset("Shift_JIS")).encode("shift_jis"))
add("euc-kr", "euc-kr", "한국어 텍스트입니다", page("한국어 텍스트입니다", http_equiv("EUC-KR")).encode("euc-kr"))
add("koi8-r", "koi8-r", "Москва - столица", page("Москва - столица", meta_charset("koi8-r")).encode("koi8-r"))
add("windows-1251", "windows-1251", "Київ і Москва", page("Київ і Москва", meta_charset("windows-1251")).encode("cp1251"))
add("iso-8859-7", "iso-8859-7", "Καλημέρα κόσμε", page("Καλημέρα κόσμε", meta_charset("ISO-8859-7")).encode("iso-8859-7"))
add("xml-declaration-only", "iso-8859-7", "Αθήνα",
    page("Αθήνα", decl='<?xml version="1.0" encoding="ISO-8859-7"?>').encode("iso-8859-7"))
add("undeclared-windows-1251", "windows-1251", "Российская Федерация",
    page("Российская Федерация - государство в Восточной Европе и Северной Азии. " * 4).encode("cp1251"))
add("undeclared-shift-jis", "shift_jis", "東京都は日本の首都です",
    page("東京都は日本の首都です。人口は約千四百万人です。" * 4).encode("shift_jis"))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    index = []
    for name, true, transport, snippet, data in CASES:
        (OUT / f"{name}.html").write_bytes(data)
        index.append({"file": f"{name}.html", "encoding": true, "transport": transport,
                      "snippet": snippet})
    (OUT / "cases.json").write_text(json.dumps(index, ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
