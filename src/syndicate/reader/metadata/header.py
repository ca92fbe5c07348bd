"""The article's header as a reader sees it: the heading that shows the title and the short
lines around it (kicker, byline, date line), with comments, teasers, sidebars, footers and
navigation told apart from the article. Found once per page (``Page.header``) and shared
by the date and byline readers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import urlsplit

from syndicate.reader import selectors
from syndicate.reader.body.clean import signal_attrs
from syndicate.reader.dom import Element, text_of, texts_after, texts_before
from syndicate.reader.page import Page

ELSEWHERE = selectors.Caseless(
    r"(?:^|[\s_-])(?:comments?|commentlist|repl(?:y|ies)|related|recommend\w*"
    r"|footer|teasers?|more-stories|most-popular|popular|trending|latest|recent|newsletter"
    r"|breadcrumbs?|nav|navigation|menu|archive|upcoming|events?-list)(?:$|[\s_-])"
)
"""class/id words of blocks whose dates and names are not the article's."""
_SIDE = selectors.Caseless(r"(?:^|[\s_-])(?:sidebar|widget)(?:$|[\s_-])")
"""class/id words of side blocks, which blog themes also use for the post's own meta."""
_ELSEWHERE_TAGS = frozenset({"aside", "footer", "nav", "script", "style", "template", "noscript"})
_WORD = re.compile(r"\w+")
_TITLE_WORDS = 3
"""Words the part of a declared title before its separator needs to be looked for."""
_NOT_SHOWN = frozenset({"script", "style", "template", "noscript", "title", "a", "option"})
_PROSE = 160
"""A text node this long is body prose: the header's short lines end before it."""
_PROSE_SKIPPED = 1
"""Prose passed over after the headline (a standfirst often comes before the date line)."""
_NOT_XML_SPACE = re.compile(r"[^ \t\r\n]")
"""A character XPath's ``normalize-space()`` keeps (found without copying a long text)."""
_AFTER, _BEFORE = 1500, 300
_FOLLOWING, _PRECEDING = 60, 12


@dataclass(frozen=True, slots=True)
class Header:
    """The heading element, its ancestors, and the header's lines after and before it."""

    headline: Element | None
    shelter: frozenset[Element]
    """The headline and its ancestors: the article's wrappers, whatever their class says."""
    after: tuple[str, ...]
    before: tuple[str, ...]

    memo: dict[tuple[Element, bool], bool] = field(default_factory=dict, compare=False)

    def elsewhere(self, node: Element, *, sides: bool = True) -> bool:
        """Inside a comment, teaser, footer, navigation or script, or (with ``sides``) a
        sidebar or widget. An ``<article>``'s own header and footer are the article's."""
        chain: list[Element] = []
        element: Element | None = node
        while element is not None and (element, sides) not in self.memo:
            chain.append(element)
            element = element.getparent()
        verdict = self.memo[(element, sides)] if element is not None else False
        for unknown in reversed(chain):  # from the outermost unknown ancestor down
            verdict = verdict or self._marks_elsewhere(unknown, sides)
            self.memo[(unknown, sides)] = verdict
        return verdict

    def _marks_elsewhere(self, element: Element, sides: bool) -> bool:
        """This element itself (not its ancestors) is a comment, teaser, footer…"""
        if element in self.shelter:
            return False
        if not isinstance(element.tag, str) or element.tag in ("body", "html"):
            return False
        if element.tag in _ELSEWHERE_TAGS:
            return not (element.tag == "footer" and _in_article(element))
        marks = signal_attrs(element)  # page-builder structure ("elementor-widget") says nothing
        return bool(marks.strip()) and bool(
            ELSEWHERE.found_in(marks) or (sides and _SIDE.found_in(marks))
        )


def _in_article(element: Element) -> bool:
    return next(element.iterancestors("article"), None) is not None


def header(page: Page) -> Header:
    """The page's header, found once and kept on the page."""
    if page.header is None:
        page.header = _find(page)
    return page.header


def _find(page: Page) -> Header:
    headline = _headline(page)
    if headline is None:
        return Header(None, frozenset(), (), ())
    shelter = frozenset((headline, *headline.iterancestors()))
    empty = Header(headline, shelter, (), ())
    following = _shown(texts_after(headline), _FOLLOWING)
    preceding = _shown(texts_before(headline), _PRECEDING)  # nearest first
    after: list[str] = []
    size = prose = 0
    for text in _texts(empty, following):
        if len(text) >= _PROSE:
            prose += 1
            if prose > _PROSE_SKIPPED:
                break
            after.append("\n")
            continue
        if size > _AFTER:
            break
        after.append(text)
        size += len(text) + 1
    before: list[str] = []
    size = 0
    for text in _texts(empty, preceding):
        if len(text) >= _PROSE or size > _BEFORE:
            break
        before.insert(0, text)
        size += len(text) + 1
    return Header(headline, shelter, tuple(after), tuple(before), memo=empty.memo)


def _shown(texts: Iterable[tuple[str, Element]], most: int) -> Iterator[tuple[str, Element]]:
    """The first ``most`` texts that are not only XML whitespace (XPath's
    ``text()[normalize-space()][position() <= most]``), read as they are asked for."""
    return islice(((t, el) for t, el in texts if _NOT_XML_SPACE.search(t)), most)


def _texts(found: Header, texts: Iterable[tuple[str, Element]]) -> Iterator[str]:
    """Texts outside comments, teasers and the like, whitespace collapsed."""
    return (" ".join(text.split()) for text, owner in texts if not found.elsewhere(owner))


def _headline(page: Page) -> Element | None:
    """The heading that shows the article's title: the first ``<h1>``/``<h2>`` most of whose
    words are in the declared title, else the first ``<h1>`` (a masthead ``<h1>`` holding
    the site's name is passed over when the title is declared, and one that is only a link
    to the home page always), else the text that shows the declared title."""
    declared = page.first("og:title", "twitter:title", "title") or _title(page)
    words = set(_WORD.findall(declared.casefold()))
    first: Element | None = None
    headings = page.index.tagged("h1") + page.index.tagged("h2")
    counts = _word_counts(headings, words)
    for node in headings:
        seen, known = counts[node]
        if not seen:
            continue
        candidate = (node.tag == "h1" and first is None) or (words and known >= 0.5 * seen)
        if not candidate or masthead(page, node):
            continue
        if node.tag == "h1" and first is None:
            first = node
        if words and known >= 0.5 * seen:
            return node
    return first if first is not None else _shown_title(page, declared)


def masthead(page: Page, heading: Element) -> bool:
    """A heading that is only a link to the site's home page: the site's name or logo set
    in an ``<h1>`` by the theme, not the article's headline."""
    text = text_of(heading)
    for link in heading.iter("a"):
        href = (link.get("href") or "").strip()
        if href and text_of(link) == text and _home(page.absolute(href) or href):
            return True
    return False


def _home(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return not parts.query and parts.path.rstrip("/") in _HOME_PATHS


_HOME_PATHS = frozenset({"", ".", "/index.html", "/index.php", "/index.htm", "/home"})


def _shown_title(page: Page, declared: str) -> Element | None:
    """On a page without headings (a site builder's styled ``<div>``s), the element whose
    own text is the declared title, or its first part before a separator (" | Site")."""
    wanted = {" ".join(declared.split()).casefold()}
    first_part = selectors.TITLE_SEPARATORS.split(declared.strip(), maxsplit=1)[0]
    if len(_WORD.findall(first_part)) >= _TITLE_WORDS:
        wanted.add(" ".join(first_part.split()).casefold())
    wanted.discard("")
    if not wanted:
        return None
    for text in page.root.xpath("//body//text()[normalize-space()]"):
        parent = text.getparent() if hasattr(text, "getparent") else None
        if parent is None or parent.tag in _NOT_SHOWN or not isinstance(text, str):
            continue
        if " ".join(text.split()).casefold() in wanted:
            return parent
    return None


def _word_counts(headings: list[Element], words: set[str]) -> dict[Element, tuple[int, int]]:
    """The words of each heading's text and how many of them are in ``words``: each text
    read once, however deeply unclosed headings nest inside one another."""
    counts: dict[Element, tuple[int, int]] = {}

    def count(text: str | None) -> tuple[int, int]:
        found = _WORD.findall(text.casefold()) if text else []
        return len(found), sum(1 for w in found if w in words)

    for heading in headings:
        if heading in counts:
            continue
        for el in reversed(list(heading.iter())):  # children before their parent
            if not isinstance(el.tag, str):
                continue
            seen, known = count(el.text)
            for child in el:
                if isinstance(child.tag, str):
                    child_seen, child_known = counts[child]
                    seen, known = seen + child_seen, known + child_known
                tail_seen, tail_known = count(child.tail)
                seen, known = seen + tail_seen, known + tail_known
            counts[el] = (seen, known)
    return counts


def _title(page: Page) -> str:
    titles = page.index.tagged("title")
    return titles[0].text_content() if titles else ""
