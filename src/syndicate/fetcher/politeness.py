"""Politeness between requests: at most N at a time to one host, their starts at least a
delay apart, and at most M in all. Timing uses a monotonic clock and never reaches output."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class _Host:
    def __init__(self, slots: int) -> None:
        self.slots = threading.BoundedSemaphore(slots)
        self.lock = threading.Lock()
        self.next_start = 0.0
        self.delay: float | None = None  # the host's own (robots.txt Crawl-delay), if any


class Gates:
    """Per-host and global request slots, shared by every thread of one run."""

    def __init__(
        self,
        *,
        per_host: int,
        delay: float,
        total: int,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._per_host = per_host
        self._delay = delay
        self._total = threading.BoundedSemaphore(total)
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._sleep = sleep

    def _host(self, host: str) -> _Host:
        with self._lock:
            found = self._hosts.get(host)
            if found is None:
                found = self._hosts[host] = _Host(self._per_host)
            return found

    def set_delay(self, host: str, delay: float) -> None:
        """Space this host's requests ``delay`` apart when that is longer than the default."""
        self._host(host).delay = delay

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of ``host``'s slots and one global slot, starting no earlier than the
        host's delay after its previous request started."""
        gate = self._host(host)
        with gate.slots:
            with gate.lock:
                now = self._clock()
                start = max(now, gate.next_start)
                gate.next_start = start + max(self._delay, gate.delay or 0.0)
            if start > now:
                self._sleep(start - now)
            with self._total:
                yield
