"""Write raw page text the way the extractor does, for small hand-made test pages."""

from digest.language.text import ends_half_width


def raw_page(*parts: str | tuple[str, ...]) -> str:
    """Each str is a column line; a tuple is lines printed together (a two-line headline).

    A blank line follows every line, except after one ending in a half-width character.
    """
    out = ""
    for part in parts:
        lines = list(part) if isinstance(part, tuple) else [part]
        for k, line in enumerate(lines):
            out += line
            out += "\n" if k < len(lines) - 1 or ends_half_width(line) else "\n\n"
    return out


def column(*paragraphs: str, width: int = 16, indent: int = 2) -> tuple[str, ...]:
    """Paragraphs set in a column of `width` characters, the first line of each `indent` shorter.

    Returns single lines (not a printed group), to be splatted into raw_page.
    """
    lines: list[str] = []
    for paragraph in paragraphs:
        room = width - indent
        while paragraph:
            lines.append(paragraph[:room])
            paragraph = paragraph[room:]
            room = width
    return tuple(lines)
