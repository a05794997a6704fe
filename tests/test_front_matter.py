"""Front matter is written by libyaml when it can: the bytes must be PyYAML's."""

import random

import yaml

from digest.site.render import front_matter

PIECES = list("ab 中文：:#'\"-?!|>{}[],&*%@`\\\n\t\r") + [
    "\x00", "\x07", "\x7f", "\xa0", "\x85", "\u2028", "\u2029", "\ufeff", "😀", "\ue000", "\ufffd",
    "---", "...", "yes", "null", "~", "1e3", "0x1f", "2021-01-05", "\u3000",
]  # fmt: skip


def test_front_matter_is_pyyamls_output_whatever_the_text():
    rng = random.Random(7)
    options = dict(allow_unicode=True, sort_keys=False, default_flow_style=False, width=1_000_000)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
        data = {"title": text, "authors": [{"name": text, "role": ""}], "page": 3, "topics": [text]}
        assert front_matter(data) == yaml.safe_dump(data, **options)
