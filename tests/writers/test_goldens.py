"""Writer goldens: native JSON -> each writer, so extraction changes never churn them."""

from __future__ import annotations

import pytest

import syndicate
from syndicate import Context, codec
from tests.conftest import GOLDENS, Golden

CASES = ["rich-article", "dateline-rtl"]


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("fmt", sorted(set(syndicate.WRITERS) - {"epub"}))  # a zip: see epub tests
def test_writer_golden(name: str, fmt: str, context: Context, golden: Golden) -> None:
    article = codec.loads((GOLDENS / f"{name}.json").read_text())
    writer = syndicate.get_writer(fmt)
    golden(GOLDENS / fmt / f"{name}{writer.suffix}", syndicate.write(article, fmt, context=context))
