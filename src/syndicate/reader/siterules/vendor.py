"""Pack a folder of site-config files into the compact form bundled with syndicate.

    python -m syndicate.reader.siterules.vendor PATH/TO/ftr-site-config

writes ``data/ftr-site-config.json.gz`` (file name -> text, sorted, gzip without a
timestamp: the same folder always gives the same bytes) and copies ``SOURCE``.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"
BUNDLE = DATA / "ftr-site-config.json.gz"
NOT_RULES = frozenset({"LICENSE.txt"})


def rule_files(directory: Path) -> dict[str, str]:
    """Every rule file of ``directory`` by name (``*.txt`` but the licence)."""
    return {
        path.name: path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(directory.glob("*.txt"))
        if path.name not in NOT_RULES and path.is_file()
    }


def pack(directory: Path) -> bytes:
    """The bundle's bytes for ``directory``."""
    text = json.dumps(rule_files(directory), ensure_ascii=False, sort_keys=True, indent=0)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[0])
    BUNDLE.write_bytes(pack(source))
    for name in ("SOURCE", "LICENSE.txt"):
        if (source / name).is_file():
            (DATA / name).write_bytes((source / name).read_bytes())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
