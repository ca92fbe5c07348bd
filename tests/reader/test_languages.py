"""Whole pages in other languages: the rules written from English pages hold on them (date
line, byline, comment thread, related links, calls to action)."""

from __future__ import annotations

import pytest

import syndicate

_PROSE = {
    "de": "Der Stadtrat hat am Abend lange über den neuen Markt beraten und am Ende zugestimmt. ",
    "pl": "Rada miasta długo dyskutowała wieczorem o nowym targu i w końcu wyraziła zgodę. ",
    "ja": "市議会は夕方、新しい市場について長い時間をかけて議論し、最終的に承認した。",
    "es": "El ayuntamiento debatió durante horas sobre el nuevo mercado y al final lo aprobó. ",
}
_PAGES = {
    "de": ("Von Anna Schmidt", "2. Januar 2022", "Lesen Sie auch:", "Schreibe einen Kommentar",
           "Teilen", "Anna Schmidt", "2022-01-02"),
    "pl": ("Autor: Jan Kowalski", "Opublikowano: 15 października 2023", "Czytaj także:",
           "Dodaj komentarz", "Udostępnij", "Jan Kowalski", "2023-10-15"),
    "ja": ("文／山田太郎", "令和5年12月12日", "関連記事：", "コメントを残す", "シェア",
           "山田太郎", "2023-12-12"),
    "es": ("Por Juan Pérez y María López", "3 de febrero de 2022", "Lee también:",
           "Deja una respuesta", "Compartir", "Juan Pérez", "2022-02-03"),
}  # fmt: skip


def _page(lang: str) -> str:
    byline, shown, lead, invite, share, _, _ = _PAGES[lang]
    prose = _PROSE[lang] * 4
    paragraphs = "".join(f"<p>{prose}</p>" for _ in range(4))
    comment = "<p>" + _PROSE[lang] * 3 + "</p>"
    return f"""<html lang="{lang}"><head><title>Markt</title></head><body>
    <article><h1>Neuer Markt</h1><p class="byline">{byline}</p><p>{shown}</p>
    {paragraphs}<p>{lead} <a href="https://news.example/other">Anderes</a></p>
    <p>{share}</p>{paragraphs}
    <h3>{invite}</h3>{comment}{comment}</article></body></html>"""


@pytest.mark.parametrize("lang", sorted(_PAGES))
def test_a_page_in_another_language(lang: str) -> None:
    _, _, _, invite, share, author, day = _PAGES[lang]
    article = syndicate.read(_page(lang), url="https://news.example/markt")
    assert article.authors and article.authors[0].name == author
    assert article.published is not None and article.published.date().isoformat() == day
    assert [link.url for link in article.related] == ["https://news.example/other"]
    text = article.body_text
    assert _PROSE[lang].strip() in text
    assert invite not in text and share not in text.split("\n")
    assert text.count(_PROSE[lang].strip()) == 8 * 4  # the article's prose, not the thread's
