"""Selectors and patterns as data: where CMSs put bylines, kickers and bodies, and
which class/id words mark boilerplate. Code elsewhere only interprets these tables."""

from __future__ import annotations

import re

from syndicate.reader.index import Match

# --- metadata heuristics ---------------------------------------------------------

BYLINES: tuple[Match, ...] = (
    Match(attr="rel", values=("author",), exclude_tag="link"),
    Match(attr="itemprop", values=("author",), then_attr=("itemprop", "name")),
    Match(
        classes=(
            "td-post-author-name",
            "author-name",
            "byline__name",
            "byline-name",
            "author__name",
            "c-byline__author-name",
            "article-author",
            "ArticleByline",
        )
    ),
    Match(classes=("byline", "byline__authors", "author", "authors", "dateline-byline")),
)

KICKERS: tuple[Match, ...] = (
    Match(classes=("td-category",), then_tag="a"),
    Match(classes=("kicker-label", "kicker__label", "section-kicker")),
    Match(
        classes=(
            "kicker",
            "article-kicker",
            "c-kicker",
            "eyebrow",
            "article__kicker",
            "overline",
            "section-label",
            "story-kicker",
        )
    ),
)

TIMES: tuple[tuple[Match, str], ...] = (
    (Match(tag="time", inside="article"), "datetime"),
    (Match(tag="time"), "datetime"),
    (Match(attr="itemprop", values=("datePublished",)), "content"),
)
"""Where a visible publication time is, and the attribute that holds it."""

HEADLINES: tuple[Match, ...] = (
    Match(
        tag="h1",
        classes=(
            "entry-title",
            "td-post-title",
            "headline",
            "article-title",
            "post-title",
            "story-title",
            "c-page-title",
        ),
    ),
    Match(tag="h1", inside="article"),
    Match(tag="h1"),
)

# --- body location -----------------------------------------------------------------

CONTENT: tuple[tuple[str, Match], ...] = (
    ("itemprop=articleBody", Match(attr="itemprop", values=("articleBody",))),
    ("tagdiv", Match(classes=("td-post-content",))),
    (
        "wordpress",
        Match(classes=("entry-content", "post-content", "single-post-content", "the-content")),
    ),
    (
        "arc",
        Match(
            classes=(
                "article-body",
                "article__body",
                "articleBody",
                "story-body",
                "story__body",
                "story-content",
                "article-content",
                "article__content",
            )
        ),
    ),
    ("vox", Match(classes=("c-entry-content",))),
    ("drupal", Match(classes=("field--name-body", "field-name-body", "node__content"))),
    ("medium", Match(classes=("postArticle-content", "section-content"))),
    ("substack", Match(classes=("available-content",))),
    ("blogger", Match(classes=("post-body", "entry-body"))),
    ("nyt", Match(tag="section", attr="name", values=("articleBody",))),
)
"""Article-body containers of common CMSs, most specific first."""

# --- boilerplate -----------------------------------------------------------------------

BUILDER_PREFIX = re.compile(
    r"^(?:elementor|et_pb|et|wp-block|wp|sqs|wixui|wix|w|vc|fl|brxe|kb|gb|uagb|fusion|avia"
    r"|tatsu|tve|oxy|ct|bde|jet|e-con|e|has|is|block|module|gutenberg|ce|wpb|x)[-_]",
    re.I,
)
"""Class prefixes of page builders and block editors (Elementor, Divi, Gutenberg, Squarespace,
Wix, Webflow, WPBakery, Beaver, Bricks, Kadence, GenerateBlocks, Spectra, Avada, Enfold...):
every block of a page sits in such classes, so their structural words say nothing."""

BUILDER_STRUCTURE = re.compile(
    r"(?:^|[-_])(?:widget|wrap|wrapper|container|inner|column|col|row|section|element|block"
    r"|module|content|text|editor|html|default|heading|image|group|layout|stack|flex|grid)"
    r"(?=$|[-_])",
    re.I,
)
"""Structural words inside a page-builder class, removed before the boilerplate test, so that
``elementor-widget-container`` says nothing and ``elementor-widget-share-buttons`` still says
"share"."""

DROP_TAGS: frozenset[str] = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "link",
        "meta",
        "button",
        "input",
        "select",
        "textarea",
        "form",
        "nav",
        "svg",
        "canvas",
        "object",
        "embed",
        "applet",
        "frame",
        "frameset",
        "dialog",
        "menu",
        "map",
        "audio",
        "source",
        "track",
        "param",
        "base",
    }
)
"""Tags removed everywhere before the body is converted."""

WRAPPER_TAGS: frozenset[str] = frozenset({"form", "nav", "menu", "dialog"})
"""Dropped tags that may wrap a whole page (by design or by a parser's misnesting): dropped
only when they hold little prose."""

VOID_TAGS: frozenset[str] = frozenset(
    {"embed", "source", "track", "param", "base", "link", "meta", "input", "wbr", "area", "keygen"}
)
"""HTML void elements: they have no content of their own, so removing one keeps whatever
the parser put inside it (libxml2 nests the rest of the page in an unclosed ``<embed>``)."""

STRUCTURAL_BOILERPLATE_TAGS: frozenset[str] = frozenset({"header", "footer", "aside"})
"""Tags removed unless they hold the main content."""

BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|comments?|disqus|newsletter|subscribe|subscription"
    r"|advert|advertisement|ads?|ad-?slot|adunit|dfp|sponsor(?:ed)?|cookie|consent|gdpr"
    r"|related|recommend(?:ed|ations)?|outbrain|taboola|breadcrumbs?"
    r"|pagination|pager|site-header|site-footer|navbar|toolbar|author-box"
    r"|author-bio|tag-list|print-only|screen-reader|sr-only|visually-hidden|skip-link"
    r"|more-stories|most-popular|trending|jp-relatedposts|sharedaddy|td-post-sharing"
    r"|td-post-source-tags|td-post-next-prev|td-author|signup|gallery|slideshow|carousel)"
    r"(?:$|[\s_-])",
    re.I,
)
"""class/id words of boilerplate blocks."""

WEAK_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:widget|sidebar|promo|popup|modal|masthead|menu|tags|rating|read-more"
    r"|paywall|banner|support-us|support-journalism|donate|donation|membership"
    r"|contribution-ask)(?:$|[\s_-])",
    re.I,
)
"""class/id words that mark boilerplate only on blocks without much prose: themes and
builders also wrap the article itself in a "widget", a "sidebar" layout or a "paywall"."""

KEEP = re.compile(r"article|body|content|entry|main|post|story|text", re.I)
"""class/id words that veto a boilerplate match on a large block."""

POSITIVE = re.compile(r"article|body|content|entry|hentry|main|page|post|text|blog|story", re.I)
NEGATIVE = re.compile(
    r"hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain"
    r"|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
    r"|byline|author|dateline|caption",
    re.I,
)
"""Class/id weights of the scoring fallback (after Readability's)."""

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# --- embeds --------------------------------------------------------------------------

EMBED_PROVIDERS: tuple[tuple[str, str], ...] = (
    ("youtube.com", "YouTube"),
    ("youtube-nocookie.com", "YouTube"),
    ("youtu.be", "YouTube"),
    ("vimeo.com", "Vimeo"),
    ("twitter.com", "X"),
    ("x.com", "X"),
    ("instagram.com", "Instagram"),
    ("facebook.com", "Facebook"),
    ("tiktok.com", "TikTok"),
    ("soundcloud.com", "SoundCloud"),
    ("spotify.com", "Spotify"),
    ("dailymotion.com", "Dailymotion"),
)

EMBED_BLOCKQUOTE_CLASSES: dict[str, str] = {
    "twitter-tweet": "X",
    "twitter-video": "X",
    "instagram-media": "Instagram",
    "tiktok-embed": "TikTok",
}

PULLQUOTE = re.compile(r"pull-?quote|pullquote|blockquote--pull", re.I)

PLACEHOLDER = re.compile(r"^data:image/(?:gif|svg)|blank\.|spacer\.|pixel\.|placeholder", re.I)
"""Image sources that only hold a place for a lazily loaded picture."""
LAZY_SRC_ATTRS: tuple[str, ...] = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-url",
    "data-hi-res-src",
    "src",
)
LAZY_SRCSET_ATTRS: tuple[str, ...] = ("data-srcset", "data-lazy-srcset", "srcset")

# --- news conventions ---------------------------------------------------------------

RELATED_LEAD = re.compile(
    r"^\s*(?:also\s+read|read\s+also|read\s+more|also\s+see|see\s+also|related|recommended"
    r"|more\s+on\s+this|read)\s*[:|\-–—]\s*",
    re.I,
)
EDITED_BY = re.compile(r"^\s*\(?\s*edited\s+by\s*:?\s*(?P<names>[^()]+?)\s*\)?\s*\.?\s*$", re.I)
WITH_INPUTS = re.compile(
    r"^\s*\(?\s*with\s+inputs?\s+from\s+(?P<who>[^()]+?)\s*\)?\s*\.?\s*$", re.I
)
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3})"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z. ]{1,20})\))?\s*(?::|\s[-–—]{1,2})\s+(?=\S)"
)
DATELINE_MAX = 40
NOT_PLACES: frozenset[str] = frozenset(
    {
        "update",
        "updated",
        "note",
        "editor's note",
        "editor’s note",
        "photo",
        "video",
        "watch",
        "read",
        "also read",
        "warning",
        "disclaimer",
        "correction",
        "q",
        "a",
        "summary",
        "live",
        "breaking",
        "exclusive",
        "opinion",
        "analysis",
        "listen",
        "by",
    }
)
CAPTION_CREDIT_SEPARATOR = " | "
CREDIT_PREFIX = re.compile(r"^\s*(?:photo|image|picture|credit|photograph|source)s?\s*:\s*", re.I)
