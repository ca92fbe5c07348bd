"""Fetching pages and feeds politely and safely, with a conditional-GET cache, and turning a
summary-only feed into a full-text one.

>>> import syndicate
>>> article = syndicate.read_url("https://example.com/story")
>>> full = syndicate.fulltext("https://example.com/feed.xml")
>>> atom = syndicate.write(full, "atom")
"""

from syndicate.fetcher.api import Failure, Gathered, fetch, fulltext, gather, read_feed, read_url
from syndicate.fetcher.client import Accept, Fetched, Fetcher, Stats
from syndicate.fetcher.fulltext import Progress
from syndicate.fetcher.images import MAX_IMAGE_BYTES, ImageFetch, image_fetcher
from syndicate.fetcher.options import FetchOptions, default_cache_path, default_user_agent

__all__ = [
    "MAX_IMAGE_BYTES",
    "Accept",
    "Failure",
    "FetchOptions",
    "Fetched",
    "Fetcher",
    "Gathered",
    "ImageFetch",
    "Progress",
    "Stats",
    "default_cache_path",
    "default_user_agent",
    "fetch",
    "fulltext",
    "gather",
    "image_fetcher",
    "read_feed",
    "read_url",
]
