"""The ``epub`` format: a digest of articles as an EPUB 3 book (ebooklib underneath),
grouped by section, with a generated cover, masthead, two-level navigation (EPUB 3 nav and
NCX) and byte-identical output for the same input and Context."""

from __future__ import annotations

import io
import uuid
import zipfile
from datetime import datetime, timezone

from ebooklib import epub

from syndicate.context import Context
from syndicate.errors import WriteError
from syndicate.model import Article, Feed
from syndicate.writers import feedtools
from syndicate.writers.base import TypedWriter
from syndicate.writers.epub import cover, images, pages
from syndicate.writers.epub.options import EpubOptions
from syndicate.writers.identity import content_hash
from syndicate.writers.presentation import format_date, labels, people
from syndicate.writers.safetext import inert_text, xml_safe, xml_text

STYLESHEET = "style.css"


def edition_date(articles: list[Article], context: Context) -> datetime:
    """The edition's date: the newest article's date, else the Context's now."""
    dates = [d for d in (a.published or a.modified for a in articles) if d is not None]
    return max(dates, default=context.now)


def _section_of(article: Article, options: EpubOptions) -> str:
    if options.group_by is not None:
        return options.group_by(article).strip() or "News"
    return labels.section(article).strip() or "News"


def group(articles: list[Article], options: EpubOptions) -> list[tuple[str, list[Article]]]:
    """Articles by section, sections in first-seen order, articles in feed order."""
    sections: dict[str, list[Article]] = {}
    for article in articles:
        sections.setdefault(_section_of(article, options), []).append(article)
    return list(sections.items())


def _repack(raw: bytes, when: datetime) -> bytes:
    """The same entries in the same order with fixed timestamps and attributes,
    ``mimetype`` first and stored uncompressed (OCF)."""
    utc = when.astimezone(timezone.utc)
    stamp = max(
        (1980, 1, 1, 0, 0, 0), (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
    )
    source = zipfile.ZipFile(io.BytesIO(raw))
    names = sorted(source.namelist(), key=lambda n: n != "mimetype")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(name), compresslevel=9)
    return out.getvalue()


class _Book:
    """One digest under construction."""

    def __init__(self, feed: Feed, articles: list[Article], context: Context, options: EpubOptions):
        self.feed, self.articles, self.context, self.options = feed, articles, context, options
        self.book = epub.EpubBook()
        self.images: dict[str, images.BookImage | None] = {}
        self.language = (
            options.language
            or feed.language
            or next((a.language for a in articles if a.language), "en")
        )
        self.publication = xml_safe(options.title or feed.title or "News digest")
        self.edition_day = edition_date(articles, context)
        self.edition = format_date(self.edition_day, date_only=True)

    def image(self, url: str) -> images.BookImage | None:
        if url not in self.images:
            loaded = images.load(url, self.options.fetch, self.options.max_image_px)
            self.images[url] = loaded
            if loaded is not None:
                self.book.add_item(
                    epub.EpubItem(
                        uid=loaded.file_name.replace("/", "-").replace(".", "-"),
                        file_name=loaded.file_name,
                        media_type=loaded.media_type,
                        content=loaded.data,
                    )
                )
        return self.images[url]

    def metadata(self) -> None:
        book = self.book
        digest = "\n".join(content_hash(a) for a in self.articles)
        book.set_identifier(f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, digest)}")
        book.set_title(f"{self.publication} — {self.edition}")
        book.set_language(self.language)
        creators = [p.name for p in self.feed.authors] or [self.publication]
        for name in creators:
            book.add_author(xml_safe(name))
        book.add_metadata("DC", "publisher", self.publication)
        book.add_metadata("DC", "date", self.edition_day.date().isoformat())
        if self.feed.description:
            book.add_metadata("DC", "description", inert_text(xml_safe(self.feed.description)))

    def page(self, file_name: str, title: str, content: str, css: epub.EpubItem) -> epub.EpubHtml:
        item = epub.EpubHtml(title=xml_safe(title), file_name=file_name, lang=self.language)
        item.content = content
        item.add_item(css)
        self.book.add_item(item)
        return item

    def build(self) -> bytes:
        """The whole book: metadata, stylesheet, cover, masthead, sections, articles."""
        self.metadata()
        css = epub.EpubItem(
            uid="style",
            file_name=STYLESHEET,
            media_type="text/css",
            content=(self.options.stylesheet or pages.DEFAULT_CSS).encode("utf-8"),
        )
        self.book.add_item(css)
        self.cover()
        sections = group(self.articles, self.options)
        ordered = [a for _, members in sections for a in members]
        files = [f"article-{i:04d}.xhtml" for i in range(1, len(ordered) + 1)]
        entries = [
            pages.Entry(
                file,
                xml_text(a.headline, "Untitled"),
                xml_safe(people.byline(a)),
                xml_safe(a.dek),
            )
            for a, file in zip(ordered, files, strict=True)
        ]
        listing: list[tuple[str, str, list[pages.Entry]]] = []
        start = 0
        for number, (name, members) in enumerate(sections, 1):
            listing.append(
                (
                    xml_safe(name),
                    f"section-{number:03d}.xhtml",
                    entries[start : start + len(members)],
                )
            )
            start += len(members)
        masthead = self.page(
            "masthead.xhtml",
            self.publication,
            pages.masthead_page(self.publication, self.edition, listing),
            css,
        )
        spine: list[object] = [self._cover] if self._cover is not None else []
        spine += [masthead, "nav"]
        toc: list[object] = [epub.Link("masthead.xhtml", self.publication, "masthead")]
        index = 0
        for name, section_file, section_entries in listing:
            spine.append(
                self.page(section_file, name, pages.section_page(name, section_entries), css)
            )
            links = []
            for entry in section_entries:
                nav = pages.PageLinks(
                    previous=files[index - 1] if index else "",
                    next=files[index + 1] if index + 1 < len(files) else "",
                    section=section_file,
                    section_title=name,
                )
                spine.append(
                    self.page(
                        entry.href,
                        entry.headline,
                        pages.article_page(ordered[index], nav, self.image),
                        css,
                    )
                )
                label = f"{entry.headline} — {entry.byline}" if entry.byline else entry.headline
                links.append(epub.Link(entry.href, label, f"a{index + 1}"))
                index += 1
            toc.append((epub.Section(name, href=section_file), links))
        self.book.toc, self.book.spine = toc, spine
        return self.package()

    def package(self) -> bytes:
        """Navigation files, then ebooklib's zip, repacked deterministically."""
        self.book.add_item(epub.EpubNcx())
        self.book.add_item(epub.EpubNav())
        raw = io.BytesIO()
        when = self.context.now.astimezone(timezone.utc)
        writer = epub.EpubWriter(raw, self.book, {"mtime": when, "epub3_pages": False})
        writer.process()
        writer.write()
        return _repack(raw.getvalue(), self.context.now)

    def cover(self) -> None:
        """The caller's cover image, else a generated one: text in XHTML over a plain image."""
        if self.options.cover is not None:
            data = self.options.cover
            stored = images.load("cover", lambda _url: data, None)
            if stored is None:
                raise WriteError("the cover is not a PNG, JPEG, GIF or WebP image")
            name = stored.file_name.replace("images/", "cover-")
            self.book.set_cover(name, stored.data, create_page=True)
            page = self.book.get_item_with_id("cover")
            page.is_linear = True  # in the reading order, so EPUBCheck finds it reachable
            self._cover = "cover"
        elif self.options.generate_cover:
            self.book.set_cover(cover.IMAGE_FILE, cover.image(), create_page=False)
            css = epub.EpubItem(
                uid="cover-style",
                file_name=cover.STYLESHEET_FILE,
                media_type="text/css",
                content=cover.STYLESHEET.encode("utf-8"),
            )
            self.book.add_item(css)
            lines = [
                cover.Line(xml_safe(a.headline), a.language) for a in self.articles if a.headline
            ]
            page = epub.EpubHtml(
                uid="cover-page", title="Cover", file_name="cover.xhtml", lang=self.language
            )
            page.content = cover.page(self.publication, self.edition, lines)
            page.add_item(css)
            self.book.add_item(page)
            self._cover = page

    _cover: object = None


class EpubWriter(TypedWriter[EpubOptions]):
    """The ``epub`` format."""

    name = "epub"
    media_type = "application/epub+zip"
    suffix = ".epub"
    description = "EPUB 3 digest (EPUBCheck-clean)"
    options_type = EpubOptions

    def render(self, obj: Article | Feed, context: Context, opts: EpubOptions) -> bytes:
        feed = feedtools.as_feed(obj)
        articles = feedtools.items(feed, feedtools.ItemOptions(order=feedtools.Order.GIVEN))
        if not articles:
            raise WriteError("a digest needs at least one article; an empty book is not written")
        return _Book(feed, articles, context, opts).build()
