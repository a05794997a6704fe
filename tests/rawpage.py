"""Write raw page text the way the extractor does, for small hand-made test pages."""
from digest.text import ends_half_width


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
