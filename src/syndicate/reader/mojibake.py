"""Text encoded twice, repaired: a CMS that read UTF-8 bytes as windows-1252 or Latin-1 and
stored the result as UTF-8 again serves "letâ€™s" for "let's" and "Â " for a no-break space,
and browsers show it so. ftfy undoes it (only where the marks of that mistake are there)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

import ftfy

from syndicate.reader.report import Report

_SECOND = (
    "[\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)
_MARKS = {first: re.compile(first + _SECOND) for first in "ÃÂâ"}
"""The first two characters of a UTF-8 sequence read as windows-1252 or Latin-1, by the
first (a pattern opening with a literal character is searched for at C speed; one opening
with a class of three is not)."""
MIN_MARKS = 3
"""Fewer marks than this are left alone: one "Ã©" may be what the page means."""
_RUN = re.compile("[^\x00-\x7f]+")
"""A run of non-ASCII characters: a doubly encoded character is one, whole (every byte of
a UTF-8 sequence is non-ASCII, and so is what windows-1252 or Latin-1 makes of it)."""


@lru_cache(maxsize=8192)
def _fixed(run: str) -> str:
    return ftfy.fix_encoding(run)


def repair(text: str, report: Report) -> str:
    """``text`` with doubly encoded runs decoded once (ftfy's ``fix_encoding`` on each run
    of non-ASCII characters, not on the whole page at once: a 5 MB page costs ftfy
    a second), and an informational ``mojibake-repaired`` diagnostic when anything changed."""
    present = [first for first in _MARKS if first in text]
    if sum(text.count(first) for first in present) < MIN_MARKS:
        return text  # (finding a character, then counting it, is quicker than any scan)
    marks = 0
    for first in present:
        marks += sum(1 for _ in islice(_MARKS[first].finditer(text), MIN_MARKS - marks))
        if marks >= MIN_MARKS:
            break
    else:
        return text
    fixed = _RUN.sub(lambda found: _fixed(found.group()), text)
    if fixed != text:
        report.info("mojibake-repaired", "text encoded twice (UTF-8 read as windows-1252) repaired")
    return fixed
