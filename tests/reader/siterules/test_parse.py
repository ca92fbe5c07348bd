"""The site-config parser: every directive form, and a Problem (file, line) for every line
it cannot use."""

from __future__ import annotations

from syndicate.reader.siterules.parse import parse_rule
from syndicate.reader.siterules.rule import SiteTest
from syndicate.reader.siterules.store import SiteRules

EVERY_FORM = """\
# a comment
title: //h1[@class='headline']
title: //meta[@property="og:title"]/@content
body: //div[@id='story'] | //figure[1]
body://article
author: //a[@rel='author']
date: substring-after(//p[@class='byline'], 'posted')
strip: //aside
strip_id_or_class: "share-tools"
strip_image_src: /pixel.gif
strip_attr: //img/@srcset
dissolve: //span[@class='word-link']
wrap_in(blockquote): //p[@class='pullquote']
find_string: <p class="x">
replace_string: <p>
replace_string(</noscript>): </div>
prune: no
tidy: no
autodetect_on_failure: no
insert_detected_image: no
convert_double_br_tags: yes
skip_json_ld: yes
requires_login: yes
src_lazy_load_attr: data-lazy
native_ad_clue: //meta[@property='article:section' and @content='Sponsored']
single_page_link: //a[@class='print']/@href
if_page_contains: //div[@class='pages']
next_page_link: //a[@rel='next']
http_header(user-agent): Mozilla/5.0 (X11; Linux x86_64)
login_uri: https://example.com/login
move_into(//div[@id='a']): //div[@id='b']
test_url: https://example.com/2024/01/story.html
test_contains: the first paragraph
test_contains: the last paragraph
test_url: https://example.com/other
"""


def test_every_directive_form() -> None:
    rule, problems = parse_rule(EVERY_FORM, "example.com.txt")
    assert problems == ()
    assert rule.title == ("//h1[@class='headline']", '//meta[@property="og:title"]/@content')
    assert rule.body == ("//div[@id='story'] | //figure[1]", "//article")
    assert rule.author == ("//a[@rel='author']",)
    assert rule.date == ("substring-after(//p[@class='byline'], 'posted')",)
    assert rule.strip == ("//aside",)
    assert rule.strip_id_or_class == ("share-tools",)  # quotes removed
    assert rule.strip_image_src == ("/pixel.gif",)
    assert rule.strip_attr == ("//img/@srcset",)
    assert rule.dissolve == ("//span[@class='word-link']",)
    assert rule.wrap_in == (("blockquote", "//p[@class='pullquote']"),)
    assert rule.replace == (('<p class="x">', "<p>"), ("</noscript>", "</div>"))
    assert rule.src_lazy_load_attr == "data-lazy"
    assert rule.native_ad_clue
    assert rule.single_page_link == (("//a[@class='print']/@href", "//div[@class='pages']"),)
    assert rule.next_page_link == (("//a[@rel='next']", ""),)
    assert rule.http_headers == (("user-agent", "Mozilla/5.0 (X11; Linux x86_64)"),)
    assert rule.tests == (
        SiteTest(
            "https://example.com/2024/01/story.html", ("the first paragraph", "the last paragraph")
        ),
        SiteTest("https://example.com/other"),
    )
    assert ("login_uri", "https://example.com/login") in rule.other
    assert ("move_into(//div[@id='a'])", "//div[@id='b']") in rule.other
    flags = ("prune", "tidy", "autodetect_on_failure", "insert_detected_image")
    assert [rule.flag(f) for f in flags] == [False, False, False, False]
    assert rule.flag("convert_double_br_tags") and rule.flag("skip_json_ld")
    assert rule.flag("requires_login")
    assert rule.rewrites_markup and rule.shapes_tree


def test_defaults_follow_the_format() -> None:
    rule, problems = parse_rule("body: //article\n", "a.com.txt")
    assert problems == ()
    assert rule.flag("prune") and rule.flag("autodetect_on_failure")
    assert rule.flag("insert_detected_image")
    assert not rule.flag("convert_double_br_tags") and not rule.flag("skip_json_ld")
    assert not rule.rewrites_markup and not rule.shapes_tree


def test_unusable_lines_are_problems_with_their_line() -> None:
    text = "\n".join(
        [
            "title: //h1",  # 1 fine
            "titl: //h1",  # 2 unknown directive
            "body: //div[@class='x'",  # 3 does not compile
            "prune: maybe",  # 4 not yes/no
            "// a stray comment",  # 5 not a directive line
            "wrap_in: //p",  # 6 no tag
            "wrap_in(b c): //p",  # 7 not a tag name
            "test_contains: orphan",  # 8 no test_url before it
            "if_page_contains: //div",  # 9 no link before it
            "strip:",  # 10 no value
            "body(x): //div",  # 11 argument where none is taken
            "find_string: a",  # 12 unpaired
            "http_header: x",  # 13 no header name
        ]
    )
    rule, problems = parse_rule(text, "bad.com.txt")
    assert [p.line for p in problems] == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 12]
    assert all(p.file == "bad.com.txt" for p in problems)
    assert str(problems[0]) == "bad.com.txt:2: unknown directive 'titl'"
    assert "does not compile" in problems[1].message
    assert rule.title == ("//h1",) and rule.body == () and rule.replace == ()


def test_every_bundled_file_parses() -> None:
    files = list(SiteRules().all_files())
    assert len(files) > 1900
    problems = [p for f in files for p in f.parsed()[1]]
    # The snapshot has a handful of typos ("titl:", "test_rul:") and stray lines; each is
    # reported with its file and line, and no file fails as a whole.
    assert len(problems) < 30, problems
    assert all(p.file.startswith("bundled:") and p.line > 0 for p in problems)
    assert sum(1 for f in files if f.parsed()[0].body) > 1000


def test_rule_written_back_parses_to_the_same_rule() -> None:
    rule, _ = parse_rule(EVERY_FORM, "example.com.txt")
    again, problems = parse_rule("\n".join(rule.lines()), "example.com.txt")
    assert problems == () and again == rule
    assert rule.directive_counts()["title"] == 2 and rule.directive_counts()["test_url"] == 2
