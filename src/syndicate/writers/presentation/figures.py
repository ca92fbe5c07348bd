"""An image as every writer shows it: where it points, its alt text, caption and credit."""

from __future__ import annotations

from dataclasses import dataclass

from syndicate.content import Image, Inline, inline_text
from syndicate.urls import safe


@dataclass(frozen=True, slots=True)
class FigureView:
    """``src`` is the safe URL ("" when the image cannot be shown); ``alt`` falls back to
    the caption; the credit follows the caption in parentheses (``credit_note``)."""

    image: Image
    src: str
    alt: str
    caption: tuple[Inline, ...]
    caption_text: str
    credit: str

    @property
    def credit_note(self) -> str:
        """The credit as it follows the caption: '(Reuters)', or 'Reuters' on its own."""
        if not self.credit:
            return ""
        return f"({self.credit})" if self.caption_text else self.credit

    @property
    def description(self) -> str:
        """The caption in plain text, else the alt text: what to say where no image shows."""
        return self.caption_text or self.image.alt

    @property
    def text(self) -> str:
        """Caption (else alt text) and credit as one plain line: 'Traders at work (Reuters)'."""
        caption = self.description
        note = f"({self.credit})" if caption and self.credit else self.credit
        return " ".join(p for p in (caption, note) if p)

    @property
    def has_caption(self) -> bool:
        """Whether there is a caption or credit to show beside the image."""
        return bool(self.caption or self.credit)


def view(image: Image) -> FigureView:
    """How ``image`` is shown."""
    caption = inline_text(image.caption).strip()
    return FigureView(
        image=image,
        src=safe(image.url),
        alt=image.alt or caption,
        caption=image.caption,
        caption_text=caption,
        credit=image.credit,
    )
