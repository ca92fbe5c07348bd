from __future__ import annotations

import syndicate
from syndicate import codec
from tests.conftest import GOLDENS


def test_json_writer_is_the_codec() -> None:
    article = codec.loads((GOLDENS / "rich-article.json").read_text())
    data = syndicate.write(article, "json")
    assert data.decode() == codec.dumps(article)
    assert codec.loads(data) == article
