"""Where rules come from and which one applies to a host.

A host is matched the way the format defines it, most specific file first: the host
itself (``www1.example.com.txt``), the host without ``www.`` (``example.com.txt``), then
``.parent.txt`` wildcards for each parent domain (``.example.com.txt`` matches
``news.example.com`` but not ``example.com``). At each step the user's directories are
searched before the bundled rules, so a user file replaces the bundled one for its host.
``global.txt`` adds its cleanup directives to whichever site rule matched; a user's own
``global.txt`` also applies to every page.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from syndicate.errors import InputError
from syndicate.reader.siterules.parse import parse_rule
from syndicate.reader.siterules.rule import Problem, SiteRule
from syndicate.reader.siterules.vendor import BUNDLE, rule_files
from syndicate.urls import host_and_path

GLOBAL = "global.txt"
BUNDLED = "bundled"
OVERRIDES = Path(__file__).parent / "overrides"
"""syndicate's own fixes of bundled files that are wrong for it (each says why in a comment),
searched between the user's directories and the snapshot."""
OVERRIDE = "syndicate"
_GLOBAL_SKIPS = frozenset({"name", "title", "body", "author", "date", "tests"})
"""What ``global.txt`` does not add to a site rule: which element is the body and where
the metadata is are the site's own say (syndicate reads OpenGraph and meta tags itself)."""


@lru_cache(maxsize=1)
def bundled_files() -> dict[str, str]:
    """The bundled rule files by name (read once per process)."""
    data: dict[str, str] = json.loads(gzip.decompress(BUNDLE.read_bytes()).decode("utf-8"))
    return data


@lru_cache(maxsize=4096)
def _parsed(origin: str, name: str, text: str) -> tuple[SiteRule, tuple[Problem, ...]]:
    return parse_rule(text, f"{origin}:{name}")


def candidate_names(host: str) -> list[str]:
    """Rule file names for ``host``, most specific first (``global.txt`` not included)."""
    host = host.lower().strip().rstrip(".")
    if not host or "/" in host:
        return []
    bare = host.removeprefix("www.")
    names = [f"{host}.txt", f"{bare}.txt"] if bare != host else [f"{host}.txt"]
    labels = bare.split(".")
    names += [f".{'.'.join(labels[i:])}.txt" for i in range(1, len(labels) - 1)]
    return names


@dataclass(frozen=True, slots=True)
class RuleFile:
    """One rule file: where it is from, its name, its text."""

    origin: str
    name: str
    text: str

    def parsed(self) -> tuple[SiteRule, tuple[Problem, ...]]:
        """The rule and the lines it could not use (parsed once per process)."""
        return _parsed(self.origin, self.name, self.text)


class SiteRules:
    """A set of rule sources: the user's directories in front, then the bundled rules.

    ``SiteRules()`` is the bundled set; ``SiteRules([Path("my-rules")])`` puts a folder
    of the user's own files in front of it; ``bundled=False`` leaves the bundle out.
    """

    def __init__(self, directories: Sequence[Path] = (), *, bundled: bool = True) -> None:
        self.directories = tuple(Path(d) for d in directories)
        self.bundled = bundled
        self._user: list[dict[str, str]] = [_read_directory(d) for d in self.directories]
        self._overrides = _read_directory(OVERRIDES) if bundled else {}
        self._by_host: dict[str, SiteRule | None] = {}

    def __repr__(self) -> str:
        return f"SiteRules({[str(d) for d in self.directories]!r}, bundled={self.bundled})"

    def find(self, name: str) -> RuleFile | None:
        """The file called ``name``, from the first source that has it."""
        for directory, files in zip(self.directories, self._user, strict=True):
            if name in files:
                return RuleFile(str(directory), name, files[name])
        if name in self._overrides:
            return RuleFile(OVERRIDE, name, self._overrides[name])
        if self.bundled and name in bundled_files():
            return RuleFile(BUNDLED, name, bundled_files()[name])
        return None

    def files_for(self, host: str) -> list[RuleFile]:
        """The site file that applies to ``host`` (if any) and the global file joined to it."""
        site = next((f for f in map(self.find, candidate_names(host)) if f), None)
        glob = self.find(GLOBAL)
        if site is None:
            return [glob] if glob is not None and glob.origin not in (BUNDLED, OVERRIDE) else []
        return [site, glob] if glob is not None else [site]

    def for_host(self, host: str) -> SiteRule | None:
        """The rule for ``host`` (memoised per host), or None when no file applies."""
        key = host.lower()
        if key not in self._by_host:
            files = self.files_for(key)
            rules = [f.parsed()[0] for f in files]
            self._by_host[key] = _joined(rules) if rules else None
        return self._by_host[key]

    def for_url(self, url: str) -> SiteRule | None:
        """The rule for the host of ``url``."""
        host, _ = host_and_path(url)
        return self.for_host(host) if host else None

    def check(self, *, bundled: bool | None = None) -> RulesCheck:
        """Parse every file (the bundled ones too unless ``bundled=False``)."""
        files = self.all_files()
        if bundled is False:
            files = (f for f in files if f.origin not in (BUNDLED, OVERRIDE))
        return check(files)

    def all_files(self) -> Iterator[RuleFile]:
        """Every file of every source (a user file and a bundled one of one name: both)."""
        for directory, files in zip(self.directories, self._user, strict=True):
            for name in sorted(files):
                yield RuleFile(str(directory), name, files[name])
        for name in sorted(self._overrides):
            yield RuleFile(OVERRIDE, name, self._overrides[name])
        if self.bundled:
            for name, text in sorted(bundled_files().items()):
                yield RuleFile(BUNDLED, name, text)


@dataclass(frozen=True, slots=True)
class RulesCheck:
    """What parsing every file of a rule set found."""

    files: int
    problems: tuple[Problem, ...]
    directives: dict[str, int]
    """Usable lines per directive, over all files."""


def check(files: Iterable[RuleFile]) -> RulesCheck:
    """Parse every file; list the lines none of them could use, count the directives."""
    problems: list[Problem] = []
    counts: Counter[str] = Counter()
    total = 0
    for file in files:
        rule, found = file.parsed()
        total += 1
        problems += found
        counts.update(rule.directive_counts())
    return RulesCheck(total, tuple(problems), dict(sorted(counts.items())))


def _read_directory(directory: Path) -> dict[str, str]:
    return rule_files(directory) if directory.is_dir() else {}


def _joined(rules: list[SiteRule]) -> SiteRule:
    """The site rule with the global rule's cleanup directives after its own."""
    site, *rest = rules
    if site.name.endswith(f":{GLOBAL}"):
        return site
    for other in rest:
        changes: dict[str, object] = {}
        for field in fields(SiteRule):
            mine, theirs = getattr(site, field.name), getattr(other, field.name)
            if field.name in _GLOBAL_SKIPS or theirs in (None, "", ()):
                continue
            if isinstance(mine, tuple):
                changes[field.name] = mine + theirs
            elif mine is None or mine == "":
                changes[field.name] = theirs
        if changes:
            site = replace(site, name=f"{site.name}+{other.name}", **changes)  # type: ignore[arg-type]
    return site


DEFAULT_RULES = SiteRules()
"""The bundled rules, shared by every read that does not pass its own (the bundle is
loaded on the first lookup)."""


@lru_cache(maxsize=16)
def user_rules(directory: Path) -> SiteRules:
    """The user's rule directory in front of the bundled rules (read once per process;
    build a ``SiteRules`` to pick up files changed since)."""
    if not directory.is_dir():
        raise InputError(f"site rules: {directory} is not a directory")
    return SiteRules([directory])
