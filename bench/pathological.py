"""Pathological pages: time, peak memory and diagnostics for reading each one (and writing
its text), to show the limits hold: every case well under 2 s and bounded memory.

    python -m bench.pathological
"""

from __future__ import annotations

import base64
import gc
import resource
import time
import tracemalloc
from collections.abc import Callable

import syndicate


def _wrap(body: str) -> bytes:
    return f"<html><head><title>Case</title></head><body>{body}</body></html>".encode()


CASES: dict[str, Callable[[], bytes]] = {
    "50 MB page": lambda: _wrap("<article>" + ("<p>" + "word " * 200 + "</p>\n") * 52_000),
    "100,000 nested divs": lambda: _wrap("<div>" * 100_000 + "<p>deep</p>" + "</div>" * 100_000),
    "1,000,000 sibling paragraphs": lambda: _wrap("<p>short paragraph text</p>" * 1_000_000),
    "one 10 MB text node": lambda: _wrap("<p>" + "lorem ipsum dolor sit amet " * 390_000 + "</p>"),
    "200,000 links": lambda: _wrap(
        "<div>" + "".join(f'<a href="/l/{i}">link {i}</a> ' for i in range(200_000)) + "</div>"
    ),
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


def main() -> None:
    print(f"{'case':<32}{'input MB':>9}{'read s':>8}{'write s':>9}{'peak MiB':>10}  diagnostics")
    for name, build in CASES.items():
        data = build()
        gc.collect()
        started = time.perf_counter()
        article = syndicate.read(data)
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        syndicate.write(article, "text")
        write_s = time.perf_counter() - started
        gc.collect()
        tracemalloc.start()  # a second, traced run for memory (tracing slows Python down)
        syndicate.write(syndicate.read(data), "text")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        codes = ",".join(sorted({d.code for d in article.diagnostics})) or "-"
        print(
            f"{name:<32}{len(data) / 2**20:>9.1f}{read_s:>8.2f}{write_s:>9.2f}{peak / 2**20:>10.0f}  {codes}"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nprocess peak RSS: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
