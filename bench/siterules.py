"""Site rules on and off, on the dev pages whose host has a bundled rule.

For every page of both dev corpora whose URL (or, without one, its declared canonical
address) is covered by a bundled rule file: the body score (WCXB word F1; shingle F1 on
readability-dev) and the metadata fields, read with the bundled rules and with none, per
half of wcxb-dev; the pages a rule made worse or better, the empty bodies, and the median
read time of each setting.

    python -m bench.siterules [--worse]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import syndicate
from bench import wcxb, wcxb_meta
from bench.corpus import DEFAULT_CORPUS, PAGE_URL
from bench.corpus import load as load_readability
from bench.metadata import Found, check
from bench.metric import score_page
from syndicate import Article
from syndicate.reader.dom import parse
from syndicate.reader.page import Page
from syndicate.reader.siterules.reading import declared_url
from syndicate.reader.siterules.store import DEFAULT_RULES

_WORSE = 0.02
"""A body score this much lower with rules than without counts as made worse."""


@dataclass
class Row:
    name: str
    group: str
    body: tuple[float, float]
    fields: dict[str, tuple[float, float]]
    empty: tuple[bool, bool]
    seconds: tuple[float, float]
    rule: str


def _covered(html: str, url: str) -> bool:
    if DEFAULT_RULES.for_url(url) is not None:
        return True
    return DEFAULT_RULES.for_url(declared_url(Page.build(parse(html), url))) is not None


def _timed(read: Callable[[], Article]) -> tuple[Article, float]:
    started = time.perf_counter()
    article = read()
    return article, time.perf_counter() - started


def _both(html: str, url: str) -> tuple[tuple[Article, float], tuple[Article, float]]:
    on = _timed(lambda: syndicate.read(html, url=url))
    off = _timed(lambda: syndicate.read(html, url=url, site_rules=None))
    return on, off


def wcxb_rows() -> list[Row]:
    rows = []
    for page in wcxb.load():
        if not _covered(page.html, page.url):
            continue
        (on, t_on), (off, t_off) = _both(page.html, page.url)
        scores = [wcxb_meta.score(page, wcxb_meta.from_article(a)) for a in (on, off)]
        rows.append(
            Row(
                name=f"wcxb {page.file_id} {page.domain} ({page.page_type})",
                group=f"wcxb {page.half}",
                body=(
                    wcxb.word_score(on.body_text, page.truth).f1,
                    wcxb.word_score(off.body_text, page.truth).f1,
                ),
                fields={f: (scores[0][f], scores[1][f]) for f in scores[0]},
                empty=(not on.body_text.strip(), not off.body_text.strip()),
                seconds=(t_on, t_off),
                rule=on.evidence.site_rule,
            )
        )
    return rows


def _found(article: Article) -> Found:
    authors = tuple(p.name for p in article.authors)
    return Found(article.headline, authors, article.dek, article.published)


def readability_rows() -> list[Row]:
    rows = []
    for page in load_readability(DEFAULT_CORPUS):
        if not _covered(page.html, PAGE_URL):
            continue
        (on, t_on), (off, t_off) = _both(page.html, PAGE_URL)
        fields = {}
        for field in ("title", "byline", "published"):
            verdicts = [check(field, page.metadata, _found(a)) for a in (on, off)]
            if verdicts[0] is not None:
                fields[field] = (float(bool(verdicts[0])), float(bool(verdicts[1])))
        rows.append(
            Row(
                name=f"readability {page.name}",
                group="readability-dev",
                body=(
                    score_page(on.body_text, page.truth).f1,
                    score_page(off.body_text, page.truth).f1,
                ),
                fields=fields,
                empty=(not on.body_text.strip(), not off.body_text.strip()),
                seconds=(t_on, t_off),
                rule=on.evidence.site_rule,
            )
        )
    return rows


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "  -  "


def table(rows: list[Row]) -> None:
    names = sorted({f for r in rows for f in r.fields})
    print(f"{'pages':<18}{'n':>4}  {'body on/off':>13}" + "".join(f"{n:>18}" for n in names))
    groups = sorted({r.group for r in rows})
    for group in [*groups, "all"]:
        chosen = [r for r in rows if group in ("all", r.group)]
        cells = "".join(
            f"{_mean([r.fields[n][0] for r in chosen if n in r.fields]):>9}/"
            f"{_mean([r.fields[n][1] for r in chosen if n in r.fields]):<8}"
            for n in names
        )
        body = f"{_mean([r.body[0] for r in chosen])}/{_mean([r.body[1] for r in chosen])}"
        print(f"{group:<18}{len(chosen):>4}  {body:>13}{cells}")
    worse = [r for r in rows if r.body[0] < r.body[1] - _WORSE]
    better = [r for r in rows if r.body[0] > r.body[1] + _WORSE]
    emptied = [r for r in rows if r.empty[0] and not r.empty[1]]
    median_on = statistics.median(r.seconds[0] for r in rows) * 1000
    median_off = statistics.median(r.seconds[1] for r in rows) * 1000
    print(
        f"\nbody better with rules on {len(better)} pages, worse on {len(worse)};"
        f" empty with rules but not without: {len(emptied)}"
        f"\nmedian read ms: rules on {median_on:.1f}, off {median_off:.1f}"
        f" ({(median_on / median_off - 1) * 100:+.1f} %)"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worse", action="store_true", help="list pages a rule made worse")
    args = parser.parse_args(argv)
    rows = readability_rows() + wcxb_rows()
    table(rows)
    if args.worse:
        for row in sorted(rows, key=lambda r: r.body[0] - r.body[1]):
            delta = row.body[0] - row.body[1]
            changed = {f: v for f, v in row.fields.items() if v[0] != v[1]}
            if abs(delta) > _WORSE or changed:
                print(f"{delta:+.3f} {row.group} {row.name} [{row.rule}] {changed}")


if __name__ == "__main__":
    main()
