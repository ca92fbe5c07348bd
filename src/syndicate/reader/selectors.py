"""Selectors and patterns as data: where CMSs put bylines, kickers and bodies, and
which class/id words mark boilerplate. Code elsewhere only interprets these tables."""

from __future__ import annotations

import re

from syndicate.reader.index import Match
from syndicate.reader.metadata.textdates import MONTHS


class Caseless:
    """A case-insensitive pattern (``pattern``), tested quicker on ASCII text: lower-cased
    and matched case-sensitively, the same verdict without sre folding the case of every
    character it compares. Its letters must be lower case."""

    __slots__ = ("_ascii", "pattern")

    def __init__(self, source: str) -> None:
        if re.search("[A-Z]", re.sub(r"\\.", "", source)):
            raise ValueError(f"a caseless pattern is written in lower case: {source!r}")
        self.pattern = re.compile(source, re.I)
        self._ascii = re.compile(source)

    def found_in(self, text: str) -> bool:
        """``pattern.search(text)`` finds a match."""
        if text.isascii():
            return self._ascii.search(text.lower()) is not None
        return self.pattern.search(text) is not None

    def starts(self, text: str) -> bool:
        """``pattern.match(text)`` matches."""
        if text.isascii():
            return self._ascii.match(text.lower()) is not None
        return self.pattern.match(text) is not None


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

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "blockquote",
        "figure",
        "table",
        "pre",
        "hr",
        "iframe",
        "video",
        "center",
        "address",
        "details",
        "summary",
        "li",
        "dt",
        "dd",
        "picture",
        "body",
        "figcaption",
        "hgroup",
        "fieldset",
        "tr",
        "td",
        "th",
        "tbody",
        "thead",
        "tfoot",
        "caption",
    }
)
"""Tags that make a block of their own in a body (the converter's and the prose reader's)."""

# --- boilerplate -----------------------------------------------------------------------

BUILDER_PREFIX = Caseless(
    r"^(?:elementor|et_pb|et|wp-block|wp|sqs|wixui|wix|w|vc|fl|brxe|kb|gb|uagb|fusion|avia"
    r"|tatsu|tve|oxy|ct|bde|jet|e-con|e|has|is|block|module|gutenberg|ce|wpb|x)[-_]"
)
"""Class prefixes of page builders and block editors (Elementor, Divi, Gutenberg, Squarespace,
Wix, Webflow, WPBakery, Beaver, Bricks, Kadence, GenerateBlocks, Spectra, Avada, Enfold...):
every block of a page sits in such classes, so their structural words say nothing."""

NEGATED = Caseless(r"^(?:no|not|hide|hidden|without|disable|disabled)[-_]")
"""A class that negates a word ("no-sidebar", "hide-read-more-ad", "without-comments"): a
state of the block, not what it is."""

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

WRAPPER_TAGS: frozenset[str] = frozenset({"form", "nav", "menu", "dialog", "noscript", "button"})
"""Dropped tags that may wrap a whole page (by design, such as the ``<noscript>`` copy of a
Discourse thread, or by a parser's misnesting): dropped only when they hold little prose."""

VOID_TAGS: frozenset[str] = frozenset(
    {"embed", "source", "track", "param", "base", "link", "meta", "input", "wbr", "area", "keygen"}
)
"""HTML void elements: they have no content of their own, so removing one keeps whatever
the parser put inside it (libxml2 nests the rest of the page in an unclosed ``<embed>``)."""

STRUCTURAL_BOILERPLATE_TAGS: frozenset[str] = frozenset({"header", "footer", "aside"})
"""Tags removed unless they hold the main content."""

BOILERPLATE = Caseless(
    r"(?:^|[\s_-])(?:share|sharing|social|comments?|disqus|newsletter|subscribe|subscription"
    r"|advert|advertisement|ads?|ad-?slot|adunit|dfp|sponsor(?:ed)?|cookie|consent|gdpr"
    r"|related|recommend(?:ed|ations)?|outbrain|taboola|breadcrumbs?"
    r"|pagination|pager|site-header|site-footer|navbar|toolbar|author-box"
    r"|author-bio|tag-list|print-only|screen-reader|sr-only|visually-hidden|skip-link"
    r"|more-stories|most-popular|trending|jp-relatedposts|sharedaddy|td-post-sharing"
    r"|td-post-source-tags|td-post-next-prev|td-author|signup|gallery|slideshow|carousel"
    r"|btn|button|cta|ez-toc-container|lwptoc|popup|modal"
    r"|userextras|extrauserinfo|userinfo_extra|userstats|authorstats|postprofile)"
    r"(?:$|[\s_-])"
)
"""class/id words of boilerplate blocks."""

WEAK_BOILERPLATE = Caseless(
    r"(?:^|[\s_-])(?:widget|sidebar|promo|masthead|menu|tags|rating|read-more"
    r"|paywall|banner|support-us|support-journalism|donate|donation|membership"
    r"|contribution-ask)(?:$|[\s_-])"
)
"""class/id words that mark boilerplate only on blocks without much prose: themes and
builders also wrap the article itself in a "widget", a "sidebar" layout or a "paywall"."""

LAYOUT_COPY = Caseless(
    r"(?:^|\s)(?:d-none|d-(?:sm|md|lg|xl)-(?:none|block|flex)|hidden-(?:xs|sm|md|lg|xl)"
    r"|visible-(?:xs|sm|md|lg|xl)(?:-\w+)?|(?:sm|md|lg|xl|2xl):(?:hidden|block|flex|grid)"
    r"|(?:show|hide)-for-\S+|is-hidden-\S+|slick-cloned|swiper-slide-duplicate\S*|cloned?"
    r"|(?!is-)(?![^\s]*(?:size|width|column|grid|break|position|spacing|align|adjust))"
    r"[^\s]*(?:mobile|desktop|tablet)[^\s]*)(?=\s|$)"
)
"""class tokens of a block shown on some screen sizes only (Bootstrap, Tailwind, Foundation,
"mobile-only", "hide-desktop", "desktopText"; not a layout modifier such as Bulma's
"is-mobile" or "is-size-7-mobile") or of a carousel's cloned slide: a copy of a text shown
elsewhere."""

REVIEWS = re.compile(r"(?:^|[\s_-])reviews?(?:$|[\s_-])", re.I)
"""class/id words of a block of customer reviews (boilerplate on a product page)."""

KEEP = Caseless(r"article|body|content|entry|main|post|story|text")
"""class/id words that veto a boilerplate match on a large block."""

POSITIVE = Caseless(r"article|body|content|entry|hentry|main|page|post|text|blog|story")
NEGATIVE = Caseless(
    r"hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain"
    r"|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
    r"|byline|author|dateline|caption"
)
"""Class/id weights of the scoring fallback (after Readability's)."""

HIDDEN_STYLE = Caseless(r"display\s*:\s*none|visibility\s*:\s*hidden")

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

PLACEHOLDER = Caseless(r"^data:image/(?:gif|svg)|blank\.|spacer\.|pixel\.|placeholder")
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

BYLINE_LABEL = re.compile(
    r"(?:(?:written|words|story|posted|article|reported)\s+by|by|authors?|author\(s\)"
    r"|contributors?|autor(?:in|en|ka|zy|a|e)?|auteure?s?|von|par|por|door|di|av|af|автор"
    r"|yazar|szerző|tekijä|geschrieben\s+von|écrit\s+par|escrito\s+por|scritto\s+da|作者)"
    r"\s*:?",
    re.I,
)
"""A line that is only a byline label, matched whole ("Written by", "Author:", "Autorin"):
the name is on the next line, in the header or in an author box at the end of a body."""
RELATED_LEAD = re.compile(
    r"^\s*(?:also\s+read|read\s+also|read\s+more|also\s+see|see\s+also|related|recommended"
    r"|more\s+on\s+this|read|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|(?:à\s+)?lire\s+aussi"
    r"|lee\s+también|leer\s+más|leggi\s+anche|leia\s+também|veja\s+também|lees\s+ook"
    r"|czytaj\s+(?:także|też)|zobacz\s+(?:także|też)|čtěte\s+také|läs\s+(?:också|även)"
    r"|læs\s+også|les\s+også|lue\s+myös|baca\s+juga|citește\s+și|читайте\s+(?:также|також)"
    r"|διαβάστε\s+επίσης|関連記事|相关阅读|相關閱讀|延伸閱讀|关联阅读|관련\s?기사)\s*[:|\-–—：]\s*",
    re.I,
)
EDITED_BY = re.compile(r"^\s*\(?\s*edited\s+by\s*:?\s*(?P<names>[^()]+?)\s*\)?\s*\.?\s*$", re.I)
WITH_INPUTS = re.compile(
    r"^\s*\(?\s*with\s+inputs?\s+from\s+(?P<who>[^()]+?)\s*\)?\s*\.?\s*$", re.I
)
_PLACE_WORD = r"[^\W\d_](?:[^\W\d_]|[.'’-])+"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:[ ,]+{_PLACE_WORD}){{0,3}})"
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
        "fazit",
        "hinweis",
        "achtung",
        "wichtig",
        "übrigens",
        "tipp",
        "anzeige",
        "kommentar",
        "meinung",
        "analyse",
        "eilmeldung",
        "aktualisierung",
        "remarque",
        "attention",
        "avertissement",
        "mise à jour",
        "avis",
        "nota",
        "aviso",
        "atención",
        "actualización",
        "opinión",
        "análisis",
        "attenzione",
        "aggiornamento",
        "opinione",
        "analisi",
        "atenção",
        "atualização",
        "opinião",
        "let op",
        "uwaga",
        "aktualizacja",
        "opinia",
    }
)
CAPTION_CREDIT_SEPARATOR = " | "
CREDIT_PREFIX = re.compile(r"^\s*(?:photo|image|picture|credit|photograph|source)s?\s*:\s*", re.I)

# --- edges of the body (see reader.body.trim) -------------------------------------------

_MONTHS = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?"
DATE_ONLY = re.compile(
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    rf",?\s+(?:de\s+)?\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})"
    rf"(?:,?\s+(?:at\s+|um\s+|à\s+)?{_CLOCK})?|{_CLOCK}",
)
"""A line that is only a date (and time) in a common written form (matched casefolded)."""

META_LINE = re.compile(
    r"^(?:(?:written|words|story|posted|published|reviewed|medically reviewed|fact[- ]checked"
    r"|edited|updated|compiled|reported)\s+(?:by|on)\b|by\s+\w|(?:last\s+)?(?:updated|modified"
    r"|published|posted)\b|von\s+\w|par\s+\w|aktualisiert|veröffentlicht|mis à jour|publié"
    r"|actualizado|publicado|pubblicato|aggiornato|bijgewerkt|gepubliceerd|opublikowano"
    r"|zaktualizowano|publikováno|aktualizováno|yayınlanma|güncellenme|publicerad|uppdaterad"
    r"|udgivet|opdateret|publisert|oppdatert|julkaistu|päivitetty|publicat|actualizat"
    r"|diterbitkan|diperbarui|опубликовано|обновлено|опубліковано|оновлено"
    r"|\d+\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+(?:read|reading|de lecture|lesezeit|lectura))?$"
    r"|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura"
    r"|tempo de leitura|leestijd|czas czytania|okuma süresi|lästid|lukuaika|время чтения)\b"
    r"|(?:share|share this(?: article| post| story)?|print(?: this page| this article)?"
    r"|listen(?: to this article)?|save|email|copy link|follow|teilen|drucken|partager"
    r"|imprimer|compartir|imprimir|condividi|stampa|compartilhar|delen|printen|udostępnij"
    r"|drukuj|sdílet|paylaş|dela|del|jaa|поделиться|поділитися|bagikan|シェア|分享)$)",
    re.I,
)
"""A short line before the article's first paragraph that repeats metadata or is chrome."""

_READS = r"(?:posts?|articles?|stories|recipes|guides|reads|videos|products)"
"""What a rail offers "you may like" ("Posts you may enjoy", "Recipes you'll love")."""

RAIL_HEADING = re.compile(
    r"(?:related|similar)(?:\s+(?:posts?|articles?|stories|content|news|reading|reads|topics"
    r"|products|resources|links|videos|guides|insights))?"
    rf"|(?:(?:(?:other|more|similar) )?{_READS} (?:that )?)?you(?:'ll|’ll| (?:may|might|will|could))"
    r"(?: also)?"
    r" (?:like|love|enjoy|be interested in|have missed)(?: this| these)?"
    r"|more (?:from|by) .{1,40}|more (?:like this|to (?:explore|read|discover)|stories"
    r"|articles|news|posts|insights|for you|reading)"
    r"|explore (?:more|further|related)(?: \S+){0,3}|(?:read|up) next|(?:also|must) read"
    r"|read (?:more|also)|keep reading|what to read next|don't miss|don’t miss"
    r"|recommended(?: for you| reading| articles| posts| stories)?"
    r"|popular (?:posts|articles|stories|now)|most (?:popular|read|viewed)"
    r"|trending(?: now| stories| articles)?|(?:latest|recent) (?:news|posts|articles|stories)"
    r"|about the (?:author|writer|reviewer|expert|contributor)s?|author bio|meet the author"
    r"|(?:the )?authors?|recent posts|latest posts(?: by .{1,40})?|read this next|contact us"
    r"|get in touch|follow us(?: on .{1,30})?|(?:article )?written by"
    r"|was this (?:page|article|post|doc|documentation|guide|answer) (?:helpful|useful)"
    r"|submit (?:a )?correction|(?:give |send (?:us )?)?feedback|edit (?:this page|on github)"
    r"|share (?:this|the) (?:article|post|story|page)|share(?: this)?|share on \S+"
    r"|(?:\d+\s+)?comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)"
    r"|post a comment|add a comment|tags?|filed under|categories"
    r"|sign up (?:for|to) .{1,40}|subscribe(?: to .{1,40})?|newsletter|get (?:our|the) newsletter"
    r"|mehr zum thema|das könnte sie auch interessieren|weitere artikel|verwandte artikel"
    r"|ähnliche artikel|kommentare|lesen sie auch|auch interessant"
    r"|(?:à )?lire aussi|sur le même sujet|articles? similaires|commentaires|à voir aussi"
    r"|leer más|lee también|te puede interesar|artículos relacionados|noticias relacionadas"
    r"|comentarios|más noticias|leggi anche|articoli correlati|potrebbe interessarti|commenti"
    r"|leia também|artigos relacionados|veja também|comentários|notícias relacionadas"
    r"|lees ook|gerelateerde artikelen|reacties|читайте также|похожие статьи|комментарии"
    r"|czytaj (?:także|też)|zobacz (?:także|też)|polecamy|powiązane artykuły|podobne artykuły"
    r"|komentarze|související články|čtěte také|přečtěte si také|komentáře|ilgili haberler"
    r"|benzer haberler|ilginizi çekebilir|bunlar da ilginizi çekebilir|yorumlar"
    r"|relaterade artiklar|läs (?:också|även)|relaterede artikler|læs også|relaterte artikler"
    r"|les også|kommentarer|lue myös|aiheeseen liittyvät|kommentit|baca juga|artikel terkait"
    r"|berita terkait|komentar|citește și|articole similare|comentarii|читайте також"
    r"|схожі статті|коментарі|διαβάστε επίσης|σχετικά άρθρα|σχόλια|kapcsolódó cikkek"
    r"|hozzászólások|tin liên quan|bài viết liên quan|bình luận|関連記事|関連ニュース"
    r"|おすすめ記事|あわせて読みたい|人気記事|コメント|相关文章|相关阅读|相关新闻|推荐阅读"
    r"|热门文章|评论|相關文章|相關新聞|延伸閱讀|推薦閱讀|評論|관련 ?기사|많이 본 뉴스|댓글"
    r"|مقالات ذات صلة|اقرأ أيضا|اقرأ أيضًا|التعليقات",
    re.I,
)
"""The heading of a rail that follows the article (matched against the whole heading)."""

_INVITATIONS = (
    r"leave a (?:reply|comment)|join the (?:conversation|discussion)|(?:post|add) a comment"
    r"|schreibe einen kommentar|kommentar (?:schreiben|verfassen)|laisser un commentaire"
    r"|laissez un commentaire|deja (?:una respuesta|un comentario)|lascia un commento"
    r"|deixe (?:um comentário|uma resposta)|geef een reactie|laat een reactie achter"
    r"|добавить комментарий|оставьте комментарий|dodaj komentarz|napsat komentář"
    r"|bir yanıt yazın|yorum yap|lämna ett svar|skriv en kommentar|tinggalkan balasan"
    r"|コメントを残す|コメントする|发表回复|发表评论|發表迴響|發表回覆|댓글 남기기"
)
COMMENTS_INVITATION = re.compile(_INVITATIONS, re.I)
"""The comment headings that invite one rather than count them: a page has one under
its thread's form, a Q&A page one under every post."""
COMMENTS_HEADING = re.compile(
    r"(?:\d+|one|no)\s+(?:reader\s+|user\s+)?(?:comments?|responses?|replies|thoughts?"
    r"|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|komentarz[ey]?"
    r"|komentář|komentáře|komentářů|yorum|kommentarer|kommentti[a]?|комментари(?:й|я|ев)"
    r"|коментар(?:і|ів)?)"
    r"(?:\s+(?:on|to)\s+.{1,300})?|(?:reader\s+|user\s+)?(?:comments?|kommentare|commentaires"
    r"|comentarios|commenti|comentários|reacties|komentarze|komentáře|yorumlar|kommentarer"
    r"|kommentit|комментарии|коментарі|コメント|评论|評論|댓글)\s*[(（]\d+[)）]|" + _INVITATIONS,
    re.I,
)
"""The heading over a comment thread ("124 Reader Comments", WordPress's "3 thoughts on
“Title”", or an invitation to comment): what follows is prose, the readers' and not the
article's."""


RELATED_BOX = re.compile(
    r"(?:more (?:on|about|from|in) .{1,60}|more (?:like this|stories|articles|news|posts|reading)"
    r"|see also|read also|also read|related(?: \S+){0,2}|further reading|recommended(?: \S+){0,2}"
    r"|you (?:may|might) also like|read next|read more|lire aussi|à lire aussi|lesen sie auch"
    r"|mehr zum thema|leer más|lee también|leggi anche|leia também|lees ook|читайте также"
    r"|czytaj (?:także|też)|zobacz (?:także|też)|čtěte také|läs (?:också|även)|læs også"
    r"|les også|lue myös|baca juga|citește și|читайте також|διαβάστε επίσης|関連記事"
    r"|相关阅读|延伸閱讀|관련 ?기사|اقرأ أيضا)",
    re.I,
)
"""The heading of a box of links inside the article (matched against the whole heading)."""

CONTENTS = re.compile(
    r"(?:table of )?contents?(?: hide| show)?|in this (?:article|post|guide|story)|on this page"
    r"|jump to|skip to|inhaltsverzeichnis|inhalt|sommaire|índice|indice|contenido|contenuti"
    r"|inhoud|inhoudsopgave|содержание|目次|目录|spis treści|obsah|içindekiler|innehåll"
    r"|indholdsfortegnelse|innhold|sisällys|sisällysluettelo|tartalomjegyzék|cuprins"
    r"|daftar isi|зміст|περιεχόμενα|mục lục|목차|目錄",
    re.I,
)
"""The heading of a table of contents (matched against the whole heading)."""

TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/｜]\s+|\s+::\s+|｜")
"""What stands between a title and the site's name or a section ("Headline | Site")."""

HOME = re.compile(
    r"home|homepage|start|startseite|accueil|inicio|início|главная|首页|ホーム|strona główna"
    r"|úvod|ana ?sayfa|hem|forside|etusivu|főoldal|acasă|beranda|головна|αρχική|trang chủ|홈"
)
"""The first item of a breadcrumb trail (casefolded)."""

RELATED_RAIL = re.compile(
    r"(?:related|similar|you (?:may|might|will|could)|you(?:'ll|’ll) |other |more |explore|read"
    rf"|{_READS} (?:that )?you|up next"
    r"|recommended"
    r"|also|mehr|weitere|verwandte|ähnliche|lesen|lire|sur le même|leer|lee |te puede|artículos"
    r"|noticias|leggi|articoli|potrebbe|leia|artigos|veja|lees|gerelateerde|читайте|похожие)",
    re.I,
)
"""Rail headings whose links are related reading (kept as the article's related links)."""

CALL_TO_ACTION = re.compile(
    r"(?:learn|read|see|view|show|find out|discover|explore|load|know) more(?: about .{1,40})?"
    r"|read (?:the )?(?:full )?(?:article|story|post|report|review)|continue reading"
    r"|click here.{0,40}|(?:shop|buy|order|book)\b.{0,40}|check (?:price|prices|availability)\b.{0,40}"
    r"|(?:see|view) (?:price|prices|deal|deals|details|all)\b.{0,30}|get (?:started|a quote|quote"
    r"|report|the report|the deal|deal|offer|it now|it here)|(?:try|start) (?:it )?(?:for )?free"
    r"|(?:start|begin) (?:your )?(?:free )?trial|download (?:now|the report|report|pdf|the guide)"
    r"|sign up(?: now| today| free)?|subscribe(?: now| today)?|register(?: now)?|join (?:now|us|today)"
    r"|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:free )?(?:\S+ )?newsletter"
    r"|join (?:our|the) (?:mailing list|newsletter)|follow us(?: on \S+)?|sign in|log in"
    r"|donate(?: now)?|apply now|contact us|get in touch|watch (?:now|video|the video)"
    r"|listen(?: now)?|opens in a new (?:window|tab)|back to top|scroll to top"
    r"|facebook|twitter|x|instagram|linkedin|youtube|pinterest|tiktok|whatsapp|reddit|threads"
    r"|bluesky|telegram|email|e-mail|print|copy link|copied|show caption|hide caption"
    r"|show (?:more|less)|expand|collapse|click to (?:expand|collapse)|sort(?: by)?|filters?"
    r"|loading|advertisement|sponsored(?: ad)?|ad"
    r"|prev|previous|next|prev \| next|previous \| next|« previous|next »"
    r"|weiterlesen|mehr (?:lesen|erfahren)|teilen|drucken|anzeige|werbung|lire la suite"
    r"|en savoir plus|partager|imprimer|publicité|seguir leyendo|leer más|compartir|imprimir"
    r"|publicidad|continua a leggere|leggi (?:tutto|di più)|condividi|stampa|pubblicità"
    r"|continue lendo|leia mais|saiba mais|compartilhar|publicidade|lees (?:meer|verder)"
    r"|delen|advertentie|читать (?:далее|дальше)|подробнее|поделиться|реклама"
    r"|czytaj (?:więcej|dalej)|udostępnij|reklama|devamını oku|paylaş|reklam|läs mer|dela"
    r"|annons|les mer|læs mere|lue lisää|baca selengkapnya|bagikan|iklan|続きを読む"
    r"|もっと見る|シェア|広告|阅读全文|阅读更多|查看更多|分享|广告|廣告|더 ?보기|공유|광고",
)
"""A short block that is only a call to action (matched casefolded against the whole text)."""

COUNTER = re.compile(
    r"[\d.,]+\s*[km]?\s*(?:shares?|comments?|views?|likes?|reactions?|responses?|reads?"
    r"|kommentare|commentaires|comentarios|commenti|comentários|reacties|komentarzy|yorum"
    r"|kommentarer|aufrufe|vues|visualizzazioni|visualizações|просмотр(?:ов|а)?)"
    r"|(?:share|tweet|pin(?:\s+it)?|save|e-?mail|flip|whatsapp|facebook|twitter|linkedin"
    r"|reddit)\s*[\d.,]+\s*[km]?|(?:total\s+)?shares"
)
"""A block that is only a count (share, comment, view counts; a share button's label and
count, "Tweet 0"; matched casefolded)."""

FOOTER_NOTE = re.compile(r"\s*(?:©|\(c\)\s|copyright\b|all rights reserved)", re.I)
"""A copyright line (at the end of a body)."""
