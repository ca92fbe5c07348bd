"""WCXB development split: the pages, their human-reviewed truth, the benchmark's word-F1
metric, and a fixed split by domain into a part rules are tuned on and a part only measured.

The split is a hash of the domain (not of the page), so every page of one site falls on the
same side, and it never changes: a rule that helps the tuned half and not the held-out half
is fitted to the pages, not general.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus import ROOT, forbid_network
from syndicate.reader.decode import decode
from syndicate.reader.report import Report

WCXB = ROOT.parent / "shared" / "corpus" / "wcxb-dev"
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class WcxbPage:
    file_id: str
    url: str
    domain: str
    page_type: str
    html: str
    truth: str
    title: str
    author: str
    date: str
    with_snippets: tuple[str, ...]
    without_snippets: tuple[str, ...]

    @property
    def half(self) -> str:
        return split_of(self.domain)


def split_of(domain: str) -> str:
    """``tune`` or ``held``: a fixed function of the domain (SHA-256, first byte's low bit)."""
    digest = hashlib.sha256(domain.lower().removeprefix("www.").encode()).digest()
    return "held" if digest[0] & 1 else "tune"


def _domain(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0]
    return host.removeprefix("www.")


def load(directory: Path = WCXB, limit: int | None = None) -> list[WcxbPage]:
    """Every page of the split, decoded once the way syndicate decodes bytes."""
    forbid_network()
    meta = json.loads((directory / "metadata.json").read_text(encoding="utf-8"))["files"]
    pages = []
    for path in sorted((directory / "dev" / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        file_id = record.get("file_id") or path.stem
        truth = record["ground_truth"]
        raw = gzip.decompress((directory / "dev" / "html" / f"{file_id}.html.gz").read_bytes())
        url = record.get("url") or ""
        info = meta.get(file_id, {})
        pages.append(
            WcxbPage(
                file_id=file_id,
                url=url,
                domain=info.get("domain") or _domain(url),
                page_type=_page_type(record, info),
                html=decode(raw, Report(strict=False)).text,
                truth=truth.get("main_content") or "",
                title=truth.get("title") or "",
                author=truth.get("author") or "",
                date=truth.get("publish_date") or "",
                with_snippets=tuple(truth.get("with") or ()),
                without_snippets=tuple(truth.get("without") or ()),
            )
        )
        if limit and len(pages) >= limit:
            break
    return pages


def _page_type(record: dict[str, Any], info: dict[str, Any]) -> str:
    kind = record.get("_internal", {}).get("page_type", {})
    return str(kind.get("primary") if isinstance(kind, dict) else "") or info.get("page_type", "")


@dataclass(frozen=True)
class WordScore:
    precision: float
    recall: float
    f1: float


def word_score(predicted: str, truth: str) -> WordScore:
    """WCXB's metric: multiset overlap of lower-cased ``\\w+`` tokens."""
    got = Counter(_TOKEN.findall(predicted.lower()))
    want = Counter(_TOKEN.findall(truth.lower()))
    if not want:
        return WordScore(1.0, 1.0, 1.0) if not got else WordScore(0.0, 0.0, 0.0)
    if not got:
        return WordScore(0.0, 0.0, 0.0)
    overlap = sum((got & want).values())
    p, r = overlap / sum(got.values()), overlap / sum(want.values())
    return WordScore(p, r, 2 * p * r / (p + r) if p + r else 0.0)


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
