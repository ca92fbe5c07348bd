"""Boilerplate removal on a copy of the tree, driven by the tables in ``selectors``."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from lxml import etree

from syndicate.reader import selectors
from syndicate.reader.body.prose import prose
from syndicate.reader.budget import clock
from syndicate.reader.dom import Element, text_content, text_of
from syndicate.urls import host_and_path

_KEEP_MIN_TEXT = 400
_SHOWN_TEXT = etree.XPath(
    "//text()[not(ancestor::script or ancestor::style or ancestor::template)]"
)
_CACHED = 256
"""Longer class/id strings are judged without the cache (it must stay small)."""
_STRUCTURAL_ARTICLE = (5, 1500)
"""Prose (paragraphs, characters) that makes a header/footer/aside/nav/form, or a hidden
block, hold the article: a parser nests the page in an unclosed ``<nav>``, ASP.NET wraps it
in a ``<form>``, React's streaming renderer in a hidden ``<div>``. Far more than an author
bio or a footer note holds."""
_COPY_PROBE = 80
_FORM_FIELDS = 12
"""Typed fields that make a ``<form>`` a form to fill in, not a wrapper around a page
(ASP.NET's holds a search box and a few buttons)."""
_NOT_TYPED = frozenset({"hidden", "checkbox", "radio", "submit", "button", "image", "reset"})
_REPEAT_WORDS = 2
"""Words of a block that is dropped when a layout copy above shows the same text."""
_QUOTE_CHROME = 8
"""Words a quotation may keep besides its repeated text and still go whole."""
_CHECK_EVERY = 256
"""Elements between two looks at the clock while looking for repeats."""
_DATA = frozenset({"table", "pre"})
"""Blocks whose repeats are data, not layout."""
_CARD_SHARE = 0.8
"""Share of an ``<article>``'s text that makes its ``<header>`` the whole of a teaser card."""
_CARD_SUMMARY = 60
"""Characters of a card header's text outside its headings: a teaser's summary."""
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ANCHOR_WORDS = 3
"""Words in an id before it can be a heading's anchor, not a component's name."""
_WEAK_ARTICLE = (2, 400)
"""Prose that makes a "widget" or "paywall" block part of the article."""


def _attrs(el: Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def signal_attrs(el: Element) -> str:
    """class and id with page-builder structure removed (see ``selectors.BUILDER_PREFIX``):
    the words that say what a block is for."""
    return _words(_attrs(el))


def _words(attrs: str) -> str:
    return _signal_words(attrs) if len(attrs) <= _CACHED else _signal_words.__wrapped__(attrs)


def _kind(attrs: str) -> str:
    return (
        _boilerplate_kind(attrs) if len(attrs) <= _CACHED else _boilerplate_kind.__wrapped__(attrs)
    )


@lru_cache(maxsize=8192)
def _signal_words(attrs: str) -> str:
    words = []
    for token in attrs.split():
        if selectors.NEGATED.starts(token):
            continue  # "no-sidebar", "hide-read-more-ad": says what the block is not
        if selectors.BUILDER_PREFIX.starts(token):
            token = selectors.BUILDER_PREFIX.pattern.sub("", token)
            token = selectors.BUILDER_STRUCTURE.sub("", token)
            token = token.strip("-_")
        if token:
            words.append(token)
    return " ".join(words)


def is_hidden(el: Element) -> bool:
    """Hidden by attribute or inline style."""
    # (attribute names as bytes: lxml reads them without encoding the name first, a
    # quarter off each of the reads made of every element)
    if el.get(b"hidden") is not None:
        return True
    aria = el.get(b"aria-hidden")  # (most elements have none: no lower-casing of "")
    if aria and aria.lower() == "true" and el.tag != "a":
        return True
    style = el.get(b"style")
    return bool(style and selectors.HIDDEN_STYLE.found_in(style))


def embed_provider(url: str) -> str:
    """The provider name for an embeddable URL, or ""."""
    host, _ = host_and_path(url)
    for domain, name in selectors.EMBED_PROVIDERS:
        if host == domain or host.endswith("." + domain):
            return name
    return ""


def _prose_rich(el: Element, least: tuple[int, int]) -> bool:
    """Holds at least ``least`` (paragraphs, characters) of prose: an article, whatever its
    wrapper is called."""
    if len(text_content(el)) < least[1]:
        return False
    blocks = prose(el, enough=least)
    return len(blocks.blocks) >= least[0] and blocks.total >= least[1]


def _junk(el: Element, keep_wrappers: bool, page_text: Callable[[], str]) -> bool:
    tag = el.tag
    if not isinstance(tag, str):
        return True
    if tag in selectors.DROP_TAGS:
        if tag not in selectors.WRAPPER_TAGS:
            return True
        if tag == "noscript":  # kept only as the page's sole copy of an article
            return not _prose_rich(el, _STRUCTURAL_ARTICLE) or _copied(el, page_text())
        if tag == "form" and _fields(el) >= _FORM_FIELDS:
            return not keep_wrappers  # a form to fill in, whatever its instructions say
        return not keep_wrappers and not _prose_rich(el, _STRUCTURAL_ARTICLE)
    if tag == "iframe":
        return not embed_provider(el.get("src") or el.get("data-src") or "")
    return not keep_wrappers and is_hidden(el) and not _prose_rich(el, _STRUCTURAL_ARTICLE)


def _fields(form: Element) -> int:
    """The fields of ``form`` a reader types into or picks from a list (not its hidden
    inputs, buttons, check boxes and radio buttons: a product's options, a filter)."""
    return sum(
        1
        for field in form.iter("input", "select", "textarea")
        if (field.get("type") or "text").lower() not in _NOT_TYPED
    )


def _drop_all(doomed: list[Element]) -> None:
    for el in doomed:
        if el.getparent() is None:
            continue
        if el.tag in selectors.VOID_TAGS:
            el.drop_tag()  # libxml2 may have nested the following content inside it
        else:
            el.drop_tree()


def _keep_noscript_images(root: Element) -> None:
    """Lazy-loading pages put the real ``<img>`` in a ``<noscript>`` after a placeholder:
    unwrap it (and drop the placeholder) so the image survives the noscript removal."""
    for noscript in list(root.iter("noscript")):
        if noscript.find(".//img") is None or noscript.getparent() is None:
            continue
        previous = noscript.getprevious()
        if previous is not None and previous.tag == "img" and not _has_real_src(previous):
            previous.drop_tree()
            noscript.drop_tag()
        elif previous is None or previous.tag != "img":
            noscript.drop_tag()


def _has_real_src(img: Element) -> bool:
    return any(
        (img.get(attr) or "").strip() and not selectors.PLACEHOLDER.found_in(img.get(attr) or "")
        for attr in selectors.LAZY_SRC_ATTRS
    )


def drop_junk(
    root: Element, *, keep_wrappers: bool = False, replay: frozenset[int] | None = None
) -> frozenset[int]:
    """Remove scripts, styles, forms, navigation, non-embed iframes and hidden elements
    (a form, a navigation or a hidden block holding a whole article stays; with
    ``keep_wrappers`` every form, navigation and hidden block stays).

    Gives back where the removed elements were in its walk; ``replay``, what an earlier
    call gave back on a copy of the same tree, removes those again without judging them."""
    _keep_noscript_images(root)
    page_text = _lazy_text(root)
    doomed: list[Element] = []
    places: list[int] = []
    walk = _walk(root)
    tick = clock().tick
    for place, (_, el) in enumerate(walk):
        tick()
        tag = el.tag
        if replay is None:
            may_be = tag in _JUNK_TAGS or (not keep_wrappers and is_hidden(el))
            junk = may_be and _junk(el, keep_wrappers, page_text)
        else:
            junk = place in replay
        if junk:
            doomed.append(el)
            places.append(place)
            if tag not in selectors.VOID_TAGS:
                walk.skip_subtree()  # goes whole: what it holds needs no verdict
    _drop_all(doomed)
    return frozenset(places)


_JUNK_TAGS = selectors.DROP_TAGS | {"iframe"}
"""With another tag, only a hidden element may be junk."""


def _walk(root: Element) -> etree.iterwalk:
    """The elements below ``root`` in document order (the parser keeps no comments or
    processing instructions), as ``(event, element)``; ``skip_subtree`` skips one's content."""
    walk = etree.iterwalk(root, events=("start",))
    next(walk)  # root itself
    return walk


def removed_by_cleaning(root: Element, *, product: bool = False) -> Callable[[Element], bool]:
    """A predicate telling whether ``drop_junk`` or ``drop_boilerplate`` on ``root`` would
    remove an element (for read-only passes over the page tree, without a cleaned copy)."""
    page_text = _lazy_text(root)
    no_protection: set[Element] = set()
    return lambda el: _junk(el, False, page_text) or _boilerplate(el, no_protection, product)


def _lazy_text(root: Element) -> Callable[[], str]:
    """``root``'s text as a reader sees it, whitespace collapsed, read on the first call
    only: not the text of scripts, styles and templates (an app's preloaded JSON holds the
    words of a ``<noscript>`` copy without showing them)."""
    text: list[str] = []

    def page_text() -> str:
        if not text:
            parts = _SHOWN_TEXT(root)
            shown = "".join(str(p) for p in parts) if isinstance(parts, list) else ""
            text.append(" ".join(shown.split()))
        return text[0]

    return page_text


def _copied(el: Element, page_text: str) -> bool:
    """The first paragraph of ``el``'s prose also appears outside it."""
    blocks = prose(el).blocks
    return bool(blocks) and page_text.count(blocks[0][1][:_COPY_PROBE]) > 1


def _card_header(el: Element) -> bool:
    """A ``<header>`` holding most of its ``<article>``'s text, a summary beside its
    headline: a teaser card on a listing, not the header of a page or an article."""
    parent = el.getparent()
    if el.tag != "header" or parent is None or parent.tag != "article":
        return False
    own = len(text_of(el))
    if own < _CARD_SHARE * len(text_of(parent)):
        return False
    headings = sum(len(text_of(h)) for h in el.iter(*_HEADINGS))
    return own - headings >= _CARD_SUMMARY


def _link_density(el: Element, text_len: int) -> float:
    links = sum(len(text_content(a)) for a in el.iter("a"))
    return links / text_len if text_len else 1.0


def _boilerplate(el: Element, protected: set[Element], product: bool = False) -> bool:
    if el in protected:
        return False
    classes, ident = el.get(b"class"), el.get(b"id")
    named = bool(classes or ident)  # else its class/id words are none (most elements)
    if product and named and _reviews(_attrs(el)):
        return True
    if el.tag in selectors.STRUCTURAL_BOILERPLATE_TAGS:
        return not _prose_rich(el, _STRUCTURAL_ARTICLE) and not _card_header(el)
    if not named or el.tag in _NEVER_BOILERPLATE:
        return False
    kind = _kind(f"{classes or ''} {ident or ''}")
    if kind and ident and _heading_anchor(el, ident):
        kind = _kind(classes) if classes else ""
    if kind == "strong":
        return True
    if kind == "strong-keep":
        text_len = len(text_content(el))
        return not (text_len > _KEEP_MIN_TEXT and _link_density(el, text_len) < 0.5)
    if kind == "weak":
        return not _prose_rich(el, _WEAK_ARTICLE)
    return False


_NEVER_BOILERPLATE = frozenset({"body", "html", "article", "main"})
_NOT_ALNUM = re.compile(r"[\W_]+")


def _heading_anchor(el: Element, ident: str) -> bool:
    """The id is its section's heading made into an anchor ("sharing-with-a-single-developer"
    for "Sharing with a single developer", as documentation and Markdown tools write them):
    words of the heading, not of what the block is for."""
    if ident.count("-") + ident.count("_") < _ANCHOR_WORDS - 1:
        return False
    heading = el if el.tag in _HEADINGS else next(el.iter(*_HEADINGS), None)
    if heading is None:
        return False
    slug = _NOT_ALNUM.sub("", ident).casefold()
    return bool(slug) and _NOT_ALNUM.sub("", text_content(heading)).casefold() == slug


@lru_cache(maxsize=8192)
def _boilerplate_kind(raw_attrs: str) -> str:
    """What class/id words say: "strong" boilerplate, "strong-keep" (also content words: a
    large block stays), "weak", or ""."""
    attrs = _words(raw_attrs)
    if not attrs:
        return ""
    if selectors.BOILERPLATE.found_in(attrs):
        return "strong-keep" if selectors.KEEP.found_in(attrs) else "strong"
    return "weak" if selectors.WEAK_BOILERPLATE.found_in(attrs) else ""


def _reviews(attrs: str) -> bool:
    """class/id words name customer reviews ("reviews", "pdp-reviews__list", "okeReviews")."""
    return bool(attrs.strip()) and bool(selectors.REVIEWS.search(_CAMEL.sub(" ", attrs)))


def drop_boilerplate(
    root: Element, protect: Element | None = None, *, product: bool = False
) -> None:
    """Remove share bars, comments, ads, related boxes... below ``root``; on a ``product``
    page also its customer reviews (a product page's content is the product's description).

    ``protect`` and its ancestors are never removed (the located content node).
    """
    protected: set[Element] = set()
    node = protect
    while node is not None:
        protected.add(node)
        node = node.getparent()
    doomed: list[Element] = []
    walk = _walk(root)
    tick = clock().tick
    for _, el in walk:
        tick()
        if _boilerplate(el, protected, product):
            doomed.append(el)
            walk.skip_subtree()
    _drop_all(doomed)


class _Marked:
    """Whether an element or one of its ancestors below ``root`` passes ``test``: each
    element is tested once over all calls (the tree must not change meanwhile)."""

    def __init__(self, root: Element, test: Callable[[Element], bool]) -> None:
        self.root = root
        self.test = test
        self.known: dict[Element, bool] = {}

    def __call__(self, el: Element) -> bool:
        chain: list[Element] = []
        node: Element | None = el
        while node is not None and node is not self.root and node not in self.known:
            chain.append(node)
            node = node.getparent()
        verdict = node is not None and node is not self.root and self.known[node]
        for unknown in reversed(chain):  # from the outermost down
            verdict = verdict or self.test(unknown)
            self.known[unknown] = verdict
        return verdict


def _layout_copy(el: Element) -> bool:
    return selectors.LAYOUT_COPY.found_in(el.get("class") or "")


def _quotation(el: Element) -> bool:
    return bool(el.tag == "blockquote")


def drop_repeats(nodes: list[Element], expired: Callable[[], bool]) -> None:
    """Remove a block of ``_REPEAT_WORDS`` words or more whose text an earlier block already
    shows when one of the copies is a layout's (shown on some screen sizes only, a
    carousel's clone) or the later one quotes the earlier (a reply quoting the post above
    it). Other repeats are the author's and stay; so do table cells and code. Stops, leaving
    the rest, when ``expired`` says the conversion's time is up."""
    if len(nodes) == 1 and not _holds_copy_or_quote(nodes[0]):
        return  # (one node: a repeat goes only for a layout copy or quotation inside it)
    first: dict[str, Element] = {}
    doomed: list[Element] = []
    seen = 0
    for node in nodes:
        # either copy sits in a block shown on some screens only or a carousel's clone, or
        # the later one in a quotation (a reply quoting the post above it)
        layout, quoted = _Marked(node, _layout_copy), _Marked(node, _quotation)
        open_blocks: list[list[object]] = []  # [block, holds another block], outermost first
        in_data = 0
        for event, el in etree.iterwalk(node, events=("start", "end")):
            tag = el.tag
            if event == "start":
                seen += 1
                if seen % _CHECK_EVERY == 0 and expired():
                    break
            if not isinstance(tag, str) or tag not in selectors.BLOCK_TAGS:
                continue
            if event == "start":
                if open_blocks:
                    open_blocks[-1][1] = True
                open_blocks.append([el, False])
                in_data += tag in _DATA
                continue
            holds_block = open_blocks.pop()[1]
            if tag in _DATA:
                in_data -= 1
                continue
            if in_data or holds_block:  # inside a table or code; or not an innermost block
                continue
            words = text_content(el).split()
            if len(words) < _REPEAT_WORDS:
                continue
            text = " ".join(words).casefold()  # (case folding adds or removes no space)
            if text not in first:
                first[text] = el
            elif layout(first[text]) or layout(el) or quoted(el):
                doomed.append(el)
    for el in _emptied_quotes(doomed):
        el.drop_tree()


_INNER_CLASSES = etree.XPath(".//*/@class", smart_strings=False)
"""The class of every element below the context one (not its own)."""


def _holds_copy_or_quote(node: Element) -> bool:
    """An element below ``node`` is a layout copy or a quotation (one look at the class
    values, each distinct one tested once, instead of a walk)."""
    if next(node.iterdescendants("blockquote"), None) is not None:
        return True
    classes = _INNER_CLASSES(node)
    values = set(classes) if isinstance(classes, list) else set()
    return any(selectors.LAYOUT_COPY.found_in(str(value)) for value in values)


def _emptied_quotes(doomed: list[Element]) -> list[Element]:
    """``doomed``, with a quotation left holding only its chrome ("Ann said:", "Click to
    expand...") taken whole instead of its repeated parts."""
    inside: dict[Element, list[Element]] = {}
    alone: list[Element] = []
    for el in doomed:
        quote = next(el.iterancestors("blockquote"), None)
        if quote is None:
            alone.append(el)
        else:
            inside.setdefault(quote, []).append(el)
    for quote, parts in inside.items():
        left = _word_count(quote) - sum(_word_count(el) for el in parts)
        alone += [quote] if left <= _QUOTE_CHROME else parts
    return alone


def _word_count(el: Element) -> int:
    return len(text_content(el).split())
