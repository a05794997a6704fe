from pathlib import Path

import pytest
import yaml

from digest.cli import main
from digest.errors import DigestError
from digest.parse import read
from digest.parse.read import decode, read_issue, read_raw_page

TEXT = "本报讯 近日，武汉东湖高新区\n\n发布新政。\n"


@pytest.mark.parametrize(
    ("printed", "read_as"),
    [
        ("武汉东湖\u2fbc新区", "武汉东湖高新区"),  # Kangxi radical 高
        ("\u2f00\u2f2f园区", "一工园区"),  # Kangxi radicals 一 and 工
        ("\uf900", "\u8c48"),  # CJK compatibility ideograph
        ("\U0002f800", "\u4e3d"),  # CJK compatibility ideograph supplement
        ("ＡＢＣ１２３", "ＡＢＣ１２３"),  # full-width ASCII is kept as printed
        ("１０％　高", "１０％　高"),
        ("近日﹐园区﹙记者 李华﹚签约﹑投产﹕", "近日，园区（记者 李华）签约、投产："),  # small forms
        ("投产︒园区︐企业︵新︶︽规划︾", "投产。园区，企业（新）《规划》"),  # vertical forms
        ("抬臂､旋转､放下｡｢新｣", "抬臂、旋转、放下。「新」"),  # half-width ideographic marks
        ("ｱｲｳ･ｴ", "ｱｲｳ･ｴ"),  # half-width katakana is kept as printed
        ("增长3.5%，(完)", "增长3.5%，(完)"),  # ASCII marks are kept as printed
    ],
)
def test_decode_reads_lookalike_code_points_as_their_ideograph(printed, read_as):
    assert decode(printed.encode("utf-8"), "page.txt") == read_as


@pytest.mark.parametrize(
    ("printed", "read_as"),
    [
        ("苏州\u200b高新区", "苏州高新区"),  # zero-width space
        ("高新\u2060区", "高新区"),  # word joiner
        ("高新区\ufeff发布", "高新区发布"),  # zero-width no-break space inside the text
        ("高新区\u3000发布", "高新区\u3000发布"),  # a visible space is kept
    ],
)
def test_decode_drops_zero_width_characters(printed, read_as):
    assert decode(printed.encode("utf-8"), "page.txt") == read_as


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
        TEXT.encode("utf-16"),
        *(TEXT.replace("\n", mark).encode("utf-8") for mark in ("\v", "\x1e", "\x85", "\u2028", "\u2029")),
    ],
)
def test_decode_accepts_the_encodings_and_newlines_pages_arrive_in(data):
    assert decode(data, "page.txt") == TEXT


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b" \n\n  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20 + "页".encode(), "binary"),
    ],
)
def test_decode_rejects_what_is_not_page_text(data, message):
    with pytest.raises(DigestError, match=message):
        decode(data, "page.txt")


def test_read_page_reports_a_missing_file(tmp_path):
    with pytest.raises(DigestError, match="no such file"):
        read_raw_page(tmp_path / "nope.txt")


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", None])
def test_parse_command_gives_one_line_error_and_exit_1(tmp_path, capsys, content):
    page = tmp_path / "page.txt"
    if content is not None:
        page.write_bytes(content)
    assert main(["parse", str(page)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["parse"])
    assert exit_info.value.code == 2


def test_missing_manifest_shows_the_manifest_to_write(tmp_path):
    (tmp_path / "2022-02-22").mkdir()
    (tmp_path / "2022-02-22" / "p1.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(DigestError) as error:
        read_issue(tmp_path / "2022-02-22")
    assert "issue.yml" in str(error.value) and "file: p1.txt" in str(error.value)
    assert "date: 2022-02-22" in str(error.value)


def test_unlisted_page_is_named(tmp_path):
    folder = tmp_path / "2022-02"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(TEXT, encoding="utf-8")
    (folder / "issue.yml").write_text(
        "publication: X\ndate: 2022-02\npages:\n  - {file: a.txt, number: 1, name: 园区}\n", encoding="utf-8"
    )
    with pytest.raises(DigestError, match="b.txt"):
        read_issue(folder)


def test_manifest_is_read(tmp_path):
    folder = tmp_path / "2022-02-22"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "issue.yml").write_text(
        "publication: 导报\ndate: 2022-02-22\npages:\n  - {file: a.txt, number: 7, name: 园区}\n",
        encoding="utf-8",
    )
    issue = read_issue(folder)
    assert (issue.date, issue.pages[0].number, issue.pages[0].name) == ("2022-02-22", 7, "园区")


MANIFESTS = [
    (Path(__file__).resolve().parents[1] / "sources" / "2021-01" / "issue.yml").read_text(encoding="utf-8"),
    "publication: '导报: 园区'\ndate: 2021-01\npages:\n  - {file: a.txt, number: 1, name: 园区}\n",
    'publication: "导报"  # 注释\ndate: "2021-01-05"\npages:\n- file: "b c.txt"\n  number: 02\n  name: ""\n',
    "date: 2021-02-30\npages: []\nextra: [1, 2.5, true, null, ~, 0x10]\n",
]


@pytest.mark.parametrize("text", MANIFESTS)
def test_libyaml_reads_a_manifest_as_pyyaml_does(text):
    fast_data, fast_node = read._loaded(text, Path("issue.yml"), read._FastManifestLoader)
    data, node = read._loaded(text, Path("issue.yml"), read._ManifestLoader)
    assert issubclass(read._FastManifestLoader, yaml.CSafeLoader)  # libyaml's, not PyYAML's again
    assert fast_data == data and read._lines(fast_node) == read._lines(node)
