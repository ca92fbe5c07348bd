"""Parse one site-config file into a ``SiteRule``, listing every line it cannot use.

The format is Full-Text RSS's (inherited from Instapaper): one ``directive: value`` per
line, ``#`` comments, ``directive(argument): value`` for ``http_header``, ``wrap_in`` and
``replace_string``. Parsing never raises: a line it cannot use (an unknown directive, an
XPath that does not compile, a yes/no that is neither) becomes a ``Problem`` with its line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from syndicate.reader.siterules.rule import (
    FLAG_FIELDS,
    STRING_FIELDS,
    XPATH_FIELDS,
    Problem,
    SiteRule,
    SiteTest,
)

_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*?)\))?\s*:(.*)$")
_TAG = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
_HEADER = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_YES = {"yes": True, "true": True, "1": True, "on": True, "no": False, "false": False, "0": False}

KEPT = frozenset(
    {
        "login_uri",
        "login_username_field",
        "login_password_field",
        "login_extra_fields",
        "not_logged_in_xpath",
        "parser",
        "footnotes",
        "autodetect_next_page",
        "move_into",
        "strip_comments",
        "skip_id_or_class",
        "post_strip_attr",
        "single_page_link_in_feed",
    }
)
"""Directives of the format that syndicate keeps on the rule but does not apply."""


@lru_cache(maxsize=4096)
def compiled(expression: str) -> etree.XPath | None:
    """The compiled XPath (once per process), or None when it does not compile."""
    try:
        return etree.XPath(expression)
    except etree.XPathError:
        return None


def _unquoted(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


class _Builder:
    """Collects one file's directives line by line."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lists: dict[str, list[str]] = {n: [] for n in (*XPATH_FIELDS, *STRING_FIELDS)}
        self.flags: dict[str, bool] = {}
        self.lazy_attr = ""
        self.wrap_in: list[tuple[str, str]] = []
        self.finds: list[tuple[int, str]] = []
        self.replaces: list[tuple[int, str]] = []
        self.pairs: list[tuple[str, str]] = []
        self.links: dict[str, list[tuple[str, str]]] = {
            "single_page_link": [],
            "next_page_link": [],
        }
        self.last_link = ""
        self.headers: list[tuple[str, str]] = []
        self.tests: list[tuple[str, list[str]]] = []
        self.other: list[tuple[str, str]] = []
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.name, line, message))

    def xpath(self, line: int, value: str) -> bool:
        if compiled(value) is None:
            self.problem(line, f"XPath does not compile: {value[:120]}")
            return False
        return True

    def add(self, line: int, directive: str, argument: str | None, value: str) -> None:
        if directive in KEPT:
            self.other.append((f"{directive}({argument})" if argument else directive, value))
        elif argument is not None and directive not in ("http_header", "wrap_in", "replace_string"):
            self.problem(line, f"{directive} takes no argument")
        elif directive in XPATH_FIELDS:
            if self.xpath(line, value):
                self.lists[directive].append(value)
        elif directive in STRING_FIELDS:
            self.lists[directive].append(_unquoted(value))
        elif directive in FLAG_FIELDS:
            flag = _YES.get(value.lower())
            if flag is None:
                self.problem(line, f"{directive} must be yes or no, not {value[:40]!r}")
            else:
                self.flags[directive] = flag
        else:
            self._special(line, directive, argument, value)

    def _special(self, line: int, directive: str, argument: str | None, value: str) -> None:
        if directive == "wrap_in":
            if argument is None or not _TAG.match(argument.strip()):
                self.problem(line, "wrap_in needs a tag name: wrap_in(tag): XPath")
            elif self.xpath(line, value):
                self.wrap_in.append((argument.strip().lower(), value))
        elif directive == "find_string":
            self.finds.append((line, value))
        elif directive == "replace_string":
            if argument is None:
                self.replaces.append((line, value))
            elif argument:
                self.pairs.append((argument, value))
            else:
                self.problem(line, "replace_string() has nothing to find")
        elif directive == "src_lazy_load_attr":
            self.lazy_attr = value
        elif directive in self.links:
            if self.xpath(line, value):
                self.links[directive].append((value, ""))
                self.last_link = directive
        elif directive == "if_page_contains":
            self._condition(line, value)
        elif directive == "http_header":
            if argument is None or not _HEADER.match(argument.strip()):
                self.problem(line, "http_header needs a header name: http_header(name): value")
            else:
                self.headers.append((argument.strip().lower(), value))
        elif directive == "test_url":
            self.tests.append((value, []))
        elif directive == "test_contains":
            if self.tests:
                self.tests[-1][1].append(value)
            else:
                self.problem(line, "test_contains without a test_url before it")
        else:
            self.problem(line, f"unknown directive {directive!r}")

    def _condition(self, line: int, value: str) -> None:
        links = self.links.get(self.last_link)
        if not links:
            self.problem(line, "if_page_contains without a single_page_link or next_page_link")
        elif self.xpath(line, value):
            links[-1] = (links[-1][0], value)

    def build(self) -> SiteRule:
        if len(self.finds) != len(self.replaces):
            excess = (self.finds if len(self.finds) > len(self.replaces) else self.replaces)[
                min(len(self.finds), len(self.replaces))
            ]
            self.problem(excess[0], "find_string and replace_string lines do not pair up")
        pairs = [
            (f, r) for (_, f), (_, r) in zip(self.finds, self.replaces, strict=False)
        ] + self.pairs
        lists, flags = self.lists, self.flags
        return SiteRule(
            name=self.name,
            title=tuple(lists["title"]),
            body=tuple(lists["body"]),
            author=tuple(lists["author"]),
            date=tuple(lists["date"]),
            strip=tuple(lists["strip"]),
            strip_id_or_class=tuple(lists["strip_id_or_class"]),
            strip_image_src=tuple(lists["strip_image_src"]),
            strip_attr=tuple(lists["strip_attr"]),
            dissolve=tuple(lists["dissolve"]),
            native_ad_clue=tuple(lists["native_ad_clue"]),
            wrap_in=tuple(self.wrap_in),
            replace=tuple((f, r) for f, r in pairs if f),
            src_lazy_load_attr=self.lazy_attr,
            single_page_link=tuple(self.links["single_page_link"]),
            next_page_link=tuple(self.links["next_page_link"]),
            http_headers=tuple(self.headers),
            tests=tuple(SiteTest(url, tuple(c)) for url, c in self.tests),
            other=tuple(self.other),
            prune=flags.get("prune"),
            tidy=flags.get("tidy"),
            autodetect_on_failure=flags.get("autodetect_on_failure"),
            insert_detected_image=flags.get("insert_detected_image"),
            convert_double_br_tags=flags.get("convert_double_br_tags"),
            skip_json_ld=flags.get("skip_json_ld"),
            requires_login=flags.get("requires_login"),
        )


def parse_rule(text: str, name: str) -> tuple[SiteRule, tuple[Problem, ...]]:
    """The rule in ``text`` (the file named ``name``) and the lines it could not use."""
    builder = _Builder(name)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            builder.problem(number, f"not a directive line: {line[:80]}")
            continue
        directive, argument, value = match[1].lower(), match[2], match[3].strip()
        if not value and directive != "replace_string":
            builder.problem(number, f"{directive} has no value")
            continue
        builder.add(number, directive, argument, value)
    return builder.build(), tuple(builder.problems)
