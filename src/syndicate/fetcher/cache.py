"""The fetch cache: one SQLite file (standard library ``sqlite3``) holding

* ``responses``: per URL, the last 200 body with its ``ETag``/``Last-Modified``, sent back as
  ``If-None-Match``/``If-Modified-Since``; a 304 reuses the body and keeps (or updates) the
  validators;
* ``seen``: every article already gathered, by canonical URL and content fingerprint, so that
  several feeds pointing at one story, or a later run, can tell it was there before.

The file is in WAL mode and every write is one ``BEGIN IMMEDIATE`` transaction, so several
runs (threads or processes) can share it; waits on a busy file are bounded.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from syndicate.errors import InputError

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS responses (
        url TEXT PRIMARY KEY,
        final_url TEXT NOT NULL,
        etag TEXT NOT NULL,
        last_modified TEXT NOT NULL,
        content_type TEXT NOT NULL,
        body BLOB NOT NULL,
        stored TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS seen (
        canonical_url TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        run TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (canonical_url, fingerprint)
    )""",
    "CREATE INDEX IF NOT EXISTS seen_fingerprint ON seen (fingerprint)",
)
_BUSY_SECONDS = 30.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Stored:
    """A cached 200 response."""

    final_url: str
    etag: str
    last_modified: str
    content_type: str
    body: bytes


class Cache:
    """One open cache file, safe to share between the threads of a run."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, timeout=_BUSY_SECONDS, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise InputError(f"cache {self.path}: cannot open ({exc})") from None
        self._lock = threading.Lock()
        self._setup()

    def _setup(self) -> None:
        end = time.monotonic() + _BUSY_SECONDS
        while True:
            try:
                self._db.execute("PRAGMA busy_timeout = 30000")
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
                self._write(*((statement, ()) for statement in _SCHEMA))
                return
            except sqlite3.OperationalError as exc:  # another run is creating it
                if "locked" not in str(exc) or time.monotonic() > end:
                    raise InputError(f"cache {self.path}: {exc}") from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                raise InputError(f"cache {self.path}: not a cache file ({exc})") from None

    def _write(self, *statements: tuple[str, tuple[object, ...]]) -> None:
        """Run ``statements`` as one transaction."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for sql, params in statements:
                    self._db.execute(sql, params)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def lookup(self, url: str) -> Stored | None:
        """The stored response for ``url``, if any."""
        with self._lock:
            row = self._db.execute(
                "SELECT final_url, etag, last_modified, content_type, body "
                "FROM responses WHERE url = ?",
                (url,),
            ).fetchone()
        if row is None:
            return None
        return Stored(
            final_url=row[0], etag=row[1], last_modified=row[2], content_type=row[3], body=row[4]
        )

    def store(self, url: str, response: Stored, *, when: str) -> None:
        """Keep ``response`` as the body and validators of ``url``."""
        self._write(
            (
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    url,
                    response.final_url,
                    response.etag,
                    response.last_modified,
                    response.content_type,
                    response.body,
                    when,
                ),
            )
        )

    def seen_before(self, canonical_url: str, fingerprint: str, run: str) -> bool:
        """Whether a run other than ``run`` gathered this article (same URL or same text)."""
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM seen WHERE run != ? AND "
                "((canonical_url = ? AND canonical_url != '') OR fingerprint = ?) LIMIT 1",
                (run, canonical_url, fingerprint),
            ).fetchone()
        return row is not None

    def remember(self, canonical_url: str, fingerprint: str, *, run: str, when: str) -> None:
        """Record that ``run`` gathered this article (the first record is kept)."""
        self._write(
            (
                "INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)",
                (canonical_url, fingerprint, run, when),
            )
        )

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._db.close()
