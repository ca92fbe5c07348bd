from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from syndicate import Context, ModelError
from syndicate.context import deadline


def test_source_date_epoch_is_honoured() -> None:
    ctx = Context.from_environment({"SOURCE_DATE_EPOCH": "1617717236"})
    assert ctx.now == datetime(2021, 4, 6, 13, 53, 56, tzinfo=timezone.utc)


def test_without_epoch_the_clock_is_used_and_aware() -> None:
    assert Context.from_environment({}).now.tzinfo is not None


@pytest.mark.parametrize("value", ["yesterday", "1.5"])
def test_bad_epoch_is_a_model_error(value: str) -> None:
    with pytest.raises(ModelError):
        Context.from_environment({"SOURCE_DATE_EPOCH": value})


def test_naive_now_is_refused() -> None:
    with pytest.raises(ModelError):
        Context(now=datetime(2021, 1, 1))


def test_the_reader_deadline_counts_the_threads_cpu_time_not_waiting() -> None:
    waiting = deadline(0.05)
    time.sleep(0.1)  # another process's work, or none: no CPU spent by this thread
    assert not waiting()
    working = deadline(0.0)
    sum(range(10_000))
    assert working()
