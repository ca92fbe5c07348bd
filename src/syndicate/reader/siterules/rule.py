"""One site's rules, as parsed from its file (typed, immutable, XPaths still as text)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Problem:
    """A line of a rule file that could not be used, and why."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True, slots=True)
class SiteTest:
    """A ``test_url`` and the ``test_contains`` snippets listed after it."""

    url: str
    contains: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteRule:
    """The directives of one rule file (or of several merged, most specific first).

    List directives keep file order: for ``title``/``body``/``author``/``date`` the first
    XPath that matches wins. Flags are ``None`` when the file does not set them, so that
    merging can tell "not said" from "no"; ``flag`` gives the effective value.
    """

    name: str
    """Where the rule came from, e.g. ``bundled:nytimes.com.txt`` (several joined by ``+``)."""
    title: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    strip: tuple[str, ...] = ()
    strip_id_or_class: tuple[str, ...] = ()
    strip_image_src: tuple[str, ...] = ()
    strip_attr: tuple[str, ...] = ()
    dissolve: tuple[str, ...] = ()
    wrap_in: tuple[tuple[str, str], ...] = ()
    """(tag, XPath): each selected element is wrapped in a new ``tag`` element."""
    replace: tuple[tuple[str, str], ...] = ()
    """(find, replace) pairs applied to the markup before parsing, in order."""
    native_ad_clue: tuple[str, ...] = ()
    src_lazy_load_attr: str = ""
    prune: bool | None = None
    tidy: bool | None = None
    autodetect_on_failure: bool | None = None
    insert_detected_image: bool | None = None
    convert_double_br_tags: bool | None = None
    skip_json_ld: bool | None = None
    requires_login: bool | None = None
    single_page_link: tuple[tuple[str, str], ...] = ()
    """(XPath, ``if_page_contains`` XPath or ""): kept for fetching."""
    next_page_link: tuple[tuple[str, str], ...] = ()
    http_headers: tuple[tuple[str, str], ...] = ()
    tests: tuple[SiteTest, ...] = ()
    other: tuple[tuple[str, str], ...] = field(default=())
    """Known directives syndicate keeps but does not apply (login forms, parser choice…)."""

    def flag(self, name: str) -> bool:
        """The effective value of a yes/no directive (Full-Text RSS's defaults)."""
        value = getattr(self, name)
        if value is None:
            return name in _DEFAULT_YES
        return bool(value)

    @property
    def rewrites_markup(self) -> bool:
        """Whether the rule changes the markup before it is parsed."""
        return bool(self.replace) or self.flag("convert_double_br_tags")

    @property
    def shapes_tree(self) -> bool:
        """Whether the rule removes, unwraps or wraps elements of the parsed page."""
        return bool(
            self.strip
            or self.strip_id_or_class
            or self.strip_image_src
            or self.strip_attr
            or self.dissolve
            or self.wrap_in
            or self.src_lazy_load_attr
        )

    def lines(self) -> list[str]:
        """The rule written back in the file format (one directive per line)."""
        out: list[str] = []
        for name in _LIST_FIELDS:
            out += [f"{name}: {value}" for value in getattr(self, name)]
        out += [f"wrap_in({tag}): {xpath}" for tag, xpath in self.wrap_in]
        out += [f"replace_string({find}): {repl}" for find, repl in self.replace]
        if self.src_lazy_load_attr:
            out.append(f"src_lazy_load_attr: {self.src_lazy_load_attr}")
        for name in FLAG_FIELDS:
            value = getattr(self, name)
            if value is not None:
                out.append(f"{name}: {'yes' if value else 'no'}")
        for name in ("single_page_link", "next_page_link"):
            for xpath, condition in getattr(self, name):
                out.append(f"{name}: {xpath}")
                out += [f"if_page_contains: {condition}"] if condition else []
        out += [f"http_header({key}): {value}" for key, value in self.http_headers]
        for test in self.tests:
            out.append(f"test_url: {test.url}")
            out += [f"test_contains: {snippet}" for snippet in test.contains]
        out += [f"{name}: {value}" for name, value in self.other]
        return out

    def directive_counts(self) -> dict[str, int]:
        """How many usable lines of each directive the rule has."""
        counts = {name: len(getattr(self, name)) for name in _LIST_FIELDS}
        counts |= {"wrap_in": len(self.wrap_in), "replace_string": len(self.replace)}
        counts["src_lazy_load_attr"] = int(bool(self.src_lazy_load_attr))
        counts |= {name: int(getattr(self, name) is not None) for name in FLAG_FIELDS}
        for name in ("single_page_link", "next_page_link"):
            counts[name] = len(getattr(self, name))
        counts["if_page_contains"] = sum(
            1 for _, c in self.single_page_link + self.next_page_link if c
        )
        counts["http_header"] = len(self.http_headers)
        counts["test_url"] = len(self.tests)
        counts["test_contains"] = sum(len(t.contains) for t in self.tests)
        for name, _ in self.other:
            key = name.split("(")[0]
            counts[key] = counts.get(key, 0) + 1
        return {name: count for name, count in counts.items() if count}


XPATH_FIELDS = (
    "title",
    "body",
    "author",
    "date",
    "strip",
    "strip_attr",
    "dissolve",
    "native_ad_clue",
)
"""Directives whose value is an XPath and which may repeat."""
STRING_FIELDS = ("strip_id_or_class", "strip_image_src")
"""Directives whose value is a plain string and which may repeat."""
FLAG_FIELDS = (
    "prune",
    "tidy",
    "autodetect_on_failure",
    "insert_detected_image",
    "convert_double_br_tags",
    "skip_json_ld",
    "requires_login",
)
"""Yes/no directives."""
_LIST_FIELDS = (*XPATH_FIELDS[:5], *STRING_FIELDS, *XPATH_FIELDS[5:])
"""Every repeating directive, in the order a rule is written back."""
_DEFAULT_YES = frozenset({"prune", "autodetect_on_failure", "insert_detected_image"})
