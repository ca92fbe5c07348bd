"""Pathological pages: time, peak memory and diagnostics for reading each one (and writing
its text), to show the limits hold: every input of the allowed size read in at most 5 s
(2 s under 5 MB), read time growing linearly with the size of tag soup, bounded memory.

    python -m bench.pathological [CASE ...]

Each case runs in a fresh process, so its peak resident memory is its own (``peak MiB``:
the process's peak RSS, libxml2's trees included; ``py MiB``: the peak of Python's own
allocations during a second, traced read and write).
"""

from __future__ import annotations

import base64
import gc
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable

import syndicate


def _wrap(body: str) -> bytes:
    return f"<html><head><title>Case</title></head><body>{body}</body></html>".encode()


_WORDS = (
    *("the", "city", "council", "said", "on", "monday", "that", "a", "new", "plan", "for"),
    *("the", "old", "market", "would", "cost", "more", "than", "expected,", "and", "residents"),
    *("who", "live", "near", "the", "river", "asked", "why", "nobody", "had", "told", "them"),
)


def _soup(megabytes: int) -> bytes:
    """Tag soup as broken templates write it, ``megabytes`` long: links everywhere (some
    never closed), paragraphs with unclosed inline markup, stray end tags, list items and
    table cells outside lists and tables, ``<font>``, ``<br>`` runs. libxml2 nests every
    unclosed inline element, so the tree grows deeper the longer the page (about 250 levels
    a megabyte)."""
    rng = random.Random(17)

    def words(count: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(count))

    out = ["<html><head><title>Soup</title></head><body>"]
    size, number, depth = 0, 0, 0
    while size < megabytes * 2**20:
        number += 1
        roll = rng.random()
        if roll < 0.40:
            end = "</a>" if rng.random() < 0.7 else ""
            piece = (
                f'<a href="/story/{number}" class="item-link">{words(3)} <b>{words(1)}</b>{end} '
            )
        elif roll < 0.50 and depth < 40:
            depth += 1
            piece = f'<div class="box-{number % 50}">'
        elif roll < 0.58 and depth:
            depth -= 1
            piece = "</div>"
        elif roll < 0.70:
            end = "</span></i>" if rng.random() < 0.9 else ""
            piece = f"<p>{words(30)}, {words(20)}. <i>{words(4)} <span>{words(5)}{end}"
        elif roll < 0.80:
            end = "</li>" if rng.random() < 0.8 else ""
            piece = f'<li><a href="/tag/{number}">{words(2)}</a>{end}'
        elif roll < 0.86:
            end = "</font></td>" if rng.random() < 0.9 else ""
            piece = f"<td><font size=2>{words(6)}{end}"
        elif roll < 0.92:
            end = "</span>" if rng.random() < 0.9 else ""
            piece = f'<span class="meta">{words(3)}</b></i> <img src="/i/{number}.jpg">{end}'
        else:
            piece = f"<br>{words(8)} &amp; more<br>"
        out.append(piece)
        size += len(piece)
    out.append("</div>" * depth + "</body></html>")
    return "".join(out).encode()


def _deep(opening: str, closing: str, levels: int = 5_000) -> bytes:
    """An article wrapped in ``levels`` levels of the same wrapper."""
    article = "<h1>A deeply wrapped article</h1>" + "".join(
        f"<p>Paragraph {n} of the article, long enough to be read as prose, with a few more "
        "words after the comma to make it so.</p>"
        for n in range(12)
    )
    return _wrap(opening * levels + article + closing * levels)


CASES: dict[str, Callable[[], bytes]] = {
    "50 MB page": lambda: _wrap("<article>" + ("<p>" + "word " * 200 + "</p>\n") * 52_000),
    "100,000 nested divs": lambda: _wrap("<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000),
    "article in 5,000 divs": lambda: _deep("<div>", "</div>"),
    "article in 5,000 tables": lambda: _deep("<table><tr><td>", "</td></tr></table>"),
    "article in 5,000 list items": lambda: _deep("<ul><li>", "</li></ul>"),
    "1,000,000 sibling paragraphs": lambda: _wrap("<p>short paragraph text</p>" * 1_000_000),
    "one 10 MB text node": lambda: _wrap("<p>" + "lorem ipsum dolor sit amet " * 390_000 + "</p>"),
    "200,000 links": lambda: _wrap(
        "<div>" + "".join(f'<a href="/l/{i}">link {i}</a> ' for i in range(200_000)) + "</div>"
    ),
    "tag soup, 1 MB": lambda: _soup(1),
    "tag soup, 5 MB": lambda: _soup(5),
    "tag soup, 10 MB": lambda: _soup(10),
    "tag soup, 20 MB": lambda: _soup(20),
    "huge inline data: image": lambda: _wrap(
        "<article><p>Picture below, with enough words around it to be an article body.</p>"
        '<img src="data:image/png;base64,'
        + base64.b64encode(b"\x89PNG" + b"\x00" * 12_000_000).decode()
        + '"></article>'
    ),
    "infinite-looking table": lambda: _wrap(
        "<table>" + "<tr><td>cell</td><td>value 42</td></tr>" * 300_000 + "</table>"
    ),
}


def measure(name: str) -> dict[str, object]:
    """Read and write one case in this process: times, memory, body size, diagnostics."""
    data = CASES[name]()
    gc.collect()
    started = time.perf_counter()
    article = syndicate.read(data)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    syndicate.write(article, "text")
    write_s = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    body = len(article.body_text)
    codes = ",".join(sorted({d.code for d in article.diagnostics})) or "-"
    del article
    gc.collect()
    tracemalloc.start()  # a second, traced run for memory (tracing slows Python down)
    syndicate.write(syndicate.read(data), "text")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "mb": len(data) / 2**20,
        "read": read_s,
        "write": write_s,
        "rss": rss,
        "py": peak / 2**20,
        "body": body,
        "codes": codes,
    }


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--case"]:
        print(json.dumps(measure(args[1])))
        return
    names = args or list(CASES)
    print(
        f"{'case':<30}{'input MB':>9}{'read s':>8}{'write s':>9}{'peak MiB':>10}{'py MiB':>8}"
        f"{'body chars':>12}  diagnostics"
    )
    for name in names:
        child = [sys.executable, "-m", "bench.pathological", "--case", name]
        done = subprocess.run(child, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{name:<30}{row['mb']:>9.1f}{row['read']:>8.2f}{row['write']:>9.2f}"
            f"{row['rss']:>10.0f}{row['py']:>8.0f}{row['body']:>12,}  {row['codes']}"
        )


if __name__ == "__main__":
    main()
