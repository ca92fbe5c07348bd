"""Byline cleaning: raw author strings to ``Person``s, agencies to a credit line."""

from __future__ import annotations

import re
from dataclasses import replace

from syndicate.model import Person, Role
from syndicate.urls import resolve

AGENCIES: dict[str, str] = {
    "pti": "PTI",
    "press trust of india": "PTI",
    "ani": "ANI",
    "ians": "IANS",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "dpa": "dpa",
    "efe": "EFE",
    "upi": "UPI",
    "xinhua": "Xinhua",
    "bloomberg": "Bloomberg",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "bss": "BSS",
    "unb": "UNB",
    "tass": "TASS",
    "anadolu": "Anadolu",
}
_LEAD = re.compile(
    r"^(?:(?:written|posted|words)\s+by(?-i:(?=[A-Z]))"  # "Written byJane Doe": glued spans
    r"|(?:(?:written|posted|story|words|reported|text|recipe|article|column|insights?|authored|guide"
    r"|review|interview|analysis"
    r"|(?:more\s+)?(?:articles|posts|stories))\s+(?:by|from)"
    r"|(?:geschrieben\s+von|écrit\s+par|escrito\s+por|scritto\s+da|skrevet\s+a[fv])"
    r"|authors?|contributors?|autor(?:in|ka)?|auteur|by|from|par|por|von|di|door|av|af|автор"
    r"|yazar|szerző|tekijä|teksti|текст|napsal[a]?|napisał[a]?)\b)"
    r"\s*:?\s*",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|;|\||\n|、|，|；)\s*")
"""Separators of a byline's parts: a name, a job title, another name."""
_JOIN = re.compile(r"\s*(?:&|\b(?:and|with|und|et|og|och|и|y|e|i|és|ja|ve|і|και)\b)\s*", re.I)
"""Words joining names within a part ("A and B") or the words of a job title ("Home and
Digital Security Expert")."""
_CJK_ROLE = re.compile(
    r"^(?:本报)?(?:作者|记者|記者|撰文|编辑|編輯|文|글)\s*[:：/／]?\s*|\s*(?:기자|특파원)$"
)
"""A Chinese or Japanese role before the name ("记者 张三"), a Korean one after it."""
_NOISE = re.compile(
    r"email|e-mail|follow|view all|more from|more articles|posts by|contact|twitter|facebook"
    r"|linkedin|instagram|subscribe|updated|published|\bago\b|read more|@|https?://|www\."
    r"|\bauthor\b|\bbio\b|login|sign in|profile|learn more|more about|view (?:all|more)|posts\b"
    r"|sponsored|\babout\b|\bfolgen\b|kontakt|\bsuivre\b|\bseguir\b|\bsegui\b|\bvolgen\b"
    r"|obserwuj|takip et|подписаться|aktualisiert|veröffentlicht|mis à jour|publié|actualizado"
    r"|publicado|aggiornato|pubblicato",
    re.I,
)
_JOB_WORDS = (
    r"editor|correspondent|reporter|writer|chief|senior|associate|deputy|managing|producer"
    r"|analyst|professor|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in|e)?|rédact(?:eur"
    r"|rice)|correspondante?|periodista|corresponsal|redactora?|giornalista|inviat[oa]"
    r"|jornalista|correspondente|redacteur|verslaggever|redaktor(?:ka)?|dziennikar(?:z|ka)"
    r"|korespondent(?:ka)?|muhabir|журналист(?:ка)?|корреспондент"
)
"""Words of a job title: a part that holds one is not a name, and one glued to a name ends it."""
_TITLES = re.compile(
    rf"\b(?:{_JOB_WORDS}|staff|contributor|columnist|bureau|fellow|desk|team|news service"
    r"|special to)\b",
    re.I,
)
_ROLES = {
    "edited": Role.EDITOR,
    "reviewed": Role.EDITOR,
    "fact": Role.EDITOR,
    "medically": Role.EDITOR,
    "photographs": Role.PHOTOGRAPHER,
    "photos": Role.PHOTOGRAPHER,
    "photography": Role.PHOTOGRAPHER,
    "illustrations": Role.ILLUSTRATOR,
    "illustrated": Role.ILLUSTRATOR,
    "translated": Role.TRANSLATOR,
}
_ROLE_PHRASE = re.compile(
    r"\s*\b((?:edited|photographs|photos|photography|illustrations|illustrated|translated"
    r"|reviewed|fact[\s-]checked|medically\s+reviewed)\s+by)\b\s*:?",
    re.I,
)
_DIGIT = re.compile(r"\d")
_GLUED_DATE = re.compile(
    r"\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d.*$", re.I
)
_MAX_WORDS = 5
_JOB = re.compile(
    rf"\s+\b(?:{_JOB_WORDS}|founder|co-founder|ceo|cto|cmo|coo|director|manager|coordinator"
    r"|officer|president|head|lead|specialist|consultant|strategist|marketing|content|sales"
    r"|communications|expert|educators?|instructor|former|at)\b.*$",
    re.I,
)
"""A job title glued to a name without a comma ("Liza Burke Marketing Director")."""
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{1,6}|[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+|Ph\.?D\.?|[A-Z]+-[A-Z]+)$"
)
"""Post-nominal letters split off a name ("MD", "Ph.D.", "E-RYT")."""
_TRAILING_ON = re.compile(r"\s+on(?:\s+\w+day\b.*)?$", re.I)
_FOLLOW_BUTTON = re.compile(
    r"\s+(?:follow|folgen|suivre|seguir|segui|volgen|obserwuj|takip et|подписаться)"
    r"(?:\s+(?:on\s+\S+|me|us|author))?\s*$",
    re.I,
)
_DESK = re.compile(
    r"\b(?:team|staff|desk|editors|editorial|newsroom|redaktion|rédaction|redacción|redazione"
    r"|redactie|bureau)\b",
    re.I,
)


def agency(text: str) -> str:
    """The canonical agency name if ``text`` names a news agency, else ""."""
    key = " ".join(text.casefold().replace(".", "").split())
    return AGENCIES.get(key, "")


def _clean_part(part: str) -> tuple[str, str]:
    """(name, job title glued to it without a comma) from one part of a byline."""
    part = _LEAD.sub("", part.strip(" \t.:-–—·|()[]（）【】")).strip(" \t.:-–—·|()[]（）【】")
    part = _CJK_ROLE.sub("", part)
    part = _GLUED_DATE.sub("", part)
    part = _DIGIT.split(part, maxsplit=1)[0].strip(" ,.-–—·|")  # "Jane Doe22 Dec 2016"
    part = _TRAILING_ON.sub("", part)  # "Jane Doe on Tuesday, August …"
    part = _FOLLOW_BUTTON.sub("", part)  # "Jane Doe Follow": a button glued to the name
    title = ""
    if len(part.split()) > 2:
        cut = _JOB.search(part)
        if cut and len(part[: cut.start()].split()) >= 2:
            part, title = part[: cut.start()], part[cut.start() :]
    return " ".join(part.split()), " ".join(title.split())


def _parts(byline: str) -> list[tuple[str, str]]:
    """(name, job title) pairs of a byline; ("", title) for a part that is a job title after
    a name, kept whole when its words are joined by "and" ("Jane Doe, Home and Digital
    Security Expert", "Jane Doe | Sr. Director of Operations")."""
    found: list[tuple[str, str]] = []
    for number, part in enumerate(_SPLIT.split(byline)):
        joined = _JOIN.split(part)
        if number and len(part.split()) <= _MAX_WORDS + 3 and _job_phrase(joined):
            found.append(("", " ".join(part.split())))
            continue
        found.extend(pair for pair in map(_clean_part, joined) if pair[0])
    return found


def _job_phrase(joined: list[str]) -> bool:
    """The words of one byline part after a name (split at "and") make a job title: the
    last fragment holds a job word ("Sr. Director", "Home Security Expert"), and any before
    it are single words ("Home and Digital Security Expert"); not a name with its employer
    glued on ("John Smith at Reuters") or a second name ("… and Jo Roe, Editor")."""
    cut = _JOB.search(" " + joined[-1])
    if cut is None:
        return False
    leading = joined[-1][: max(cut.start() - 1, 0)].split()
    if len(leading) > 1 and cut.group().split()[0].casefold() == "at":
        return False
    return all(len(fragment.split()) == 1 for fragment in joined[:-1])


def _job_title(part: str) -> bool:
    """A byline part that is a job title ("Senior Editor", "CEO of Acme")."""
    return bool(_JOB.match(" " + part)) and len(part.split()) <= _MAX_WORDS + 3


def _is_name(part: str, site: str) -> bool:
    words = part.split()
    if not words or len(words) > _MAX_WORDS or len(part) < 2 or _CREDENTIAL.match(part):
        return False
    if _NOISE.search(part) or _TITLES.search(part):
        return False
    return not (site and part.casefold() == site.casefold())


def _organisation(part: str, site: str) -> str:
    """``part`` when it names the publisher or a desk ("Everfit Team", "Podium Staff",
    "The Editorial Board", the site's own name) rather than a person, else ""."""
    if not part or len(part.split()) > _MAX_WORDS or _NOISE.search(part):
        return ""
    if _DESK.search(part) or (site and part.casefold() == site.casefold()):
        return part
    return ""


def _segments(text: str, role: Role) -> list[tuple[str, Role]]:
    """A byline split at role phrases: "Written by A Edited by B" → [(A, author), (B, editor)]."""
    pieces = _ROLE_PHRASE.split(text)
    found = [(pieces[0], role)]
    for phrase, rest in zip(pieces[1::2], pieces[2::2], strict=True):
        found.append((rest, _ROLES[re.split(r"[\s-]", phrase, maxsplit=1)[0].casefold()]))
    return [(t, r) for t, r in found if t.strip()]


def people(
    raw: list[tuple[str, str]],
    *,
    site_name: str = "",
    role: Role = Role.AUTHOR,
    base_url: str = "",
) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """Persons (deduplicated, in order, with the role their byline gives them) and agency
    credits from raw (name, url) pairs; a URL is resolved against ``base_url`` and kept
    only when it is http(s) or ``mailto:`` (``urls.resolve``)."""
    persons: list[Person] = []
    credits: list[str] = []
    seen: set[str] = set()
    for text, url in raw:
        for segment, segment_role in _segments(text.strip(), role):
            parts = _parts(_LEAD.sub("", segment.strip()))
            named = sum(1 for n, _ in parts if _is_name(n, site_name) and not _job_title(n))
            last: int | None = None
            for name, title in parts:
                if not name:  # a job title in a part of its own
                    if last is not None and not persons[last].title:
                        persons[last] = replace(persons[last], title=title)
                    continue
                credit = agency(name) or _organisation(name, site_name)
                if credit:
                    if credit not in credits:
                        credits.append(credit)
                    continue
                if _job_title(name):  # "Jane Doe, Senior Editor"; alone, a title is no one
                    if last is not None and not persons[last].title:
                        persons[last] = replace(persons[last], title=name)
                    continue
                if not _is_name(name, site_name) or name.casefold() in seen:
                    continue
                seen.add(name.casefold())
                single = named == 1 and segment_role is role
                href = resolve(base_url, url, mailto=True) if single else ""
                persons.append(Person(name=name, url=href, role=segment_role, title=title))
                last = len(persons) - 1
    return tuple(persons), tuple(credits)
