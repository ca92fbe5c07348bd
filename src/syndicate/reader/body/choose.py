"""Choose the content among candidates by comparing them.

Candidates, in order of trust: a known CMS container (``selector:…``), a lone ``<article>``
or ``<main>`` (``tag:…``), the Readability-style scored node (``score``), the element that
holds most of the page's prose (``prose``), the JSON-LD ``articleBody`` and the cleaned
``<body>``. The first is taken unless it holds too little of the page's prose (a teaser box,
one section of many, a container the cleaner emptied, one post of a thread): then it grows
over its ancestors, or another candidate that holds clearly more wins. Every candidate is a
cleaned copy; the page tree itself is never changed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from lxml import etree

from syndicate.reader.body.clean import drop_boilerplate, drop_junk, removed_by_cleaning
from syndicate.reader.body.kind import page_kind
from syndicate.reader.body.locate import (
    Located,
    by_score,
    by_selector,
    by_semantic_tag,
    visible_len,
)
from syndicate.reader.body.prose import Prose, container, coverage, held, prose
from syndicate.reader.budget import OutOfTime, clock
from syndicate.reader.dom import Element, parse_document
from syndicate.reader.metadata import jsonld
from syndicate.reader.page import Page
from syndicate.xmlchars import xml_safe

_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote)\b[^>]*>", re.I)
MIN_PAGE_PROSE = 400
"""Below this many prose characters a page gives no basis for comparing candidates."""
LOW_COVERAGE = 0.5
"""A candidate holding less of the page's prose than this is checked against the container."""
BETTER_BY = 0.25
"""How much more of the prose another candidate must hold to replace the trusted one."""
TINY = 0.25
"""A trusted candidate whose text is below this share of the page's prose may be replaced."""
DECLARED_SHARE = 0.5
"""The JSON-LD ``articleBody`` goes first when the trusted candidate shows less than this
share of its text (a teaser over a paywall, a page its scripts fill in)."""
THREAD_SHARE = 0.8
"""On a forum thread or Q&A page every post is content: a candidate holding less than this
share of the prose (one post) gives way to one holding more (the thread)."""
SPREAD = 0.4
"""On a page declaring no article, a scored node holding less than this share of the page's
text (one section of a landing page) gives way to the whole cleaned page."""
PROSE_STEP = 0.5
"""Growing into a parent needs at least this share of the added text to be prose."""
EMPTY_PAGE = 200
"""Characters of text below which the cleaned page is checked for a hidden or wrapped one."""
UNWRAPPED_GAIN = 4
"""How many times more text the page with its wrappers kept must show to replace it."""
_UNSEEN = ("script", "style", "noscript", "template")


def _cleaned(node: Element, product: bool = False) -> Element:
    """``node`` cleaned in place (a copy or a fresh tree, never the page)."""
    drop_junk(node)
    drop_boilerplate(node, product=product)
    return node


def _product(page: Page) -> bool:
    return page_kind(page)[0] == "product"


def _selector(page: Page) -> Located | None:
    located = by_selector(page.index)
    if located is None:
        return None
    nodes = [_cleaned(copy.deepcopy(node), _product(page)) for node in located.nodes]
    return Located(nodes, located.source, origin=located.nodes)


@dataclass(slots=True)
class _Cleaned:
    """The page's ``<body>``, a cleaned copy of it, the lone article/main found before the
    boilerplate pass, the copy's prose, and where ``drop_junk`` removed elements in it."""

    source: Element
    body: Element
    tagged: Located | None
    prose: Prose
    junk: frozenset[int]


def _clean_page(page: Page) -> _Cleaned | None:
    source = page.root.find("body")
    if source is None:
        return None
    body = copy.deepcopy(source)
    junk = drop_junk(body)
    tagged = by_semantic_tag(body)
    drop_boilerplate(body, protect=tagged.nodes[0] if tagged else None, product=_product(page))
    page.cleaned = body
    return _Cleaned(source, body, tagged, prose(body), junk)


def candidates(
    page: Page, selected: Located | None, cleaned: _Cleaned | None = None
) -> tuple[list[Located], Prose]:
    """Every candidate, most trusted first (``selected``, the CMS container, if any), and
    the prose of the cleaned page."""
    found: list[Located] = [selected] if selected is not None else []
    cleaned = cleaned or _clean_page(page)
    if cleaned is None:
        return found, Prose(())
    body, page_prose = cleaned.body, cleaned.prose
    if cleaned.tagged is not None:
        found.append(cleaned.tagged)
    scored = by_score(body)
    if scored is not None:
        found.append(scored)
    holder = container(page_prose)
    if holder is not None:
        found.append(Located([holder], "prose"))
    if page_prose.total < MIN_PAGE_PROSE:
        rescued = _rescue(cleaned, _product(page))
        if rescued is not None:
            found.insert(0 if _tiny(found, rescued[1]) else len(found), rescued[0])
            page_prose = rescued[1]
    declared = _declared_body(page)
    unwrapped = None
    if declared is None and all(_shown(c) < EMPTY_PAGE for c in found):
        unwrapped = _unwrapped(cleaned, _product(page))
    if unwrapped is not None:
        found.insert(0, unwrapped)
    if declared is not None:
        first = not found or _shorter(found[0], declared)
        found.insert(0 if first else len(found), Located([declared], "jsonld:articleBody"))
    found.append(Located([body], "body"))
    return found, page_prose


def _declared_body(page: Page) -> Element | None:
    """The JSON-LD ``articleBody`` as a tree (paragraphs from its line breaks; markup, when
    a CMS put HTML there, parsed and cleaned), if it is long enough to be an article."""
    text = xml_safe(jsonld.article_body(page))
    if len(text) < MIN_PAGE_PROSE:
        return None
    if _MARKUP.search(text):
        root, _ = parse_document(f"<html><body><div>{text}</div></body></html>")
        holder = root.find("body/div")
        return _cleaned(holder) if holder is not None else None
    holder = page.root.makeelement("div", {})  # (the page parser's element classes, in C)
    for line in text.splitlines():
        if line.strip():
            etree.SubElement(holder, "p").text = line.strip()
    return holder


def _tiny(found: list[Located], page_prose: Prose) -> bool:
    """No candidate, or the trusted one's text is small beside the page's prose."""
    return not found or sum(visible_len(n) for n in found[0].nodes) < TINY * page_prose.total


def _shown(located: Located) -> int:
    return sum(visible_len(n) for n in located.nodes)


def _unwrapped(cleaned: _Cleaned, product: bool) -> Located | None:
    """When cleaning left the page almost without text, the page with its forms and hidden
    blocks kept, if that shows much more (a page an app unhides with a script, a page
    wrapped in one ``<form>``), cleaned of boilerplate."""
    shown = visible_len(cleaned.body)
    if shown >= EMPTY_PAGE:
        return None
    body = copy.deepcopy(cleaned.source)
    drop_junk(body, keep_wrappers=True)
    drop_boilerplate(body, product=product)
    if visible_len(body) < UNWRAPPED_GAIN * max(shown, EMPTY_PAGE // 2):
        return None
    return Located([body], "body:unwrapped")


def _rescue(cleaned: _Cleaned, product: bool) -> tuple[Located, Prose] | None:
    """When cleaning left the page without prose, the prose container of the page before
    the boilerplate pass (a misnested article inside a "share" or "pagination" block), or,
    failing that, before forms, navigation and hidden blocks were removed (a short article
    inside an unclosed ``<nav>`` or a hidden streaming container), cleaned inside with its
    own ancestors protected. (The first pass removes what cleaning the page removed.)"""
    for keep_wrappers in (False, True):
        body = copy.deepcopy(cleaned.source)
        drop_junk(body, keep_wrappers=keep_wrappers, replay=None if keep_wrappers else cleaned.junk)
        raw = prose(body)
        holder = container(raw) if raw.total >= MIN_PAGE_PROSE else None
        if holder is not None:
            if keep_wrappers:
                drop_junk(holder)
            drop_boilerplate(body, protect=holder, product=product)
            return Located([holder], "prose:rescued"), prose(holder)
    return None


def choose(page: Page) -> tuple[Iterator[Located], str]:
    """The candidates in the order to try them (the first whose conversion gives a body
    wins), and a note on why the first was preferred over the most trusted one.

    The trusted candidate stands when it holds most of the page's prose. Otherwise it grows
    into its ancestors while what each step adds is mostly prose (the other sections of a
    long piece, a body split over sibling containers); a candidate that stays tiny beside
    the page's prose (a teaser, a hero block, a box the cleaner emptied) gives way to the
    first other candidate holding most of the prose. A known CMS container that holds most
    of the prose is decided on a read-only view of the page, without a cleaned copy of it;
    the other candidates are then only built if its conversion gives no text.

    When the reader's time runs out on the way (``budget.OutOfTime``), the candidates are
    the CMS container, if found by then, and the page's body (see ``_hurried``).
    """
    selected: Located | None = None
    try:
        selected = _selector(page)
        source = page.root.find("body")
        if selected is not None and source is not None:
            view = prose(source, removed_by_cleaning(source, product=_product(page)))
            if _stands(page, selected, view):
                return chain([selected], _later(page, selected, None)), ""
        cleaned = _clean_page(page)
        trusted = selected or (cleaned.tagged if cleaned else None)
        if cleaned is not None and trusted is not None and _stands(page, trusted, cleaned.prose):
            return chain([trusted], _later(page, selected, cleaned)), ""
        found, page_prose = candidates(page, selected, cleaned)
        spread = _spread(page, found)
        if spread is not None:
            return iter([spread, *(c for c in found if c is not spread)]), "no article container"
        ordered, note = _decide(page, found, page_prose)
        return iter(ordered), note
    except OutOfTime:
        return iter(_hurried(page, selected)), "out of time"


def _spread(page: Page, found: list[Located]) -> Located | None:
    """On a page that declares no article and has no article container, whose best scored
    node holds a small part of its text (a landing page of many short sections), the whole
    cleaned page."""
    if not found or found[0].source != "score" or _declares_article(page):
        return None
    whole = found[-1]
    if sum(visible_len(n) for n in found[0].nodes) >= SPREAD * visible_len(whole.nodes[0]):
        return None
    return whole


def _declares_article(page: Page) -> bool:
    return bool(jsonld.types(page) & jsonld.ARTICLE_TYPES) or page.first("og:type") == "article"


def _stands(page: Page, trusted: Located, page_prose: Prose) -> bool:
    """The trusted candidate wins without a comparison: it holds most of a page's prose (and
    neither a thread nor a longer JSON-LD body says otherwise)."""
    if page_prose.total < MIN_PAGE_PROSE:
        return False
    share = coverage(trusted.origin or trusted.nodes, page_prose)
    return (
        share >= LOW_COVERAGE and not _thread(page, share) and not _declared_longer(page, trusted)
    )


def _declared_longer(page: Page, trusted: Located) -> bool:
    """The JSON-LD ``articleBody`` is long and more than twice the candidate's text."""
    declared = _declared_body(page)
    return declared is not None and _shorter(trusted, declared)


def _shorter(candidate: Located, declared: Element) -> bool:
    """``candidate`` shows less than ``DECLARED_SHARE`` of the declared body's text."""
    return sum(visible_len(n) for n in candidate.nodes) < DECLARED_SHARE * visible_len(declared)


def _later(page: Page, selected: Located | None, cleaned: _Cleaned | None) -> Iterator[Located]:
    """The candidates after the one that stood, built when asked for."""
    try:
        found, _ = candidates(page, selected, cleaned)
    except OutOfTime:
        yield from _hurried(page, None)
        return
    yield from found[1:]


def _hurried(page: Page, selected: Located | None) -> list[Located]:
    """The candidates when the reader's time ran out while comparing them: the CMS
    container if it was found, then the page's body without scripts and styles, unjudged."""
    found = [selected] if selected is not None else []
    source = page.root.find("body")
    if source is not None:
        body = copy.deepcopy(source)
        etree.strip_elements(body, *_UNSEEN, with_tail=False)
        found.append(Located([body], "body:unjudged"))
    return found


def one_post(page: Page, located: Located) -> bool:
    """On a forum thread or Q&A page, ``located`` (a site rule's body, written for one post
    and its accepted answer) holds one post, not the thread."""
    if page_kind(page)[0] != "forum":
        return False
    cleaned = _clean_page(page)
    if cleaned is None or cleaned.prose.total < MIN_PAGE_PROSE:
        return False
    return coverage(located.nodes, cleaned.prose) < THREAD_SHARE


def _thread(page: Page, share: float) -> bool:
    """A forum thread or Q&A page whose trusted candidate holds one post, not the thread."""
    return share < THREAD_SHARE and page_kind(page)[0] == "forum"


def _decide(page: Page, found: list[Located], page_prose: Prose) -> tuple[list[Located], str]:
    if not found or page_prose.total < MIN_PAGE_PROSE:
        return found, ""
    first = found[0]
    share = coverage(first.origin or first.nodes, page_prose)
    if _thread(page, share):
        thread = _better(found[1:], page_prose, share)
        if thread is not None and coverage(thread.nodes, page_prose) >= THREAD_SHARE:
            note = f"a thread: {first.source} held {share:.0%} of its prose"
            return [thread, *(c for c in found if c is not thread)], note
    if share >= LOW_COVERAGE:
        return found, ""
    grown = _grow(first, page_prose, _product(page))
    if grown is not None and coverage(grown.nodes, page_prose) >= share + BETTER_BY:
        return [grown, *found], f"{first.source} held {share:.0%} of the page's prose"
    if not _tiny(found, page_prose):
        return found, ""
    better = _better(found[1:], page_prose, share)
    if better is None:
        return found, ""
    note = f"{first.source} held {share:.0%} of the page's prose"
    return [better, *(c for c in found if c is not better)], note


def _grow(located: Located, page_prose: Prose, product: bool) -> Located | None:
    """``located`` widened to the ancestor reached while each step adds mostly prose."""
    nodes = located.origin or located.nodes
    node = nodes[0]
    parent = node.getparent()
    if len(nodes) > 1 and parent is not None:
        node = parent
    need = LOW_COVERAGE * page_prose.total
    inside, size = held([node], page_prose), visible_len(node)
    grown = node
    tick = clock().tick
    while inside < need:
        tick()
        parent = grown.getparent()
        if parent is None or parent.tag in {"body", "html"}:
            break
        parent_inside, parent_size = held([parent], page_prose), visible_len(parent)
        if parent_inside - inside < PROSE_STEP * (parent_size - size):
            break
        grown, inside, size = parent, parent_inside, parent_size
    if grown is nodes[0] or inside < need:
        return None
    if located.origin:  # a node of the page tree: clean a copy
        grown = _cleaned(copy.deepcopy(grown), product)
    return Located([grown], f"{located.source}+grown")


def _better(others: list[Located], page_prose: Prose, share: float) -> Located | None:
    """The first other candidate that holds clearly more of the prose (and at least half)."""
    for candidate in others:
        if candidate.source == "body":
            continue
        if coverage(candidate.nodes, page_prose) >= max(LOW_COVERAGE, share + BETTER_BY):
            return candidate
    return None
