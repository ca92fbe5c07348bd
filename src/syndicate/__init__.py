"""syndicate: publisher HTML news pages to one typed article model, and out to many formats.

>>> import syndicate
>>> article = syndicate.read(html_bytes, url="https://example.com/story")
>>> text = syndicate.write(article, "text")
"""

from syndicate.api import convert, feed, load, read, write
from syndicate.content import (
    Block,
    Code,
    Embed,
    Emphasis,
    Figure,
    Heading,
    Image,
    Inline,
    InlineLink,
    LineBreak,
    Link,
    ListBlock,
    Paragraph,
    Preformatted,
    PullQuote,
    Quote,
    RelatedLinks,
    Rule,
    Strong,
    Subscript,
    Superscript,
    Table,
    TableCell,
    TableRow,
    Text,
)
from syndicate.context import Context
from syndicate.errors import (
    DecodeError,
    ExtractionError,
    FetchError,
    InputError,
    LimitError,
    ModelError,
    SyndicateError,
    UnknownFormatError,
    WriteError,
)
from syndicate.fetcher import (
    Failure,
    Fetched,
    FetchOptions,
    Gathered,
    default_cache_path,
    fetch,
    fulltext,
    gather,
    read_feed,
    read_url,
)
from syndicate.model import (
    Article,
    Diagnostic,
    Feed,
    FieldSource,
    Person,
    Role,
    Severity,
    SourceEvidence,
)
from syndicate.options import ReadOptions
from syndicate.reader.siterules.store import DEFAULT_RULES, SiteRules
from syndicate.writers.atom import AtomOptions
from syndicate.writers.epub.options import EpubOptions
from syndicate.writers.feedtools import FeedOptions, Order
from syndicate.writers.jsonfeed import JsonFeedOptions
from syndicate.writers.markdown import MarkdownOptions
from syndicate.writers.newsml import NewsmlOptions
from syndicate.writers.ninjs import NinjsOptions
from syndicate.writers.page import HtmlOptions
from syndicate.writers.registry import WRITERS, get_writer
from syndicate.writers.rss import RssOptions
from syndicate.writers.text import TextOptions

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_RULES",
    "WRITERS",
    "Article",
    "AtomOptions",
    "Block",
    "Code",
    "Context",
    "DecodeError",
    "Diagnostic",
    "Embed",
    "Emphasis",
    "EpubOptions",
    "ExtractionError",
    "Failure",
    "Feed",
    "FeedOptions",
    "FetchError",
    "FetchOptions",
    "Fetched",
    "FieldSource",
    "Figure",
    "Gathered",
    "Heading",
    "HtmlOptions",
    "Image",
    "Inline",
    "InlineLink",
    "InputError",
    "JsonFeedOptions",
    "LimitError",
    "LineBreak",
    "Link",
    "ListBlock",
    "MarkdownOptions",
    "ModelError",
    "NewsmlOptions",
    "NinjsOptions",
    "Order",
    "Paragraph",
    "Person",
    "Preformatted",
    "PullQuote",
    "Quote",
    "ReadOptions",
    "RelatedLinks",
    "Role",
    "RssOptions",
    "Rule",
    "Severity",
    "SiteRules",
    "SourceEvidence",
    "Strong",
    "Subscript",
    "Superscript",
    "SyndicateError",
    "Table",
    "TableCell",
    "TableRow",
    "Text",
    "TextOptions",
    "UnknownFormatError",
    "WriteError",
    "convert",
    "default_cache_path",
    "feed",
    "fetch",
    "fulltext",
    "gather",
    "get_writer",
    "load",
    "read",
    "read_feed",
    "read_url",
    "write",
]
