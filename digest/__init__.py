"""Park News Digest: raw newspaper park pages -> articles -> a static MkDocs site."""
