"""Class-blind pages: every ``class`` and ``id`` word replaced by an opaque token (the same
word always by the same token, so a page's structure stays), to measure how much an
extractor leans on the class vocabulary it was built with. A page from a theme no rule has
seen looks like this to a vocabulary-driven extractor."""

from __future__ import annotations

import hashlib
import re

_ATTRIBUTE = re.compile(r"(?<=\s)(class|id)(\s*=\s*)(\"[^\"]*\"|'[^']*')", re.I)


def _token(word: str) -> str:
    return "b" + hashlib.sha256(word.encode()).hexdigest()[:8]


def blind(html: str) -> str:
    """``html`` with the words of its ``class`` and ``id`` attributes made opaque."""

    def opaque(found: re.Match[str]) -> str:
        words = found.group(3)[1:-1].split()
        return f'{found.group(1)}{found.group(2)}"{" ".join(map(_token, words))}"'

    return _ATTRIBUTE.sub(opaque, html)
