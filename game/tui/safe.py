"""Text from stories, saves and players made safe to show: no markup, controls or bidi overrides."""

# Such text is never parsed as markup (a stray `[/]` would crash a widget, `[@click=...]` would
# become a live link); it is cleaned and wrapped in a `Content`, whose text is taken literally.

from __future__ import annotations

from textual.content import Content

from game.textsafe import clean, one_line

__all__ = ["clean", "one_line", "plain"]


def plain(text: str, style: str = "") -> Content:
    """Literal, cleaned text as Content (never markup), optionally styled as a whole."""
    content = Content(clean(text))
    return content.stylize(style) if style and content else content
