"""Every byte-level case in fixtures/encoding/ decodes to its snippet, and the article
records which signal chose the encoding."""

from __future__ import annotations

import codecs
import json

import pytest

import syndicate
from tests.conftest import FIXTURES

SUPERSETS = (
    {"utf-16", "utf-16-le"},
    {"shift_jis", "cp932"},
    {"gb18030", "gbk"},
    {"euc_kr", "cp949"},
)
"""A detector may name the superset codec that Windows and browsers use; the text is the same."""
CASES = json.loads((FIXTURES / "encoding" / "cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_case_decodes(case: dict[str, str]) -> None:
    data = (FIXTURES / "encoding" / case["file"]).read_bytes()
    article = syndicate.read(data, charset=case["transport"])
    assert case["snippet"] in article.body_text
    assert "\ufffd" not in article.body_text
    want = codecs.lookup(case["encoding"]).name
    got = codecs.lookup(article.evidence.encoding).name
    assert got == want or any({got, want} <= family for family in SUPERSETS), (got, want)
    assert article.evidence.encoding_source
