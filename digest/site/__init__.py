"""The site room: the archive as Markdown pages, feeds and a search index (pure but for search_index)."""
