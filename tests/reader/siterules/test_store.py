"""Which rule file applies to a host, user rules before bundled ones, global.txt, and the
bundled data matching the snapshot it was made from."""

from __future__ import annotations

from pathlib import Path

import pytest

from syndicate.errors import InputError
from syndicate.reader.siterules.store import SiteRules, candidate_names, user_rules
from syndicate.reader.siterules.vendor import BUNDLE, pack

SHARED = Path(__file__).resolve().parents[4] / "shared" / "site-config" / "ftr-site-config"


def test_candidate_names_most_specific_first() -> None:
    assert candidate_names("www.example.com") == ["www.example.com.txt", "example.com.txt"]
    assert candidate_names("news.sport.example.co.uk") == [
        "news.sport.example.co.uk.txt",
        ".sport.example.co.uk.txt",
        ".example.co.uk.txt",
        ".co.uk.txt",
    ]
    assert candidate_names("Example.COM.") == ["example.com.txt"]
    assert candidate_names("") == []


def _rules(tmp_path: Path, files: dict[str, str], *, bundled: bool = False) -> SiteRules:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return SiteRules([tmp_path], bundled=bundled)


def test_host_matching_as_the_format_defines_it(tmp_path: Path) -> None:
    rules = _rules(
        tmp_path,
        {
            "example.com.txt": "body: //div[@id='domain']",
            ".example.com.txt": "body: //div[@id='subdomains']",
            "blog.example.com.txt": "body: //div[@id='blog']",
        },
    )

    def body(host: str) -> str | None:
        rule = rules.for_host(host)
        return rule.body[0] if rule else None

    assert body("example.com") == "//div[@id='domain']"
    assert body("www.example.com") == "//div[@id='domain']"
    assert body("news.example.com") == "//div[@id='subdomains']"
    assert body("a.news.example.com") == "//div[@id='subdomains']"
    assert body("blog.example.com") == "//div[@id='blog']"
    assert body("example.org") is None
    assert rules.for_url("https://www.example.com/a/b") is rules.for_host("www.example.com")
    assert rules.for_url("http://[oops/x") is None


def test_user_rule_overrides_bundled(tmp_path: Path) -> None:
    bundled = SiteRules().for_host("www.nytimes.com")
    assert bundled is not None and bundled.name.startswith("bundled:nytimes.com.txt")
    mine = _rules(tmp_path, {"nytimes.com.txt": "body: //main"}, bundled=True)
    rule = mine.for_host("www.nytimes.com")
    assert rule is not None and rule.body == ("//main",)
    assert rule.name.startswith(f"{tmp_path}:nytimes.com.txt")
    assert mine.for_host("www.washingtonpost.com") is not None  # the rest stay bundled


def test_global_cleanup_joins_the_site_rule(tmp_path: Path) -> None:
    rules = _rules(
        tmp_path,
        {
            "global.txt": "title: //meta[@property='og:title']/@content\nstrip: //div[@class='ad']",
            "example.com.txt": "body: //article\nstrip: //aside",
        },
    )
    rule = rules.for_host("example.com")
    assert rule is not None
    assert rule.strip == ("//aside", "//div[@class='ad']")
    assert rule.title == ()  # where the title is stays the site's own say
    assert rule.name == f"{tmp_path}:example.com.txt+{tmp_path}:global.txt"
    alone = rules.for_host("other.org")  # a user's global.txt applies to every page
    assert alone is not None and alone.strip == ("//div[@class='ad']",)
    assert (
        SiteRules().for_host("no-rule-for-this-host.example") is None
    )  # bundled global: not alone


def test_user_rules_need_a_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        user_rules(tmp_path / "missing")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared snapshot is not beside the project")
def test_bundle_is_the_snapshot_packed() -> None:
    assert BUNDLE.read_bytes() == pack(SHARED)


def test_project_override_replaces_the_bundled_file() -> None:
    """theguardian.com.txt turns typographic quotes into ASCII ones; syndicate's override
    is the same rule without that, and a user's file still comes first."""
    rule = SiteRules().for_host("www.theguardian.com")
    assert rule is not None and rule.name.startswith("syndicate:theguardian.com.txt")
    assert not any(find in "‘’“”" for find, _ in rule.replace) and rule.body
