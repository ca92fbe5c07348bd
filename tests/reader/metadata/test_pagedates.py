from __future__ import annotations

import syndicate
from syndicate.reader.dom import parse
from syndicate.reader.metadata import pagedates
from syndicate.reader.metadata.header import header
from syndicate.reader.page import Page
from syndicate.reader.report import Report

PROSE = "Body text that is long enough to count as prose in the article. " * 4


def _dates(body: str, url: str = "https://s/a", lang: str = "en") -> tuple[str, str]:
    page = Page.build(parse(f'<html lang="{lang}"><body>{body}</body></html>'), url)
    found = pagedates.extract(page, Report(strict=False))
    return found.published, found.modified


def test_the_date_line_under_the_headline() -> None:
    body = f"<h1>Title</h1><p class='x'>By Jane Doe</p><p>08.11.2021</p><p>{PROSE}</p>"
    assert _dates(body, lang="de") == ("2021-11-08", "")


def test_a_standfirst_before_the_date_line_is_passed_over() -> None:
    body = f"<h1>Title</h1><p>{PROSE}</p><span>2. Januar 2022</span><p>{PROSE}</p>"
    assert _dates(body, lang="de")[0] == "2022-01-02"


def test_published_and_updated_are_kept_apart() -> None:
    body = "<h1>T</h1><div>Published Dec 1, 2025</div><div>Updated Dec 4, 2025</div>"
    assert _dates(body) == ("2025-12-01", "2025-12-04")
    assert _dates("<h1>T</h1><div>Last updated: Dec 4, 2025</div>") == ("", "2025-12-04")


def test_teasers_comments_and_copyright_are_not_the_article_date() -> None:
    body = (
        "<h1>Title</h1><aside><time datetime='2020-01-01'>Jan 1</time></aside>"
        "<div class='related-posts'><span class='date'>March 3, 2020</span></div>"
        f"<p>{PROSE}</p><p>{PROSE}</p>"
        "<div class='comments'><span class='date'>May 5, 2021</span></div>"
        "<footer>© January 1, 2019 Site</footer>"
    )
    assert _dates(body) == ("", "")


def test_a_time_element_without_datetime_and_a_dated_element_elsewhere() -> None:
    body = f"<h1>Title</h1><p>{PROSE}</p><p>{PROSE}</p><time>July 27, 2025</time>"
    assert _dates(body)[0] == "2025-07-27"
    body = f"<h1>Title</h1><p>{PROSE}</p><p>{PROSE}</p><div class='post-date'>3/4/2024</div>"
    assert _dates(body, lang="en-GB")[0] == "2024-04-03"


def _url_day(url: str) -> str:
    page = Page.build(parse("<html><body><h1>T</h1></body></html>"), url)
    return pagedates.extract_url(page, Report(strict=False)).published


def test_the_permalink_gives_a_day() -> None:
    assert _url_day("https://s/2021/11/08/story") == "2021-11-08"
    assert _url_day("https://s/news/20211108-story") == "2021-11-08"
    assert _url_day("https://s/blog/2023/october/03/wine-styles/") == "2023-10-03"
    assert _url_day("https://s/2023/Okt/03/x") == "2023-10-03"
    assert _url_day("https://s/2021/13/40/story") == ""
    assert _url_day("https://s/2023/page/03/") == ""  # a word that is no month


def test_the_permalink_day_outranks_a_day_read_from_text() -> None:
    html = (
        "<html lang='en'><body><h1>How many wine styles are there?</h1><p>03/10/2023</p>"
        f"<p>{PROSE}</p></body></html>"
    )
    article = syndicate.read(html, url="https://s/blog/2023/october/03/wine-styles/")
    assert article.published is not None and article.published.date().isoformat() == "2023-10-03"
    source = article.evidence.source_of("published")
    assert source is not None and source.source == "url" and source.disagreed == ("dateline",)
    undated = syndicate.read(html, url="https://s/blog/wine-styles/")
    assert undated.published is not None and undated.published.date().isoformat() == "2023-03-10"


def test_the_headline_element_is_the_one_showing_the_declared_title() -> None:
    html = (
        "<html><head><meta property='og:title' content='Why crema fades'></head><body>"
        "<h1>Brew Mag</h1><h2>Why crema fades</h2><p>Mar 5, 2025</p></body></html>"
    )
    page = Page.build(parse(html), "https://s/a")
    top = header(page)
    assert top.headline is not None and top.headline.tag == "h2"
    assert top.after == ("Mar 5, 2025",)


def test_a_malformed_page_url_is_not_an_error() -> None:
    assert _dates("<h1>T</h1>", url="http://[oops/2021/11/08/x") == ("", "")
    assert _url_day("http://[oops/2021/11/08/x") == ""


def test_a_page_without_headings_is_read_under_the_text_that_shows_its_title() -> None:
    head = (
        "<head><meta property='og:title' content='Scaling tests with contract mocks | Blog'></head>"
    )
    body = (
        "<div class='nav'><a href='/'>Scaling tests with contract mocks</a></div>"
        "<div style='font-size:40px'>Scaling tests with contract mocks</div>"
        f"<p>By Jane Doe</p><p>Dec 17, 2025</p><p>{PROSE}</p>"
    )
    page = Page.build(parse(f"<html>{head}<body>{body}</body></html>"), "https://s/a")
    shown = header(page).headline
    assert shown is not None and shown.tag == "div" and shown.get("style")
    assert pagedates.extract(page, Report(strict=False)).published == "2025-12-17"


def test_the_lines_nearest_the_headline_are_read_first() -> None:
    body = (
        "<p>Back to blog</p><p>Dec 12, 2025</p><h1>Title</h1><p>A short standfirst.</p>"
        f"<p>{PROSE}</p><p>Source, retrieved October 30, 2025</p>"
    )
    assert _dates(body)[0] == "2025-12-12"


def test_the_date_line_alone_and_a_day_month_year_with_hyphens() -> None:
    page = Page.build(
        parse(f"<html><body><h1>Title</h1><p>on 04-ago-2021 5:11</p><p>{PROSE}</p></body></html>"),
        "https://s/a",
    )
    found = pagedates.extract_dateline(page, Report(strict=False))
    assert (found.source, found.published[:10]) == ("dateline", "2021-08-04")


def test_a_date_in_a_sentence_under_the_headline_is_not_the_date_line() -> None:
    import syndicate

    ld = '{"@type": "NewsArticle", "headline": "Title", "datePublished": "2025-07-04T09:00:00Z"}'
    dek = "On 4 July 1976 the country marked two hundred years, and the town threw a parade."
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body>'
        f"<h1>Title</h1><p>{dek}</p><p>{PROSE}</p></body></html>"
    )
    article = syndicate.read(html, url="https://s/a")
    assert article.published is not None and article.published.year == 2025
    shown = html.replace(f"<p>{dek}</p>", "<p>Published 12 March 2019</p>")
    article = syndicate.read(shown, url="https://s/a")
    assert article.published is not None and article.published.date().isoformat() == "2019-03-12"
