"""Batch conversion: many pages (files, directories, ``.gz``, WARC records) through a
process pool, streamed as results, written as JSONL or one file per article.

>>> from syndicate.batch import convert_many, iter_tasks
>>> for result in convert_many(iter_tasks(["crawl/", "news.warc.gz"]), workers=2):
...     print(result.origin, result.article.headline if result.ok else result.error)
"""

from syndicate.batch.inputs import Task, iter_tasks
from syndicate.batch.outputs import Sink, Summary, output_name, pending, run_batch
from syndicate.batch.run import Result, convert_many, convert_one

__all__ = [
    "Result",
    "Sink",
    "Summary",
    "Task",
    "convert_many",
    "convert_one",
    "iter_tasks",
    "output_name",
    "pending",
    "run_batch",
]
