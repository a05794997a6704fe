"""Enrichment: park, province, topics, keywords, summary and reading time, on the
gold sample page and on the hand-written cases of tests/enrich_cases.yaml."""

import re
from pathlib import Path

import pytest
import score_parse as scorer
import yaml

from digest import enrich
from digest.enrich import parks
from digest.enrich import summary as summary_module
from digest.enrich import topics as topic_model
from digest.language import gazetteer, names, nlp
from digest.models import Article, Author, Block, Page
from digest.resources import DATA

TESTS = Path(__file__).resolve().parent
GOLD = TESTS / "gold" / "park-page-2021-01.gold.yaml"
CASES = yaml.safe_load((TESTS / "enrich_cases.yaml").read_text(encoding="utf-8"))["cases"]


def _case_article(case) -> Article:
    return Article(id=case["id"], title=case["title"], blocks=[Block("paragraph", t) for t in case["body"]])


def _lead(text: str) -> str:
    return summary_module.split_sentences(names.DATELINE.sub("", text.strip()).strip())[0]


@pytest.fixture(scope="module")
def enriched_cases():
    return {case["id"]: enrich.enrich_article(_case_article(case)) for case in CASES}


@pytest.fixture(scope="module")
def gold_page():
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def _gold_article(gold) -> Article:
    return Article(
        id=gold["id"],
        title=gold["title"],
        subtitle=gold.get("subtitle", ""),
        dateline=gold.get("dateline", ""),
        authors=[Author(name) for name in gold.get("authors", [])],
        blocks=[Block(b["type"], b["text"]) for b in gold["blocks"]],
    )


# ---------------------------------------------------------------- the sample page


def test_sample_page_meets_the_acceptance_criteria(gold_page):
    zones = scorer.load_zones()
    golds = gold_page["articles"]
    page = enrich.enrich_page(Page(source=gold_page["page"], articles=[_gold_article(g) for g in golds]))
    parks_ok = tp = fp = fn = 0
    summary_rl = lead_rl = 0.0
    for gold, article in zip(golds, page.articles):
        parks_ok += scorer.same_park(gold["park"], article.park, zones)
        expected, got = set(gold["topics"]), set(article.topics)
        tp, fp, fn = tp + len(expected & got), fp + len(got - expected), fn + len(expected - got)
        summary_rl += scorer.rouge_l(gold["summary"], article.summary)
        lead_rl += scorer.rouge_l(gold["summary"], gold["lead_summary"])
        assert len(scorer.norm(article.summary)) <= 120
    assert parks_ok / len(golds) == 1.0
    assert scorer.f1(tp, fp, fn) >= 0.8
    assert summary_rl / len(golds) >= lead_rl / len(golds)


def test_sample_articles_keep_author_and_dateline_out_of_the_summary(gold_page):
    for gold in gold_page["articles"]:
        summary = enrich.enrich_article(_gold_article(gold)).summary
        assert "本报讯" not in summary
        assert not any(name in summary for name in gold["authors"])


def test_enrich_page_returns_copies(gold_page):
    article = _gold_article(gold_page["articles"][0])
    page = Page(source="p.txt", articles=[article])
    enriched = enrich.enrich_page(page)
    assert enriched.articles[0].park == "厦门火炬高技术产业开发区"
    assert page.articles[0].park == "" and article.topics == []


# ---------------------------------------------------------------- own cases: parks


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_main_park_and_province(case, enriched_cases):
    article = enriched_cases[case["id"]]
    expected = gazetteer.lookup(case["park"]) if case["park"] else None
    assert article.park == (expected.official if expected else "")
    assert article.province == (expected.province if expected else "")
    assert article.city == (expected.city if expected else "")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_mentioned_park_is_listed_main_first(case, enriched_cases):
    article = enriched_cases[case["id"]]
    assert set(article.parks) == set(case["parks"])
    assert article.parks[:1] == [article.park] if article.park else article.parks == []


@pytest.mark.parametrize(
    "headline, body, park",
    [
        # the headline names the subject even when the body names another park first
        (
            "盐城高新区引进新项目",
            "继在苏州工业园区、苏州工业园区研发中心之后，企业落户盐城高新区。",
            "盐城高新技术产业开发区",
        ),
        # without a headline mention, the park named most often wins
        (
            "新项目开工",
            "在苏州高新区考察后，企业落户宿迁高新区。宿迁高新区表示欢迎，宿迁高新区将做好服务。",
            "宿迁高新技术产业开发区",
        ),
        # an alias alone identifies the park
        ("光谷企业发布新品", "中国光谷一家企业发布新一代光模块。", "武汉东湖新技术开发区"),
    ],
)
def test_park_choice(headline, body, park):
    assert parks.rank_parks(headline, body)[0].official == park


@pytest.mark.parametrize("first, second", [("盐城高新区", "宿迁高新区"), ("宿迁高新区", "盐城高新区")])
def test_parks_named_in_the_headline_alone_rank_in_its_order(first, second):
    """Whatever order Python's string hashing gives a set: a parse is the same on every run."""
    ranked = parks.rank_parks(f"{first}与{second}签约共建", "两地企业开展合作。")
    assert [zone.short for zone in ranked] == [first, second]


# ---------------------------------------------------------------- own cases: topics


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_topics_are_labels_and_the_central_one_is_found(case, enriched_cases):
    topics = enriched_cases[case["id"]].topics
    assert set(topics) <= set(topic_model.topic_labels())
    assert 1 <= len(topics) <= 4
    assert topics[0] in case["topics"]


def test_topic_f1_over_own_cases(enriched_cases):
    tp = fp = fn = 0
    for case in CASES:
        expected, got = set(case["topics"]), set(enriched_cases[case["id"]].topics)
        tp, fp, fn = tp + len(expected & got), fp + len(got - expected), fn + len(expected - got)
    assert scorer.f1(tp, fp, fn) >= 0.85


def test_topic_labels_are_those_of_topics_yaml():
    topics = yaml.safe_load((DATA / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    assert topic_model.topic_labels() == tuple(t["label"] for t in topics)
    assert all(t["keywords"] and t["note"] for t in topics)


def test_a_listed_industry_is_not_a_topic():
    body = "园区形成了生物医药、装备制造、新型材料、电子信息等主导产业。今年园区举办了多场招聘会，吸引大批高校毕业生。"  # noqa: E501
    assert topic_model.classify_topics("园区举办招聘会", body) == ["人才"]


def test_park_names_are_not_topic_evidence():
    # 稀土 and 医药 inside park names say nothing about materials or medicine
    body = "包头稀土高新区与泰州医药高新区签署合作协议。" * 3
    assert "新材料" not in topic_model.classify_topics("", body)
    assert "生物医药" not in topic_model.classify_topics("", body)


# ---------------------------------------------------------------- keywords

GENERIC = ["发展", "企业", "建设", "推进", "近日", "记者", "工作", "进一步", "高新区", "园区", "项目", "创新"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_keywords_are_salient_terms(case, enriched_cases):
    article = enriched_cases[case["id"]]
    assert 3 <= len(article.keywords) <= 6
    for keyword in article.keywords:
        assert len(keyword) >= 2
        assert not re.search(r"\d", keyword)
        assert keyword not in nlp.stopwords()
        assert gazetteer.lookup(keyword) is None or gazetteer.lookup(keyword).official != article.park


@pytest.mark.parametrize("word", GENERIC)
def test_generic_words_are_never_keywords(word):
    body = (
        f"近日，记者从园区获悉，园区进一步推进企业建设发展工作，推动{word}取得新成效。" * 4
        + "园区知识产权质押贷款增长，知识产权质押贷款惠及企业。"
    )
    keywords = enrich.enrich_article(
        Article(id="x", title=f"{word}工作推进会", blocks=[Block("paragraph", body)])
    ).keywords
    assert word not in keywords
    assert "知识产权质押贷款" in keywords


def test_sample_keywords_read_as_tags(gold_page):
    by_id = {g["id"]: enrich.enrich_article(_gold_article(g)).keywords for g in gold_page["articles"]}
    assert "一业一证" in by_id["taian"]
    assert "钒氮合金" in by_id["ankang"]
    assert any("知识产权质押" in k for k in by_id["wuhan"])


# ---------------------------------------------------------------- summaries


def _sentences_of(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]*[。！？]+[”’]*", text)]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_summary_is_whole_sentences_within_120(case, enriched_cases):
    summary = enriched_cases[case["id"]].summary
    sentences = [
        summary_module.strip_filler(s) for s in summary_module.split_sentences("\n".join(case["body"]))
    ]
    body = scorer.norm("".join(sentences))
    assert 0 < len(scorer.norm(summary)) <= 120
    assert "本报讯" not in summary
    for sentence in _sentences_of(summary):
        assert scorer.norm(sentence) in body


def test_summaries_over_own_cases_beat_the_lead_sentence():
    summary_rl = lead_rl = 0.0
    for case in CASES:
        article = enrich.enrich_article(_case_article(case))
        summary_rl += scorer.rouge_l(case["summary"], article.summary)
        lead_rl += scorer.rouge_l(case["summary"], _lead(case["body"][0]))
    assert summary_rl >= lead_rl


def test_summary_leaves_out_the_dateline_and_authors():
    article = Article(
        id="x",
        title="某高新区新闻",
        authors=[Author("李明", "记者")],
        blocks=[
            Block(
                "paragraph",
                "本报讯（记者 李明）近日，合肥高新区量子中试平台投入使用，可为量子企业提供中试服务。",
            ),
            Block("paragraph", "记者李明在现场看到，平台已有8家企业入驻。"),
        ],
    )
    summary = enrich.enrich_article(article).summary
    assert summary.startswith("合肥高新区量子中试平台")  # 近日， cut as well
    assert "李明" not in summary


@pytest.mark.parametrize(
    "note",
    [
        "编者按：合肥高新区量子中试平台的探索，为各地园区提供了可资借鉴的经验。本期摘编相关报道。",
        "【编者的话】合肥高新区在量子中试方面的探索，为各地园区提供了可资借鉴的经验。本期摘编相关报道。",
    ],
)
def test_summary_leaves_out_the_editors_note(note):
    """An editor's note speaks of the page and its series; the summary tells the news under it."""
    article = Article(
        id="x",
        title="合肥高新区量子中试平台投入使用",
        blocks=[
            Block("paragraph", note),
            Block("paragraph", "近日，合肥高新区量子中试平台投入使用，可为量子企业提供中试服务。"),
        ],
    )
    summary = enrich.enrich_article(article).summary
    assert summary.startswith("合肥高新区量子中试平台投入使用")
    assert "借鉴" not in summary


def test_summary_keeps_the_story_run_on_in_its_editors_notes_paragraph():
    """Only the note's sentence is left out: the story's first words may follow it in its paragraph."""
    lead = "近日，合肥高新区量子中试平台投入使用，可为量子企业提供中试服务。"
    article = Article(
        id="x",
        title="合肥高新区量子中试平台投入使用",
        blocks=[Block("paragraph", "编者按：本版今起推出“走进合肥高新区”系列报道，敬请关注。" + lead)],
    )
    assert enrich.enrich_article(article).summary.startswith("合肥高新区量子中试平台投入使用")


def test_a_sentence_longer_than_120_is_cut_at_a_clause():
    clause = "园区推动企业开展智能化改造和数字化转型"
    text = "，".join([clause] * 12) + "。"
    summary = enrich.enrich_article(Article(id="x", blocks=[Block("paragraph", text)])).summary
    assert len(summary) <= 120
    assert summary.endswith(clause + "。")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("近日，合肥高新区量子中试平台投入使用。", "合肥高新区量子中试平台投入使用。"),
        ("日前，成都高新区举行数字经济项目签约活动。", "成都高新区举行数字经济项目签约活动。"),
        ("据了解，入选项目需经过技术成熟度评估。", "入选项目需经过技术成熟度评估。"),
        ("有关负责人表示，园区已累计布局概念验证平台20余个。", "园区已累计布局概念验证平台20余个。"),
        ("中关村有关负责人表示，园区已累计布局概念验证平台20余个。", "中关村已累计布局概念验证平台20余个。"),
        ("近日，记者了解到，园区新增孵化器3家。", "园区新增孵化器3家。"),
        # the time-words of no particular day go as well
        ("如今，园区已集聚量子企业60余家。", "园区已集聚量子企业60余家。"),
        ("近年来，园区累计引进人才1.2万人。", "园区累计引进人才1.2万人。"),
        ("今年以来，园区新增高新技术企业120家。", "园区新增高新技术企业120家。"),
        # the subject's 近日/日前 goes too
        ("南京高新区近日出台新一轮人才引育政策。", "南京高新区出台新一轮人才引育政策。"),
        # a source naming the park gives its name to the 园区 that follows
        (
            "记者日前从无锡高新区获悉，园区集成电路产业规模突破2000亿元。",
            "无锡高新区集成电路产业规模突破2000亿元。",
        ),
        # ... and stays when the rest names no park and does not go on with 园区
        (
            "记者从无锡高新区获悉，集成电路产业规模突破2000亿元。",
            "记者从无锡高新区获悉，集成电路产业规模突破2000亿元。",
        ),
        ("本月，温州高新区一家鞋企的数字化车间通过验收。", "温州高新区一家鞋企的数字化车间通过验收。"),
        ("连日来，桂林高新区一家光学企业的生产线满负荷运转。", "桂林高新区一家光学企业的生产线满负荷运转。"),
        # nothing of substance would be left
        ("他表示，很好。", "他表示，很好。"),
        # time-words that carry the news stay
        ("今年前三季度，园区出口额增长27%。", "今年前三季度，园区出口额增长27%。"),
        ("在近日举行的年会上，双方签约。", "在近日举行的年会上，双方签约。"),
    ],
)
def test_leading_filler_is_cut(text, expected):
    assert summary_module.strip_filler(text) == expected


LEAD = "合肥高新区量子精密测量中试平台正式投入使用，首月已有9家企业预约使用平台开展测试。"
FILLER = "园区还将举办系列活动，邀请社会各界人士参观体验，进一步营造良好的创新创业氛围。"


@pytest.mark.parametrize("opener", ["这", "该", "此", "其", "但", "同时", "此外", "因此", "与此同时"])
def test_a_sentence_with_a_dependent_opener_is_not_chosen_alone(opener):
    dependent = (
        f"{opener}量子精密测量中试平台配备超低温、超高真空、微弱磁场检测等专业设备，服务量子传感器企业12家。"
    )
    # the dependent sentence is the most central one, but its antecedent is a question
    # (never a summary sentence), so it can never stand in the summary
    body = "量子精密测量为什么需要中试平台？" + dependent + FILLER
    article = Article(id="x", title="合肥高新区量子精密测量中试平台投用", blocks=[Block("paragraph", body)])
    assert not enrich.enrich_article(article).summary.startswith(opener)
    assert summary_module.is_dependent(dependent)


@pytest.mark.parametrize(
    "named, bare",
    [
        ("动力电池回收利用项目", "项目总投资25亿元，建成后年可处理退役动力电池10万吨，年产值预计40亿元。"),
        ("鞋企的数字化车间", "车间引入智能裁断和视觉检测设备112台套，生产效率提升42%，不良品率降至0.8%。"),
        ("三七药物研发公共平台", "平台由6家医药企业和2家科研院所组建，开放共享大型仪器设备58台套。"),
    ],
)
def test_a_sentence_opening_with_a_bare_noun_leans_on_the_one_naming_it(named, bare):
    # the bare noun is short for the name a question gave (never a summary sentence)
    body = f"合肥高新区的{named}为何引人关注？" + bare + FILLER
    article = Article(id="x", title="合肥高新区" + named, blocks=[Block("paragraph", body)])
    assert not enrich.enrich_article(article).summary.startswith(bare[:2])


def test_a_dependent_sentence_joins_its_antecedent():
    body = "合肥高新区量子中试平台投用。该平台配备超低温设备，服务量子传感器企业12家。" + FILLER
    article = Article(id="x", title="合肥高新区量子中试平台投用", blocks=[Block("paragraph", body)])
    got = enrich.enrich_article(article).summary
    assert "该平台" not in got or got.startswith("合肥高新区量子中试平台投用。该平台")


SHORT_LEAD = "合肥高新区量子精密测量中试平台正式投入使用。"


@pytest.mark.parametrize(
    "body, joined",
    [
        (SHORT_LEAD + FILLER + "园区量子企业去年营收增长35%，达到120亿元。", True),
        (SHORT_LEAD + FILLER * 2 + "园区今年将新增量子企业15家，总投资超过20亿元。", True),
        # a year is a date, not a figure the summary needs
        (SHORT_LEAD + FILLER + "2008年，合肥市获批成为国家量子信息产业试点城市。", False),
        (SHORT_LEAD + FILLER + "早在2008年，合肥市就获批成为国家量子信息产业试点城市。", False),
    ],
)
def test_a_short_summary_takes_the_next_sentence_with_a_figure(body, joined):
    article = Article(id="x", title="合肥高新区量子中试平台投用", blocks=[Block("paragraph", body)])
    got = enrich.enrich_article(article).summary
    assert got.startswith(SHORT_LEAD)
    assert (got != SHORT_LEAD) == joined


BRIEF_LEDE = "日前，安顺高新区一家航空精密锻件企业新增的两条等温锻造生产线通过验收，年产能由800吨升至1500吨。"
BRIEF_BACKGROUND = (
    "安顺高新区今年以来围绕航空装备配套产业新引进项目9个，协议投资额超过35亿元，航空零部件配套企业已达到26家。"
)


@pytest.mark.parametrize(
    "paragraphs, lede_alone",
    [
        # a short item whose lede gives its figures: the lede is its summary
        ([BRIEF_LEDE, BRIEF_BACKGROUND], True),
        (["近日，" + BRIEF_LEDE[3:], BRIEF_BACKGROUND], True),
        # a lede too short to say how much leaves the item's figures to a further sentence
        (
            [
                "日前，安顺高新区一家锻件企业两条生产线通过验收，年产能由800吨升至1500吨。",
                "园区今年以来新引进航空配套项目9个，协议投资额超过35亿元，配套企业已达到26家。",
            ],
            False,
        ),
        # no lede set apart: one paragraph, or a first paragraph of two sentences
        ([BRIEF_LEDE + BRIEF_BACKGROUND], False),
        ([BRIEF_LEDE + "企业产品配套国产大飞机。", BRIEF_BACKGROUND], False),
        # a longer article keeps the 70-character budget
        ([BRIEF_LEDE, BRIEF_BACKGROUND, FILLER, FILLER], False),
    ],
)
def test_a_short_items_lede_with_figures_is_its_summary(paragraphs, lede_alone):
    blocks = [Block("paragraph", p) for p in paragraphs]
    article = Article(id="x", title="安顺高新区锻件企业新增产线", blocks=blocks)
    got = enrich.enrich_article(article).summary
    first = summary_module.strip_filler(summary_module.split_sentences(paragraphs[0])[0])
    assert got.startswith(first)
    assert (got == first) == lede_alone


@pytest.mark.parametrize(
    "scene",
    [
        "清晨八点，一家创新药企的实验室已灯火通明。",
        "走进一家工程机械企业的车间，几乎看不到火花四溅的场景。",
        "在一处孵化器里，一家光子芯片企业刚刚完成融资。",
    ],
)
def test_a_feature_is_not_summed_up_by_its_opening_scene(scene):
    news = "如今，合肥高新区已集聚量子企业60余家，2023年产业规模突破120亿元，同比增长35%。"
    body = scene + news + FILLER
    article = Article(id="x", title="合肥高新区量子产业观察", blocks=[Block("paragraph", body)])
    assert enrich.enrich_article(article).summary.startswith(summary_module.strip_filler(news)[:10])


@pytest.mark.parametrize(
    "body",
    [
        LEAD + FILLER * 3,
        "，".join(["园区推动企业开展智能化改造和数字化转型"] * 12) + "。",
        LEAD * 5,
        "近日，" + LEAD[:-1] + "，" + FILLER,
    ],
)
def test_the_120_character_limit_holds(body):
    article = Article(id="x", title="合肥高新区", blocks=[Block("paragraph", body)])
    got = enrich.enrich_article(article).summary
    assert 0 < len(scorer.norm(got)) <= summary_module.SUMMARY_MAX_CHARS


@pytest.mark.parametrize("turn", ["答：", "问：", "记者：", "黎嘉欣：", "艾尔肯·吐拉洪："])
def test_an_interview_turn_is_not_a_summary_sentence(turn):
    body = [
        LEAD,
        turn + "我们的中试平台配备超低温设备，服务合肥高新区量子传感器企业12家，首月已有9家企业预约。",
    ]
    article = Article(id="x", title="合肥高新区量子中试平台", blocks=[Block("paragraph", t) for t in body])
    assert turn not in enrich.enrich_article(article).summary
    # nor the figures a short summary would take
    body = [SHORT_LEAD, turn + "我们的园区每年生产棉纱20万吨，纱锭达到420万锭。"]
    article = Article(id="x", title="合肥高新区量子中试平台", blocks=[Block("paragraph", t) for t in body])
    assert turn not in enrich.enrich_article(article).summary


@pytest.mark.parametrize(
    "text, expected",
    [
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("他说：“好。”然后走了。", ["他说：“好。”", "然后走了。"]),
        ("没有句号的段落……\n下一段。", ["没有句号的段落……", "下一段。"]),
        # a ruled headline the parse left in the paragraph, and the rules alone
        ("━━━━━━━━━━━━园区首星下线━━━━━━━━━━━━近日，首星下线。", ["近日，首星下线。"]),
        ("园区首星下线━━━━━━━━━━━━近日，首星下线。", ["近日，首星下线。"]),
        ("首星下线。（记者 李明）张华━━━━━━━━━━━━", ["首星下线。"]),
        # a run-in subheading
        ("产值突破600亿元。〖研发平台支撑〗园区共建中试基地。", ["产值突破600亿元。", "园区共建中试基地。"]),
        ("【链接】园区共建中试基地。", ["园区共建中试基地。"]),
    ],
)
def test_split_sentences(text, expected):
    assert summary_module.split_sentences(text) == expected


# ---------------------------------------------------------------- length


@pytest.mark.parametrize("chars, minutes", [(0, 1), (1, 1), (400, 1), (401, 2), (1200, 3)])
def test_reading_minutes(chars, minutes):
    article = enrich.enrich_article(Article(id="x", blocks=[Block("paragraph", "字" * chars)]))
    assert (article.char_count, article.reading_minutes) == (chars, minutes)


def test_char_count_ignores_whitespace_and_dateline():
    article = enrich.enrich_article(Article(id="x", blocks=[Block("paragraph", "本报讯 近日 园区\n开工。")]))
    assert article.char_count == len("近日园区开工。")


# ---------------------------------------------------------------- nlp and idf


def test_words_keep_park_names_whole_and_drop_punctuation():
    words = nlp.words("近日来自中国光谷的一项统计显示，武汉东湖高新区新增12家上市企业。")
    assert "中国光谷" in words and "武汉东湖高新区" in words
    assert "，" not in words and "。" not in words and "的" not in words


def test_archive_idf_weighs_common_terms_down():
    texts = ["园区知识产权质押贷款增长。"] * 50 + ["钒氮合金生产线投产。"]
    idf = enrich.build_idf(texts)
    assert idf.doc_count == 51
    assert idf.weight("钒氮合金") > idf.weight("知识产权")


SIGNING = "园区举行项目签约活动，涵盖激光器、清洗装备等领域。"
LIVESTREAM = "园区一家电商企业通过直播销售侗锦和苗绣产品，带动绣娘居家就业。"
AFTERWORD = ["活动现场气氛热烈。", "下一步还将继续推进。"]


@pytest.mark.parametrize(
    "title, expected",
    [("直播带动绣娘居家就业", LIVESTREAM), ("激光项目集中签约", SIGNING)],
)
def test_the_sentence_the_headline_speaks_of_is_chosen(title, expected):
    article = Article(
        id="x", title=title, blocks=[Block("paragraph", p) for p in [SIGNING + LIVESTREAM, *AFTERWORD]]
    )
    assert enrich.enrich_article(article).summary == expected


@pytest.mark.parametrize(
    "signing, joins",
    [(SIGNING, False), ("园区举行项目签约活动，签约12个项目，涵盖激光器、清洗装备等领域。", True)],
)
def test_a_further_sentence_joins_only_with_a_figure(signing, joins):
    body = [signing + LIVESTREAM, *AFTERWORD]
    article = Article(id="x", title="直播带动绣娘居家就业", blocks=[Block("paragraph", p) for p in body])
    assert enrich.enrich_article(article).summary == (signing + LIVESTREAM if joins else LIVESTREAM)


@pytest.mark.parametrize(
    "text, dependent",
    [
        ("如今，在齐齐哈尔高新区，这些老产业正焕发新的活力。", True),
        ("1月18日，该区举行签约仪式。", True),
        ("近年来，其产品远销海外。", True),
        ("今年以来，园区新增企业12家。", False),
        ("在合肥高新区，一家企业的新产线投产。", False),
        ("园区企业120家，其中高新技术企业80家。", False),
    ],
)
def test_a_sentence_leaning_back_after_its_opening_time_or_place_is_dependent(text, dependent):
    assert summary_module.is_dependent(text) == dependent


@pytest.mark.parametrize(
    "before, after, across",
    [
        ("推动新材料产业", "链条延伸", True),  # 产业链 read across the break
        ("园区累计孵", "化企业300余家", True),  # 孵化
        ("新增算力2000", "P以上", True),  # a run of digits and letters is one token
        ("签约项目12个。", "园区表示", False),  # a sentence ends at the break
        ("产业园区", "建设提速", False),  # two words meet there
    ],
)
def test_a_word_across_a_line_break(before, after, across):
    """Whether jieba keeps a word across two lines' joint, asked of the dictionary's prefixes
    before the text is cut: a long line is read no further than a dozen characters either side."""
    assert nlp.word_across(before, after) is across
    assert nlp.word_across("近日，" * 8 + before, after + "。" * 20) is across


@pytest.mark.parametrize(
    "before, after, run",
    [
        ("近日，推动新材料产业", "链条延伸，带动", ("推动新材料产业", "链条延伸")),
        ("签约项目12个。", "园区表示", ("", "园区表示")),  # a mark at the joint: no word spans it
        ("新增算力 2000", "P-20以上", ("2000", "P-20以上")),
    ],
)
def test_a_joint_is_read_within_the_run_jieba_cuts_whole(before, after, run):
    """jieba cuts each run of its own characters apart from the marks and spaces around it, so
    only the run across a joint is cut to tell a word across it."""
    assert nlp._joint_run(before, after) == run


def test_the_joint_run_holds_the_characters_jieba_cuts_as_one_run():
    import jieba

    run_char = re.compile(f"[{nlp._JIEBA_RUN}]")
    chars = (chr(code) for code in range(0x10000))
    assert all(bool(run_char.fullmatch(c)) == bool(jieba.re_han_default.fullmatch(c)) for c in chars)


@pytest.mark.parametrize(
    "before, after, cut",
    [
        ("狮子山高新区锂电铜箔产", "能跃居全国前列", True),  # 产能, its 产 left alone above
        ("齐齐哈尔高", "新区重型铸件绿色工厂投产", True),  # 高新区, its 高 left alone above
        ("唐山高新区十条举措壮大机器人产业", "园区特色产业巡礼", False),  # 产业 and 园区, each whole
        ("威海高新区一家企业科创板上市", "企业生产车间一角", False),  # 上市企业, a compound
        ("签约项目12个。", "园区表示", False),  # no word across at all
    ],
)
def test_a_line_break_cutting_a_word(before, after, cut):
    """A word across the joint cuts one only where it leaves a character alone on either side."""
    assert nlp.word_cut(before, after) is cut
