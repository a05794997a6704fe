"""What every layouter's gold derives from its own article text the same way."""


def lead_sentence(blocks: list[dict]) -> str:
    """The article's first sentence: the lead baseline a summary is scored against."""
    first = next((b["text"] for b in blocks if b["type"] == "paragraph"), "")
    end = first.find("。")
    return first[: end + 1] if end >= 0 else first
