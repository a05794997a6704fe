import pytest

from digest.language.names import (
    ROLE_PATTERN,
    authors_from,
    byline_authors,
    closing_credit,
    credits_source_in_full,
    credits_supplier,
    dateline_authors,
    is_byline,
    is_name,
    is_reprint_source,
    lenticular_credit,
    notes_writers_unit,
    opening_dateline,
    runs_on_to_next_line,
    split_names,
    starts_with_dateline,
    two_words,
    writers_credit,
)


@pytest.mark.parametrize(
    "word, expected",
    [
        ("王成龙", True),
        ("欧阳娜娜", True),
        ("赖婉清", True),
        ("洪子涵", True),
        ("傅雷", True),
        ("阎振华", True),
        ("但实验室", False),  # 但 opens far more clauses than it names people
        ("王书记说", False),
        ("李总表示", False),
        ("热依拉·艾力", True),  # a dotted name, whatever its first character
        ("阿依古丽·买买提", True),
        ("园区·产业", False),  # a page name, not a dotted name
        ("园区新闻·高新区", False),  # a section's rubric, long as a dotted name
        ("新闻·高新区", False),
        ("木合塔尔·艾力", True),
        # a column's name and its theme joined by a dot, each part dictionary words: no one's name
        ("回音壁·问政", False),
        ("基层一线·蹲点日记", False),
        ("买买提·艾力", True),  # a name's parts are its sounds, one at least no dictionary word
        ("约翰·史密斯", True),
        # a function word's character as a sound of a longer name, not beside a word of a phrase
        ("巴图孟和", True),
        ("阿说木呷", True),
        ("王明说", False),
        ("高原上的", False),
        # a function word's character inside a word of the given name, not a word of its own
        ("郑和平", True),
        ("周和顺", True),
        ("王和李", False),
        ("张和", False),
        # a surname of two characters the dictionary knows as a word opens a name all the same
        ("端木清和", True),
        ("上官说好", False),  # a function word of its own beside another word of the dictionary
        ("欧阳的话", False),
        # rare surnames, still borne by families across the country
        ("钭晓峰", True),
        ("庹明亮", True),
        ("禚文博", True),
        ("逄立新", True),
        # rarer double surnames
        ("澹台明轩", True),
        ("呼延志强", True),
        ("澹台", False),
        # 和 is a surname as well as a word: before a given name that is no word
        ("和丽春", True),
        ("和企业", False),
        ("和海洋", False),
    ],
)
def test_is_name(word, expected):
    assert is_name(word) is expected


@pytest.mark.parametrize(
    "word, expected",
    [
        ("冷库运营", True),  # a word a surname opens, and a common word after it
        ("宗政浩然", False),  # a given name of two characters is no common word
        ("司马文静", False),  # a surname of two characters opens a name of four
        ("王成龙", False),
        ("阿西木呷", False),
    ],
)
def test_two_words_that_a_surname_opens_are_a_phrase(word, expected):
    assert two_words(word) == expected


@pytest.mark.parametrize(
    "byline, people",
    [
        ("本报记者 赖婉清 朱骏", [("赖婉清", "记者"), ("朱骏", "记者")]),
        ("▶ 本报记者 郑雅婷 通讯员 洪子涵", [("郑雅婷", "记者"), ("洪子涵", "通讯员")]),
        ("记者 张三 通讯员 李四 王五", [("张三", "记者"), ("李四", "通讯员"), ("王五", "通讯员")]),
        ("本报评论员 周立群", [("周立群", "评论员")]),
        ("本报记者 杨通 本报实习生 冉小琴", [("杨通", "记者"), ("冉小琴", "实习生")]),  # the paper's intern
        ("本报记者 次仁卓嘎 融媒体记者 乜振宇", [("次仁卓嘎", "记者"), ("乜振宇", "融媒体记者")]),
        ("全媒体记者 阿西木呷 见习记者 逯佳音", [("阿西木呷", "全媒体记者"), ("逯佳音", "见习记者")]),
        ("特约撰稿人 阿依达娜·赛力克", [("阿依达娜·赛力克", "特约撰稿人")]),  # an outside writer
        ("本报记者 纳燕 见习记者 其木格", [("纳燕", "记者"), ("其木格", "见习记者")]),
        ("本报记者 东方晓岚 通讯员 和志刚", [("东方晓岚", "记者"), ("和志刚", "通讯员")]),  # 和, a surname
    ],
)
def test_authors_from_a_byline_keep_their_roles(byline, people):
    assert [(a.name, a.role) for a in authors_from(byline)] == people


@pytest.mark.parametrize(
    "byline, people",
    [
        # a paper named by its kind credits its staff by it, as 本报 does
        ("晚报记者 才让卓玛 晚报通讯员 韩尕藏", [("才让卓玛", "记者"), ("韩尕藏", "通讯员")]),
        ("晚报记者 木拉提·艾山 晚报通讯员 逄晓燕 报道", [("木拉提·艾山", "记者"), ("逄晓燕", "通讯员")]),
        ("晚报首席记者 阿衣努尔·艾尼", [("阿衣努尔·艾尼", "首席记者")]),
        ("（晚报实习生 禄永平）", [("禄永平", "实习生")]),
        ("日报记者 王明 都市报记者 李华", [("王明", "记者"), ("李华", "记者")]),
        ("本刊记者 巴特尔", [("巴特尔", "记者")]),
        # a trade paper named by its trade, a news agency
        ("（中国产业报记者 阿牛木呷 实习生 杜娜日斯）", [("阿牛木呷", "记者"), ("杜娜日斯", "实习生")]),
        ("中国经济报评论员 东方明远", [("东方明远", "评论员")]),
        ("新华社记者 王明 中新社记者 李华", [("王明", "记者"), ("李华", "记者")]),
        # the paper's name alone is nobody
        ("晚报 王明", [("王明", "")]),
    ],
)
def test_a_paper_named_by_its_kind_credits_its_people_as_its_own(byline, people):
    assert [(a.name, a.role) for a in authors_from(byline)] == people


@pytest.mark.parametrize(
    "line, expected",
    [
        ("晚报记者 才让卓玛 晚报通讯员 韩尕藏", True),
        ("晚报评论员 禄永平 报道", True),
        # a sentence that names the paper or its reporters is text
        ("晚报记者 日前 走访了园区", False),
        ("欢迎拨打晚报新闻热线", False),
        ("中国高新技术产业报记者 巴特尔", True),
        # a sentence naming a trade, a report, or an agency's reporters
        ("产业报告显示 园区产值", False),
        ("新华社记者 日前 走访了园区", False),
    ],
)
def test_a_line_of_an_evening_papers_roles_and_names_is_a_byline(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "line, people",
    [
        # a column's logo: a role word and a common word, no person
        ("记者观察", []),
        ("记者调查", []),
        ("记者 手记", []),
        # a name outside the surname list that the dictionary knows as a name's part, or not at all
        ("记者 巴特", [("巴特", "记者")]),
        ("记者 平措", [("平措", "记者")]),
        ("通讯员 白音", [("白音", "通讯员")]),
        # a listed surname opens a name, whatever the word
        ("记者 高峰", [("高峰", "记者")]),
        ("记者 甘露", [("甘露", "记者")]),
        ("▶ 本报记者 高远", [("高远", "记者")]),
        # a second name after the role may be a given name alone
        ("本报通讯员 王发 自强", [("王发", "通讯员"), ("自强", "通讯员")]),
    ],
)
def test_a_column_named_after_a_role_word_is_no_person(line, people):
    assert [(a.name, a.role) for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "line, people",
    [
        ("【通讯员 雷晓燕】", [("雷晓燕", "通讯员")]),
        (
            "【融媒体记者 玛依努尔·吐尔地 通讯员 蓝海生】",
            [("玛依努尔·吐尔地", "融媒体记者"), ("蓝海生", "通讯员")],
        ),
        ("【首席记者 司马晴川 通讯员 覃海鹏】", [("司马晴川", "首席记者"), ("覃海鹏", "通讯员")]),
        ("【记者观察】", []),  # a column's name in the same brackets names no one
    ],
)
def test_a_credit_in_lenticular_brackets_names_its_people(line, people):
    assert [(a.name, a.role) for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "byline, people",
    [
        # the extractor wrote a space where a line broke inside a name
        ("晚报记者 斯琴高 娃 晚报通讯员 晁立新", ["斯琴高娃", "晁立新"]),
        ("记者 韦秀莲 通讯员 亢 家豪", ["韦秀莲", "亢家豪"]),
        ("（晚报通讯员 巴哈尔古丽·托 合提）", ["巴哈尔古丽·托合提"]),
        ("记者 木拉提·艾 山 通讯员 逄晓燕", ["木拉提·艾山", "逄晓燕"]),
        # or inside a role, or between the paper's name and its role
        ("（晚报记者 黄美玉 晚报通 讯员 韦光明）", ["黄美玉", "韦光明"]),
        ("（晚报 通讯员 盘金凤）", ["盘金凤"]),
        ("记者 木拉提·艾山通 讯员 逄晓燕", ["木拉提·艾山", "逄晓燕"]),
        # what is no name's part stays apart
        ("（本报记者 巴特尔 摄）", ["巴特尔"]),
        ("记者 张三 等", ["张三"]),
        ("记者 努尔古丽·艾买提 报", ["努尔古丽·艾买提"]),  # 报道 cut at the line's end
        ("文 / 本报记者 王明", ["王明"]),
        ("记者 王明 李华", ["王明", "李华"]),
    ],
)
def test_a_name_cut_by_a_gap_is_read_whole(byline, people):
    assert [a.name for a in authors_from(byline)] == people


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("本报讯（记者 韦秀莲 通讯员 亢 家豪）近日", "本报讯（记者 韦秀莲 通讯员 亢家豪）"),
        ("本报讯（记者 畲小 红）日前", "本报讯（记者 畲小红）"),
        ("晚报讯（记者 阿布都热合曼·吐 尔洪）", "晚报讯（记者 阿布都热合曼·吐尔洪）"),
        # whole names stay apart
        ("本报讯（记者 巴特尔 乌兰托娅）", "本报讯（记者 巴特尔 乌兰托娅）"),
    ],
)
def test_a_dateline_name_cut_by_a_gap_is_read_whole(text, dateline):
    assert opening_dateline(text)[0] == dateline


@pytest.mark.parametrize(
    "line, people",
    [
        ("◎周六 威海火炬高新区", []),  # a dated item's day
        ("记者 周六", []),
        ("记者 周六一", ["周六一"]),  # a name that 周 opens
        ("记者 周一鸣", ["周一鸣"]),
    ],
)
def test_a_day_of_the_week_is_no_name(line, people):
    assert [a.name for a in byline_authors(line)] == people


def test_a_line_known_to_hold_names_alone_keeps_names_outside_the_surname_list():
    assert [a.name for a in authors_from("乌兰托娅 其其格")] == ["乌兰托娅"]
    assert [a.name for a in authors_from("乌兰托娅 其其格", announced=True)] == ["乌兰托娅", "其其格"]


@pytest.mark.parametrize(
    "dateline, people",
    [
        ("本报讯（记者 古丽娜尔）", [("古丽娜尔", "记者")]),
        ("本报讯（记者 阿依古丽·买买提）", [("阿依古丽·买买提", "记者")]),
        ("本报讯（特约通讯员 扎西次仁）", [("扎西次仁", "特约通讯员")]),
        ("本报讯（记者 巴特尔 通讯员 乌兰托娅）", [("巴特尔", "记者"), ("乌兰托娅", "通讯员")]),
        ("本报讯（通讯员 马木提 次仁卓玛）", [("马木提", "通讯员"), ("次仁卓玛", "通讯员")]),
        ("本报讯 记者毕摩阿依报道", [("毕摩阿依", "记者")]),
        ("本报讯 记者阿拉坦仓 通讯员白音报道", [("阿拉坦仓", "记者"), ("白音", "通讯员")]),
        ("本报讯 记者王明、李华报道", [("王明", "记者"), ("李华", "记者")]),
        # an evening paper's dateline names it by its kind
        ("晚报讯（记者 依布拉音·买买提 通讯员 酆春燕）", [("依布拉音·买买提", "记者"), ("酆春燕", "通讯员")]),
        ("晚报讯（评论员 禄永平）", [("禄永平", "评论员")]),
    ],
)
def test_a_role_word_in_a_dateline_announces_a_name_whatever_its_surname(dateline, people):
    assert [(a.name, a.role) for a in dateline_authors(dateline)] == people


@pytest.mark.parametrize(
    "byline, people",
    [
        ("记者 宝音德力格尔", ["宝音德力格尔"]),  # a Mongolian name written as its sounds, no dot
        ("通讯员 乌力吉巴雅尔 王娟", ["乌力吉巴雅尔", "王娟"]),
        ("文·图/额尔德尼巴雅尔", ["额尔德尼巴雅尔"]),
        ("通讯员 额尔敦毕力格", ["额尔敦毕力格"]),  # two of its sounds a rare word by chance (毕力)
        ("作者：额尔敦毕力格", ["额尔敦毕力格"]),
        # a sentence's words after the role, as long as such a name
        ("记者 深入企业调研", []),
        ("记者 来到这里看看", []),
        ("记者 走访园区企业", []),
        ("记者 现场采访报道", []),
    ],
)
def test_an_announced_name_may_run_past_five_characters(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "byline, people",
    [
        ("\uf0d8 努尔兰 本报特约通讯员 王娟", ["努尔兰", "王娟"]),  # a Wingdings arrow, no Unicode
        ("\uf06e 阿依努尔", ["阿依努尔"]),
        ("\uf0d8 深化改革 扩大开放", []),  # an arrow before phrases names no one
    ],
)
def test_a_symbol_font_glyph_marks_a_byline_as_an_arrow_does(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "line, expected",
    [
        ("本报记者 次仁卓玛", True),
        ("本报特约通讯员 古丽娜尔 通讯员 热依拉·艾力", True),
        ("次仁卓玛 乌兰托娅", False),  # no role announces them and no surname vouches for them
        ("本报记者 表示支持", False),
        ("本报评论员 次仁卓玛", True),  # a commentator signs as a reporter does
        ("本报评论员文章", False),  # the genre of the piece, which names nobody
        ("特约撰稿人 隗晓东", True),
        ("融媒体记者 笪雨涵", True),
        ("全媒体记者 笪雨涵", True),
        ("全媒体中心 表示支持", False),
        ("融媒体中心 表示支持", False),  # a newsroom's department is no role
        ("全媒体记者 晏秋", True),
        ("全媒体时代 来临", False),
        ("撰稿人 表示支持", False),
    ],
)
def test_is_byline_with_names_outside_the_surname_list(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "line, people",
    [
        ("记者日前从潍", []),  # a sentence of the text opening with the reporter, cut by the column
        ("记者近日从温州", []),
        ("记者从石嘴山", []),
        ("记者近日获悉", []),
        ("记者了解到", []),
        ("记者孟和", ["孟和"]),
        ("记者 巴特尔", ["巴特尔"]),
    ],
)
def test_a_sentence_opening_with_the_reporter_names_nobody(line, people):
    assert [a.name for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "line, writers, people",
    [
        # "文/图：": who wrote the text and took the photos, credited after the planners
        ("策划：缪玉琴 统筹：冼国栋 文/图：朴成浩 关雅琴", "文/图：朴成浩 关雅琴", ["朴成浩", "关雅琴"]),
        ("统筹：冼国栋 文/朴成浩 图/关雅琴", "文/朴成浩 图/关雅琴", ["朴成浩", "关雅琴"]),
        ("策划：缪玉琴 统筹：冼国栋 文·图：买买提江·艾则孜", "文·图：买买提江·艾则孜", ["买买提江·艾则孜"]),
        # the planners alone: no writer's credit after them
        ("策划：缪玉琴 统筹：冼国栋", "策划：缪玉琴 统筹：冼国栋", []),
    ],
)
def test_the_writers_credited_after_a_team_of_staff_are_the_authors(line, writers, people):
    assert writers_credit(line) == writers
    assert [a.name for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "line, writers, people",
    [
        # a contributed piece's writer, the body they work for in brackets: no author
        ("作者：杨阿妹（安顺高新区经发局）", "作者：杨阿妹", ["杨阿妹"]),
        ("作者：阿依努尔·吐尔逊（昌吉高新区管委会）", "作者：阿依努尔·吐尔逊", ["阿依努尔·吐尔逊"]),
        # a bracket of no body's name stays: no writer's credit of a name alone
        ("作者：杨阿妹（完）", "作者：杨阿妹（完）", []),
        ("作者：杨阿妹（实习）", "作者：杨阿妹（实习）", []),
    ],
)
def test_the_body_a_writer_works_for_is_no_author(line, writers, people):
    assert writers_credit(line) == writers
    assert [a.name for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "note, expected",
    [
        ("（作者单位：安顺高新区管委会）", True),
        ("（作者单位：园区）", False),  # no body's name
        ("（单位：安顺高新区管委会）", False),
    ],
)
def test_a_note_of_the_writers_unit_credits_nobody(note, expected):
    assert notes_writers_unit(note) is expected
    assert expected is False or authors_from(note) == []


@pytest.mark.parametrize(
    "line, credit",
    [
        ("【融媒体记者 玛依努尔·吐尔地 通讯员 蓝海生】", "融媒体记者 玛依努尔·吐尔地 通讯员 蓝海生"),
        ("【本报评论员 诸葛明轩】", "本报评论员 诸葛明轩"),
        ("【全媒体记者买买提江·艾则孜 通讯员苏布道】", "全媒体记者买买提江·艾则孜 通讯员苏布道"),
        ("【首席记者次仁卓玛通讯员吉克曲布】", "首席记者次仁卓玛通讯员吉克曲布"),  # two roles, tight
        # no role opening the brackets, or a column's name running a role on into its words
        ("【链接】", ""),
        ("【作者】王明", ""),
        ("【记者走基层】", ""),
        ("【园区新观察】", ""),
        ("记者 王明", ""),
    ],
)
def test_a_credit_in_lenticular_brackets_is_read_without_them(line, credit):
    assert lenticular_credit(line) == credit


@pytest.mark.parametrize(
    "line, following, expected",
    [
        ("文/图 本报记者", "闻人秋实 通讯员", True),  # "文/图" and a space open the credit
        ("文/图：买买提江·艾", "则孜 苏布道", True),  # a dotted name cut after its dot
        ("策划：鄂宏伟 文/图：买买提江·艾", "则孜 苏布道", True),
        ("本报记者 买买提江·艾则孜", "苏布道", False),  # a name whole: nothing waits
    ],
)
def test_a_credit_waiting_for_its_name_runs_on_to_the_next_line(line, following, expected):
    assert runs_on_to_next_line(line, following) is expected


@pytest.mark.parametrize(
    "text, dateline, rest",
    [
        ("本报讯（记者 张三 通讯员 李四）近日", "本报讯（记者 张三 通讯员 李四）", "近日"),
        ("本报讯 近日，合肥", "本报讯", " 近日，合肥"),
        # a letter-spaced first line: the spaces between its words are lost with the rest
        ("本 报 讯 （ 记 者 杜 文 韬 通 讯 员 蒲 晓 ） 日 前", "本报讯（记者 杜文韬 通讯员 蒲晓）", "日前"),
        ("本 报 讯 （ 记 者 林 静 巴 特 尔 ） 海 拔 2", "本报讯（记者 林静 巴特尔）", "海拔2"),
        # the parenthesis runs on to the next line, which ate the space at the break
        ("本报讯（记者 古丽娜尔 通讯\n员 林静）清晨", "本报讯（记者 古丽娜尔 通讯员 林静）", "清晨"),
        ("本报讯（特约通讯员 张辉\n通讯员 扎西次仁）", "本报讯（特约通讯员 张辉 通讯员 扎西次仁）", ""),
        ("本报讯（记者 张三 通讯\n员 赵 鹏 ） 近 日 ， 上", "本报讯（记者 张三 通讯员 赵鹏）", "近日，上"),
        (
            "本报讯（记者 孟\u3000和 通讯员 包晓燕）近日",
            "本报讯（记者 孟和 通讯员 包晓燕）",
            "近日",
        ),  # padded
        ("本报记者 张三", "", "本报记者 张三"),
        ("晚报讯（记者 黎阿妹）柳州", "晚报讯（记者 黎阿妹）", "柳州"),
        ("晚报讯 日前，柳州", "晚报讯", " 日前，柳州"),
        ("晚报记者 张三", "", "晚报记者 张三"),
        # a sentence about the paper opens no dateline
        ("晚报记者日前走访园区", "", "晚报记者日前走访园区"),
        ("日前，柳州高新区", "", "日前，柳州高新区"),
        # a place and a date, the date's digits set as any number may be
        ("本报长治 10 月 17 日电（记者 郭建华）记者", "本报长治10月17日电（记者 郭建华）", "记者"),
        ("本报玉溪5月30日电(记者 普艳芬)近日", "本报玉溪5月30日电(记者 普艳芬)", "近日"),
        ("本报北京１月\n12日电（记者 王明）", "本报北京１月12日电（记者 王明）", ""),
        ("本报阿克苏阿拉尔3月2日电 近日", "本报阿克苏阿拉尔3月2日电", " 近日"),
        ("新华社北京 3 月 2 日电（记者 王明）", "新华社北京3月2日电（记者 王明）", ""),
        # an autonomous prefecture's name is long
        ("本报黔西南布依族苗族自治州3月2日电 近日", "本报黔西南布依族苗族自治州3月2日电", " 近日"),
        (
            "新华社延边朝鲜族自治州 1 月 1 日电（记者 王明）",
            "新华社延边朝鲜族自治州1月1日电（记者 王明）",
            "",
        ),
        # a dated item of the paper's own city names no place
        ("本报5月26日讯（记者 巴特尔）入秋", "本报5月26日讯（记者 巴特尔）", "入秋"),
        (
            "本报 4 月 5 日讯（记者 王明 通讯\n员 向东升）近日",
            "本报4月5日讯（记者 王明 通讯员 向东升）",
            "近日",
        ),
        ("本报１２月\n３日讯 日前", "本报１２月３日讯", " 日前"),
        # the break fell between two whole names, eating the space that parted them
        ("本报讯（记者 阿依古丽·买买提\n乌兰托娅）近日", "本报讯（记者 阿依古丽·买买提 乌兰托娅）", "近日"),
        ("本报讯（记者 扎西次仁\n阿依古丽·买买提）", "本报讯（记者 扎西次仁 阿依古丽·买买提）", ""),
        ("本报讯（记者 巴特尔\n王娟）", "本报讯（记者 巴特尔 王娟）", ""),
        ("本报讯（记者 林建华\n王娟）", "本报讯（记者 林建华 王娟）", ""),
        ("本报讯（记者 王娟\n林建华 通讯员 李强）", "本报讯（记者 王娟 林建华 通讯员 李强）", ""),
        # or inside a name: a double surname, a lone character, are no whole name
        ("本报讯（记者 欧阳\n小明）", "本报讯（记者 欧阳小明）", ""),
        ("本报讯（记者 王\n小明）", "本报讯（记者 王小明）", ""),
        ("本报讯（记者 古丽\n娜尔）", "本报讯（记者 古丽娜尔）", ""),
        ("本报讯（记者 阿依古\n丽·买买提）", "本报讯（记者 阿依古丽·买买提）", ""),
        ("本报讯（记者 阿依古丽·买\n买提）", "本报讯（记者 阿依古丽·买买提）", ""),
        ("本报讯（记者 古丽巴哈\n尔·艾力）", "本报讯（记者 古丽巴哈尔·艾力）", ""),
        # a name of many peoples runs on past three characters: no surname opens a second name
        ("本报讯（通讯员 那仁格\n日勒）", "本报讯（通讯员 那仁格日勒）", ""),
        ("本报讯（记者 马福祥 通讯员 哈斯其\n其格）", "本报讯（记者 马福祥 通讯员 哈斯其其格）", ""),
        ("本报讯（记者 苏德毕\n力格）", "本报讯（记者 苏德毕力格）", ""),
        # four characters are one name, of the peoples whose names are two parts of two
        ("本报讯（记者 次仁\n旺姆）", "本报讯（记者 次仁旺姆）", ""),
        ("本报讯（记者 扎西\n次仁 通讯员 王娟）", "本报讯（记者 扎西次仁 通讯员 王娟）", ""),
        ("本报讯（特约记者 吉克\n曲布）", "本报讯（特约记者 吉克曲布）", ""),
        ("本报讯（通讯员 哈斯\n巴根）", "本报讯（通讯员 哈斯巴根）", ""),
        ("本报讯（记者 沙玛\n阿果 通讯员 王娟）", "本报讯（记者 沙玛阿果 通讯员 王娟）", ""),
        # a dotted name's first part as long as six characters
        ("本报讯（记者 阿不都\n热依木·艾海提）", "本报讯（记者 阿不都热依木·艾海提）", ""),
        ("本报讯（记者 阿不\n都热依木·买买提）", "本报讯（记者 阿不都热依木·买买提）", ""),
        ("本报讯（记者 阿布都热\n合曼·吐尔洪）", "本报讯（记者 阿布都热合曼·吐尔洪）", ""),
        ("本报讯（记者 叶尔波\n拉提·努尔江）", "本报讯（记者 叶尔波拉提·努尔江）", ""),
        # a spaced parenthesis printed its spaces: a name within a line is not cut in two
        ("本报讯（记者 苏德毕力格\n通讯员 王娟）", "本报讯（记者 苏德毕力格 通讯员 王娟）", ""),
        ("本报讯（记者 王明 林静巴特尔\n）", "本报讯（记者 王明 林静巴特尔）", ""),
        ("本报讯（特约通\n讯员 钟嘉怡）", "本报讯（特约通讯员 钟嘉怡）", ""),
        # a narrow column's break cuts the paper's name for itself
        ("本\n报讯（实习生 金京淑）为期5天", "本报讯（实习生 金京淑）", "为期5天"),
        ("晚\n报讯（记者 王明）近日", "晚报讯（记者 王明）", "近日"),
        ("本\n报北京3月2日电（记者 王明）近日", "本报北京3月2日电（记者 王明）", "近日"),
        ("本\n报告显示，园区", "", "本\n报告显示，园区"),
        ("本\n报记者王明近日走访", "", "本\n报记者王明近日走访"),
        # a first line without spaces (letter-spaced, closed up by the layout) tells nothing
        ("本报讯（记者林静巴\n特尔）", "本报讯（记者 林静 巴特尔）", ""),
    ],
)
def test_opening_dateline(text, dateline, rest):
    assert opening_dateline(text) == (dateline, rest)


@pytest.mark.parametrize(
    "text, dateline, rest",
    [
        ("本报综合 日前，园区", "本报综合", " 日前，园区"),
        ("本报综合报道 日前，园区", "本报综合报道", " 日前，园区"),
        ("据新华社电 近日，园区", "据新华社电", " 近日，园区"),
        ("据中新社北京3月2日电 近日，园区", "据中新社北京3月2日电", " 近日，园区"),
        ("本\n报综合 日前，园区", "本报综合", " 日前，园区"),
        ("据《安徽日报》报道 近日，园区", "据《安徽日报》报道", " 近日，园区"),  # a paper's report taken up
        ("据《安徽日报》报道\n近日，园区", "据《安徽日报》报道", "\n近日，园区"),
    ],
)
def test_a_source_credit_opens_the_text_in_a_datelines_place(text, dateline, rest):
    """An item the paper did not report opens on where it came from: compiled by the desk, or
    an agency's dispatch; no author is named there."""
    assert opening_dateline(text) == (dateline, rest)
    assert dateline_authors(dateline) == []


@pytest.mark.parametrize(
    "text",
    [
        "据新华社报道，园区",
        "据市统计局报道，园区",
        "据悉，园区",
        "据介绍，园区",
        "综合来看，园区",
        "据《安徽日报》报道，园区",  # a comma after it: the sentence's own words
        "据《安徽日报》报道称园区",
    ],
)
def test_a_source_quoted_in_a_sentence_is_no_source_credit(text):
    """ "据…报道", "据悉": a sentence quoting its source; only an agency's dispatch is 据…社电."""
    assert not starts_with_dateline(text)


@pytest.mark.parametrize(
    "text, dateline, rest",
    [
        ("科技日报讯（记者 王明）近日", "科技日报讯（记者 王明）", "近日"),
        ("科技创新日报讯（通讯员 郗文博）日前，", "科技创新日报讯（通讯员 郗文博）", "日前，"),
        (
            "中国高新技术产业导报讯（记者 王明 通讯员 李华）近日",
            "中国高新技术产业导报讯（记者 王明 通讯员 李华）",
            "近日",
        ),
        ("经济日报讯 近日，园区", "经济日报讯", " 近日，园区"),
        ("经济日报北京 1 月 12 日电（记者 王明）近日", "经济日报北京1月12日电（记者 王明）", "近日"),
        # a sentence quoting a paper, or a word with 报讯 in it, opens no dateline
        ("据科技日报讯，园区", "", "据科技日报讯，园区"),
        ("火灾警报讯号响起", "", "火灾警报讯号响起"),
        ("科技日报记者近日走访", "", "科技日报记者近日走访"),
        ("园区发布年报，讯飞", "", "园区发布年报，讯飞"),
        # a headline's words run into a "本" / "报讯" cut at a line's end name no paper
        ("迎来首架支线客机本报讯（记者 王明）", "", "迎来首架支线客机本报讯（记者 王明）"),
        ("园区年报讯息公开", "", "园区年报讯息公开"),
    ],
)
def test_a_paper_named_in_full_dates_its_item_as_本报_does(text, dateline, rest):
    assert opening_dateline(text) == (dateline, rest)
    assert starts_with_dateline(text) == bool(dateline)


@pytest.mark.parametrize(
    "text, dateline, rest",
    [
        ("本报讯 记者王明报道 近日", "本报讯 记者王明报道", " 近日"),
        ("本报讯 记者王明 通讯员李华报道 近日", "本报讯 记者王明 通讯员李华报道", " 近日"),
        ("本报讯 特约通讯员扎西顿珠报道 日前", "本报讯 特约通讯员扎西顿珠报道", " 日前"),
        ("本报讯 实习生王明报道 近日", "本报讯 实习生王明报道", " 近日"),
        ("本报讯 记者王明、李华报道 近日", "本报讯 记者王明、李华报道", " 近日"),
        ("本报北京3月2日电 记者王明报道 近日", "本报北京3月2日电 记者王明报道", " 近日"),
        # the line breaks inside the credit: after a role, inside a name, inside 报道
        ("本报讯 记者王明 通讯员\n李华报道 今年", "本报讯 记者王明 通讯员李华报道", " 今年"),
        ("本报讯 记者綦建华 通讯员岳\n明霞报道 近日", "本报讯 记者綦建华 通讯员岳明霞报道", " 近日"),
        ("本报讯 记者饶文斌 通讯员冼嘉怡报\n道 近日", "本报讯 记者饶文斌 通讯员冼嘉怡报道", " 近日"),
        ("本报讯 记者麦麦提·吐尔逊报道\n近日", "本报讯 记者麦麦提·吐尔逊报道", "\n近日"),
        # a sentence that opens with 记者 is the text, though 报道 closes it
        ("本报讯 记者走访园区看到新闻报道 近日", "本报讯", " 记者走访园区看到新闻报道 近日"),
        ("本报讯 记者从园区获悉，园区报道", "本报讯", " 记者从园区获悉，园区报道"),
    ],
)
def test_a_dateline_credit_closed_by_report_ends_where_the_text_begins(text, dateline, rest):
    assert opening_dateline(text) == (dateline, rest)


@pytest.mark.parametrize(
    "run, names",
    [
        ("林静巴特尔", ["林静", "巴特尔"]),
        ("杜文韬王娟", ["杜文韬", "王娟"]),
        ("杜文韬", ["杜文韬"]),
        ("吉克阿依", ["吉克阿依"]),  # one name of four characters, not 吉克 and 阿依
        ("上官文婷", ["上官文婷"]),
        ("古丽娜尔", ["古丽娜尔"]),  # no known surname opens its second half
        ("阿依古丽·买买提", ["阿依古丽·买买提"]),
        ("龙玉莲笪明轩", ["龙玉莲", "笪明轩"]),  # not 龙玉莲笪 and 明轩: names of three, as most are
        ("陶秀英厍海波", ["陶秀英", "厍海波"]),
        ("乌力吉巴雅尔", ["乌力吉巴雅尔"]),  # a name of sounds the dictionary knows opens it
        ("阿依达娜·别克蹇思思", ["阿依达娜·别克", "蹇思思"]),
        ("努尔古丽·阿布都蹇亚楠", ["努尔古丽·阿布都", "蹇亚楠"]),
        ("古丽米拉·阿不来提", ["古丽米拉·阿不来提"]),
        ("加娜尔·吐尔逊别克", ["加娜尔·吐尔逊别克"]),
        ("努尔兰·沙依兰别克", ["努尔兰·沙依兰别克"]),  # 依兰 read as one: no name 兰别克 opens after 沙依
        # a double surname opening the run is no name alone: 司马 opens 司马文静
        ("司马文静岩罕", ["司马文静岩罕"]),
        ("欧阳娜娜王明", ["欧阳娜娜", "王明"]),
    ],
)
def test_split_names_where_the_space_between_them_was_lost(run, names):
    assert split_names(run) == names


@pytest.mark.parametrize(
    "text, people",
    [
        ("本报记者冼少棠报道", [("冼少棠", "记者")]),
        ("评论员逄子墨报道", [("逄子墨", "评论员")]),
        ("记者努尔古丽·阿布都通讯员蹇亚楠发自许昌", [("努尔古丽·阿布都", "记者"), ("蹇亚楠", "通讯员")]),
        ("记者向家宝通讯员郦雨晴报道", [("向家宝", "记者"), ("郦雨晴", "通讯员")]),
        ("本报记者阿依达娜·别克本报通讯员蹇思思报道", [("阿依达娜·别克", "记者"), ("蹇思思", "通讯员")]),
        ("通讯员次仁卓玛发自泉州", [("次仁卓玛", "通讯员")]),
        ("记者王明通讯员李华", [("王明", "记者"), ("李华", "通讯员")]),  # two roles, no closing word
        ("策划：仝晓岚｜执笔：陶秀英厍海波", [("陶秀英", ""), ("厍海波", "")]),
    ],
)
def test_a_credit_printed_tight_names_its_people(text, people):
    assert is_byline(text) or text.startswith("策划")
    assert [(a.name, a.role) for a in byline_authors(text)] == people


@pytest.mark.parametrize(
    "text",
    ["记者近日走访", "记者从园区获悉", "记者在园区看到", "记者发自内心地感到", "通讯员王明说"],
)
def test_a_sentence_opening_on_a_role_is_no_tight_credit(text):
    assert not is_byline(text)


@pytest.mark.parametrize("phrase", ["向产业链高端攀升", "向产业链高端迈进", "高端装备向新而行"])
def test_a_phrase_is_not_cut_into_two_names(phrase):
    """A subheading marked as a byline may be (■向产业链高端攀升): a phrase opening on a surname's
    character is no two names run together."""
    assert authors_from(phrase, announced=True) == []


def test_a_name_the_dictionary_knows_whole_is_cut_from_the_name_before():
    assert [a.name for a in authors_from("陶秀英巴特尔", announced=True)] == ["陶秀英", "巴特尔"]


def test_a_run_of_names_no_longer_than_one_name_is_one_person():
    assert [a.name for a in authors_from("乌云毕力格", announced=True)] == ["乌云毕力格"]
    assert [a.name for a in authors_from("龙玉莲笪明轩", announced=True)] == ["龙玉莲", "笪明轩"]


@pytest.mark.parametrize(
    "byline, people",
    [
        ("▶ 努尔兰", ["努尔兰"]),  # the mark announces the name, whatever its surname
        ("▶ 扎西次仁 王娟", ["扎西次仁", "王娟"]),
        ("▶ 林露虹 本报特约通讯员 李幼君", ["林露虹", "李幼君"]),
        ("努尔兰 王娟", ["王娟"]),  # no mark, no role: the surname list vouches for names
        ("▶ 详见第三版", []),
    ],
)
def test_a_marked_byline_names_everyone_on_it(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "line, people",
    [
        ("记者：甯晓云", ["甯晓云"]),  # a role printed as a label, a colon before its name
        ("通讯员：佘海鹏", ["佘海鹏"]),
        ("记者：和丽华 通讯员：阿依达娜‧叶尔兰", ["和丽华", "阿依达娜·叶尔兰"]),
        ("见习记者: 帅文静", ["帅文静"]),  # a half-width colon, a space after it
        ("记者：贵公司在", None),  # an interview's turn runs on into words no name is made of
        ("记者：请您介绍一下园区", None),
        ("记者：这些产品主", None),  # its words broken at a narrow column's edge
        ("记者：研发上遇", None),
        ("记者：风电主轴", None),
        ("记者：您觉得", None),
        ("见习记者：帅文静", ["帅文静"]),  # a listed surname before a given name that is a word
        ("记者：其其格", ["其其格"]),  # a name of other sounds, no word of the dictionary
        ("记者：阿西木呷", ["阿西木呷"]),  # four characters, a name's part among them
        ("通讯员：扎西顿珠", ["扎西顿珠"]),
        ("记者：采棉机市", None),  # four of an interview's words, no name's part among them
        ("记者：下一步有", None),
        ("责任编辑：伍思远", None),  # a page's furniture: its role opens no line of credits
    ],
)
def test_a_role_printed_as_a_label_credits_the_names_after_its_colon(line, people):
    assert is_byline(line) is (people is not None)
    if people is not None:
        assert [a.name for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "byline, people",
    [
        ("记者 阿依达娜‧叶尔兰", ["阿依达娜·叶尔兰"]),  # the hyphenation point a font sets for the dot
        ("本报记者 古丽娜尔•艾尔肯 通讯员 笪志强", ["古丽娜尔·艾尔肯", "笪志强"]),  # a bullet
        ("通讯员 努尔兰・哈力木", ["努尔兰·哈力木"]),  # the katakana middle dot
        ("记者 买买提江·吐尔逊", ["买买提江·吐尔逊"]),  # the middle dot itself
        ("记者 张三 李四", ["张三", "李四"]),  # no dot, nothing to write again
    ],
)
def test_a_name_is_written_with_the_middle_dot_whatever_dot_the_page_printed(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "line, expected",
    [
        ("记者 阿依达娜‧叶尔兰 通讯员 王明", True),
        ("园区‧动态", False),  # a page's name parted by the dot: no role, no name
    ],
)
def test_a_line_of_names_may_part_a_name_with_the_hyphenation_point(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "byline, people",
    [
        ("本报记者 饶丽琴 本报通讯员 龙德胜 报道", ["饶丽琴", "龙德胜"]),  # 报道 closes it, names no one
        ("文/林雅婷 图/郑志鹏", ["林雅婷", "郑志鹏"]),
        ("文·图/格桑旺堆", ["格桑旺堆"]),  # the credit word announces the name, whatever its surname
        ("文/本报记者 次仁卓嘎", ["次仁卓嘎"]),
        ("文｜乌兰图雅", ["乌兰图雅"]),  # an upright bar for the slash
        ("文|闫振华　苏日娜", ["闫振华", "苏日娜"]),
        ("本报记者 覃海燕、本报通讯员 乌兰图雅、岩　温", ["覃海燕", "乌兰图雅", "岩温"]),  # padded to three
        ("本报记者 孟和", ["孟和"]),
        ("本报记者 巴图孟和 通讯员 乌兰", ["巴图孟和", "乌兰"]),
        ("次仁央宗／禚文博", ["次仁央宗", "禚文博"]),  # slashes between names announce them all
        ("靳宏伟 / 努尔兰‧哈力木", ["靳宏伟", "努尔兰·哈力木"]),
    ],
)
def test_byline_conventions(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "line, expected",
    [
        ("本报记者 佟丽娜、本报通讯员 金哲洙", True),
        ("本报记者 王　明", True),
        ("本报记者 表示支持", False),
        ("高端、智能、金融", False),  # words listed, no role announcing them as names
        ("相对规范，车速较低", False),
    ],
)
def test_is_byline_of_enumerated_and_padded_names(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # a feature's byline: names listed with the enumeration comma, no role before them
        ("申屠建华、吴银花", True),
        ("端木清扬、玉罕", True),
        ("马丽娜、阿依古丽·托合塔尔", True),
        ("沙马拉毅、央金卓玛", True),  # one surname listed, the other a people's whose are not
        ("王明、李华", True),
        # words listed: each a common word, a place, or no name by any surname
        ("高端、智能、金融", False),
        ("海洋、白云", False),
        ("安徽、江西", False),
        ("光伏、锂电", False),
        ("王府井、西单", False),
        ("央金卓玛、次仁旺姆", False),  # no surname listed: nothing tells them from words
        # a list in a line of text: words no name, though a surname opens one of them
        ("境电商平台、数字支付、云服务", False),
        ("数字支付、云服务", False),
    ],
)
def test_names_listed_with_the_enumeration_comma_and_no_role(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # a public-service slogan's halves: a surname opens a phrase ending in a common word
        ("文明出行 安全相伴", False),
        ("节约用水 从我做起", False),
        # four characters on one surname that are a name: sounds, no common word at their end
        ("沙马拉毅 王娟", True),
        ("欧阳晓峰 王娟", True),
        ("申屠建华 吴银花", True),
    ],
)
def test_a_phrase_a_surname_opens_is_no_name(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "byline, people",
    [("特约撰稿 东方亮", ["东方亮"]), ("特约撰稿人 东方亮", ["东方亮"])],
)
def test_an_outside_writer_is_credited_with_or_without_人(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "text, credit",
    [
        ("（记者 乔振宇 通讯员 丁文婷 蒋涛）", "（记者 乔振宇 通讯员 丁文婷 蒋涛）"),
        ("（记者 孟和 通讯员\n包晓燕）", "（记者 孟和 通讯员 包晓燕）"),
        ("（周梦洁 本报通讯员 陶思远）", "（周梦洁 本报通讯员 陶思远）"),  # a name before the role word
        ("（于海洋、宋佳）", "（于海洋、宋佳）"),  # names alone, by the surname list
        ("（王成龙）", ""),  # one word: a bracket of anything
        ("（下转第3版）", ""),
        ("（晚报通讯员 达瓦卓玛）", "（晚报通讯员 达瓦卓玛）"),
        ("（晚报记者 吉克阿依 晚报通讯员 阿苏拉则）", "（晚报记者 吉克阿依 晚报通讯员 阿苏拉则）"),
        ("（晚报新闻热线）", ""),
        ("（记者 表示）", ""),
        # a photo item's reporters, who took its pictures
        ("（本报\n记者 巴特尔 本报通讯员 关丽娟 摄）", "（本报记者 巴特尔 本报通讯员 关丽娟 摄）"),
        ("（张国栋 摄）", ""),  # no role: a caption's credit
        # opened as a byline is, by a mark or by what the names wrote
        ("（□ 本报记者 许文静 林国栋）", "（□ 本报记者 许文静 林国栋）"),
        ("（▶本报特约通讯员 邵丽）", "（▶ 本报特约通讯员 邵丽）"),
        ("（文/本报评论员 格桑旺堆）", "（文/本报评论员 格桑旺堆）"),
        ("（文 / 本报记者 古丽娜尔·托合提）", "（文/本报记者 古丽娜尔·托合提）"),
        ("（■从卖纤维到卖制品）", ""),
        # a paper named in full by its trade, and one line break cutting its name
        ("（中国智造产业\n报记者 皇甫思齐 通讯员\n韦秀兰）", "（中国智造产业报记者 皇甫思齐 通讯员 韦秀兰）"),
        ("（新华社记者 王明）", "（新华社记者 王明）"),
        ("（产业报告）", ""),
    ],
)
def test_closing_credit(text, credit):
    assert closing_credit(text) == credit


@pytest.mark.parametrize(
    "line, expected",
    [
        ("本报记者 热依拉·艾力", True),  # a dotted name's dot, whichever of them is set
        ("本报记者 热依拉•艾力", True),
        ("本报记者 热依拉・艾力", True),
        ("本报记者 王明 报道", True),
        ("投资 6.7 亿元", False),  # a figure, a Latin letter, a comma or a bracket: no name holds one
        ("R&D 经费 占比", False),
        ("相对规范， 车速较低", False),
        ("记者 张三（实习）", False),
    ],
)
def test_a_byline_holds_roles_names_and_gaps_alone(line, expected):
    assert is_byline(line) is expected


@pytest.mark.parametrize(
    "dateline, people",
    [
        ("本报讯（青岛高新区人才服务中心）", [("青岛高新区人才服务中心", "")]),
        ("本报长沙3月2日电（市委宣传部）", [("市委宣传部", "")]),
        ("本报讯 高新区管委会 报道", [("高新区管委会", "")]),
        ("本报讯（市科技局）", [("市科技局", "")]),
        # no body's name: a person's, a word, a source the text quotes
        ("本报讯（有关部门）", []),
        ("本报讯 据市统计局报道", []),
        ("本报讯（记者 王明）", [("王明", "记者")]),
    ],
)
def test_a_body_that_sent_the_item_is_credited_where_a_reporter_would_be(dateline, people):
    assert [(a.name, a.role) for a in dateline_authors(dateline)] == people


@pytest.mark.parametrize(
    "text, credit",
    [
        ("（青岛高新区人才服务中心）", "（青岛高新区人才服务中心）"),
        ("（市委宣传部）", "（市委宣传部）"),
        ("（同比增长）", ""),
        ("（王中心）", ""),
    ],
)
def test_a_body_closing_the_item_in_brackets_is_its_credit(text, credit):
    assert closing_credit(text) == credit


def test_a_body_named_on_a_credit_line_is_its_author():
    assert [(a.name, a.role) for a in authors_from("（青岛高新区人才服务中心）", announced=True)] == [
        ("青岛高新区人才服务中心", "")
    ]


@pytest.mark.parametrize(
    "byline, people",
    [
        ("本报记者 孔德华 发自威海", ["孔德华"]),  # where the reporter filed from: a place, no name
        ("本报记者 乌兰托娅 本报通讯员 闵志强 发自哈尔滨", ["乌兰托娅", "闵志强"]),
        ("采写：本报记者 骆晓慧", ["骆晓慧"]),  # who gathered the story, before a colon
        ("整理：蒙丽娜", ["蒙丽娜"]),
        ("作者：宓佳琪", ["宓佳琪"]),  # the writer's label announces a name of any surname
        ("作者：其木格　海日汗", ["其木格", "海日汗"]),
        ("作者：阿依努尔·卡德尔　皮建英", ["阿依努尔·卡德尔", "皮建英"]),
        ("【作者】杨秀珍", ["杨秀珍"]),  # a database's record: the author's field in brackets
        ("【作者】其木格；海日汗", ["其木格", "海日汗"]),  # its names parted by semicolons
        ("作者：其木格;海日汗", ["其木格", "海日汗"]),
        ("【作家】杨秀珍", []),  # no writer's field: a word before the name
        ("新材料；生物医药", []),  # things a semicolon parts, no names
        ("采访：企业负责人", []),  # an interview's label: a text's words, no name
        ("本报记者 阿依古丽·艾山本报通讯员 鄂晓东", ["阿依古丽·艾山", "鄂晓东"]),  # a role set tight
        ("本报记者 马玉兰本报通讯员 笪明辉发自合肥", ["马玉兰", "笪明辉"]),  # 发自 set tight
        ("本报特约记者 张明", ["张明"]),  # the role's own words never parted
        ("本报通讯员 王发 自强", ["王发", "自强"]),  # 发 and 自 in two words: no place
    ],
)
def test_byline_forms_name_only_people(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "line, people",
    [
        # each role printed after its person, in brackets, a gap between the two credits
        ("龙玉莲（记者）\u3000笪明轩（通讯员）", [("龙玉莲", "记者"), ("笪明轩", "通讯员")]),
        ("覃丽娟（本报记者）", [("覃丽娟", "记者")]),
        ("努尔兰·叶尔肯（记者）", [("努尔兰·叶尔肯", "记者")]),
        ("和志强（本报特约通讯员）", [("和志强", "特约通讯员")]),
        ("陶秀英（通讯员）厍海波（通讯员）", [("陶秀英", "通讯员"), ("厍海波", "通讯员")]),
        # a reader's stray space cuts a name or a role word
        (
            "热孜万古丽·吐尔逊（本报记者） 靳晓东（本报 通讯员）",
            [("热孜万古丽·吐尔逊", "记者"), ("靳晓东", "通讯员")],
        ),
        ("笪明 轩（通讯员）", [("笪明轩", "通讯员")]),
        # a sentence naming someone with a role in brackets, an aside after a noun, a role's word
        ("张明（记者）说得好", []),
        ("高新区（园区）", []),
        ("园区（记者）", []),
        ("记者（本报记者）", []),
    ],
)
def test_a_role_printed_after_its_name_in_brackets_credits_that_name(line, people):
    assert is_byline(line) is bool(people)
    assert [(a.name, a.role) for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "line, people",
    [
        # the staff who planned the story are credited before its writers, and wrote none of it
        ("策划：郜思远｜执笔：宓晓丹", ["宓晓丹"]),
        ("策划：阚一鸣｜执笔：吉克曲布 阙晓蕾", ["吉克曲布", "阙晓蕾"]),
        ("统筹：王明 采写：本报记者 李华", ["李华"]),
        ("策 划：盖若 溪｜执 笔：覃丽娟", ["覃丽娟"]),  # stray spaces cut the labels
        ("策划：隗文涛｜执笔：努尔 兰·叶尔肯", ["努尔兰·叶尔肯"]),  # and a dotted name's first part
        # the staff alone, or a planner a sentence names, credits no writer
        ("策划：郜思远", []),
        ("策划：园区管委会", []),
    ],
)
def test_the_staff_credited_before_the_writers_are_no_authors(line, people):
    assert [a.name for a in byline_authors(line)] == people
    assert writers_credit(line).startswith(("执笔：", "采写：")) is bool(people)


@pytest.mark.parametrize(
    "text, dateline, rest",
    [
        # the credit runs up to the gap the paper sets before its text
        ("本报讯 记者 努尔兰·叶尔肯\u3000日前，新乡", "本报讯 记者 努尔兰·叶尔肯", "日前，新乡"),
        ("本报讯 评论员 逄子墨\u3000滁州高新区", "本报讯 评论员 逄子墨", "滁州高新区"),
        # a line break cuts a name or a role word
        ("本报讯 记者 吉克阿依 通讯员 钭国\n强\u3000近日，", "本报讯 记者 吉克阿依 通讯员 钭国强", "近日，"),
        (
            "本报讯 记者 努尔古丽·阿布都 通 \n讯员 蹇亚楠\u3000今年",
            "本报讯 记者 努尔古丽·阿布都 通讯员 蹇亚楠",
            "今年",
        ),
        # a sentence that opens with 记者 is the text, whether a gap or a comma follows it
        ("本报讯 记者近日从园区获悉\u3000园区", "本报讯", " 记者近日从园区获悉\u3000园区"),
        ("本报讯 记者从园区获悉，园区", "本报讯", " 记者从园区获悉，园区"),
    ],
)
def test_a_dateline_credit_closed_by_the_gap_before_the_text(text, dateline, rest):
    assert opening_dateline(text) == (dateline, rest)
    assert [a.name for a in dateline_authors(dateline)] == [
        word for word in dateline.split()[1:] if not ROLE_PATTERN.fullmatch(word)
    ]


@pytest.mark.parametrize(
    "byline, people",
    [
        # the place a byline was filed from closes its names, though a stray space cuts it
        ("通讯员 阿苏拉哈 发自楚雄彝族 自治州", ["阿苏拉哈"]),
        ("本报记者 王明 发自北京", ["王明"]),
        # a second credit after the place opens with its role word
        ("记者 王明 发自北京 记者 李华 发自上海", ["王明", "李华"]),
    ],
)
def test_the_place_a_byline_was_filed_from_is_no_name(byline, people):
    assert [a.name for a in byline_authors(byline)] == people


@pytest.mark.parametrize(
    "line, people",
    [
        # a paper named in full before its reporters' role, as the financial press credits them
        ("华夏证券报记者 龙秀英", [("龙秀英", "记者")]),
        ("东岳财经日报记者 吉克曲布 通讯员 万俟永康", [("吉克曲布", "记者"), ("万俟永康", "通讯员")]),
        # its desk or app after a middle dot, branded in Latin letters or Han characters
        ("金桥证券报·e公司记者 尉迟慧", [("尉迟慧", "记者")]),
        ("上海证券报·中国证券网记者 王明", [("王明", "记者")]),
        ("通讯员 和丽娟 东岳财经日报·e公司记者 逯海波", [("和丽娟", "通讯员"), ("逯海波", "记者")]),
        # spaces dropped by an OCR reader
        ("华夏证券报记者龙秀英 通讯员万俟永康", [("龙秀英", "记者"), ("万俟永康", "通讯员")]),
        # a name set tight before a role the paper names by its kind: no paper's name
        ("晚报记者 黄美玉晚报通讯员 韦光明", [("黄美玉", "记者"), ("韦光明", "通讯员")]),
        ("晚报记者 才让卓玛晚报通讯员 韩尕藏", [("才让卓玛", "记者"), ("韩尕藏", "通讯员")]),
    ],
)
def test_a_paper_named_in_full_before_a_role_credits_its_reporters(line, people):
    assert is_byline(line)
    assert [(a.name, a.role) for a in byline_authors(line)] == people


@pytest.mark.parametrize(
    "line",
    [
        "据华夏证券报记者了解",  # a sentence's source: words run into the paper's name
        "证券报记者节",  # no name after the role
        "华夏证券报·e公司",  # a desk's name alone, no role
        "王明·e公司记者 李华",  # a name's dot before Latin letters: no paper's desk
    ],
)
def test_a_named_paper_reads_as_no_byline_without_its_role_and_names(line):
    assert not is_byline(line)


@pytest.mark.parametrize(
    "text, credit",
    [
        # what the names wrote closing them after a slash announces them as a role word does
        ("（关佳怡/文）", "（关佳怡/文）"),
        ("（吉克曲布 岩罕/文）", "（吉克曲布 岩罕/文）"),
        ("（古丽米热·阿卜杜拉 / 文）", "（古丽米热·阿卜杜拉/文）"),
        ("(上官一帆 阿依古丽·哈斯木/文)", "（上官一帆 阿依古丽·哈斯木/文）"),
        ("（本报记者 王明/文图）", "（本报记者 王明/文图）"),
        # no space at all: an OCR reader dropped the one between the names
        ("(眭国庆覃海燕/文)", "（眭国庆 覃海燕/文）"),
        ("（记者苏德毕力格）", "（记者 苏德毕力格）"),  # a role announces the name after it whole
        ("（高新区人才服务中心）", "（高新区人才服务中心）"),
        # a photographer's credit closes a caption, a page's note no story
        ("（张国栋/摄）", ""),
        ("（详见第3版/文）", ""),
        ("（图/文）", ""),
    ],
)
def test_a_writing_credit_after_the_names_closes_a_story(text, credit):
    assert closing_credit(text) == credit


@pytest.mark.parametrize(
    "note, writers",
    [
        ("（摘自《唐山日报》2024年4月6日，作者 郗文博）", ["郗文博"]),
        ("（摘自《唐山日报》2024年4月6日，作者：端木清和 扎西平措）", ["端木清和", "扎西平措"]),
        ("(摘自《唐山日报》2024年4月6日,作者 郗文博)", ["郗文博"]),  # half-width, a phone reader's
        ("（原载《廊坊日报》2025年2月2日，有删节）", []),  # 有 is a surname: the cut is no writer
        ("（原载《廊坊日报》2024年4月24\n日，有删节）", []),
        ("（来源：青海高新区管委会微信公众号）", []),
        ("（来源：《吉林日报》）", []),
        ("（选自《科技日报》）", []),
    ],
)
def test_a_reprints_source_note_names_only_its_writer(note, writers):
    assert is_reprint_source(note)
    assert [author.name for author in authors_from(note, announced=True)] == writers


@pytest.mark.parametrize(
    "text",
    [
        "（记者 王明）",  # a reporters' credit
        "（数据来源：市统计局）",  # a note on the figures, the story's own text
        "（摘自《唐山日报》2024年4月6日）园区还表示，",  # text runs on after it
        "园区负责人说（来源：园区官网）",  # words before it: a sentence's
        "（原载《廊坊日报》2024年4月24",  # still open
        "（摘自园区年报）",  # no paper's name in book-title marks after 摘自
    ],
)
def test_other_bracketed_words_are_no_reprints_source_note(text):
    assert not is_reprint_source(text)


@pytest.mark.parametrize(
    "dateline, in_full",
    [
        ("据《安徽日报》报道", True),
        ("据新华社电（记者 巴特尔）", True),
        ("据中新社电（特约通讯员 佟丽娜）", True),
        ("据新华社电", False),  # the bare mark of a dispatch
        ("本报综合", False),
        ("本报讯（记者 王明）", False),
        ("新华社北京3月2日电（记者 王明）", False),
    ],
)
def test_a_dateline_crediting_its_source_in_full_is_told_apart(dateline, in_full):
    assert credits_source_in_full(dateline) == in_full


@pytest.mark.parametrize(
    "text, credit, people",
    [
        # an office that sent the item in, then its writers: the office announces them
        ("（信阳高新区经发局 芮晓彤、喻红）", "（信阳高新区经发局 芮晓彤、喻红）", ["芮晓彤", "喻红"]),
        ("（杨凌农高区宣传办 努尔兰·叶尔肯）", "（杨凌农高区宣传办 努尔兰·叶尔肯）", ["努尔兰·叶尔肯"]),
        ("（鄂尔多斯高新区管委会办公室 其木格）", "（鄂尔多斯高新区管委会办公室 其木格）", ["其木格"]),
        # the office supplied the copy: a credit, and no author
        ("（兰州高新区管委会 供稿）", "（兰州高新区管委会 供稿）", []),
        # an office's name before words no name is made of: no credit
        ("（高新区管委会 正在推进）", "", []),
        ("（市委宣传部 王明说过）", "", []),
        ("（有关部门 供稿）", "", []),
    ],
)
def test_an_office_before_its_people_closes_the_item_as_its_credit(text, credit, people):
    assert closing_credit(text) == credit
    assert [a.name for a in authors_from(credit, announced=True)] == people


@pytest.mark.parametrize(
    "line, supplier",
    [
        ("供稿：信阳高新区经发局", True),
        ("供稿:宁乡高新区党群工作部", True),
        ("供稿：芮晓彤", False),  # a person: no office
        ("本版稿件由高新区管委会供稿", False),
        ("撰稿：芮晓彤", False),
    ],
)
def test_a_supplier_line_names_the_office_that_sent_the_item(line, supplier):
    assert credits_supplier(line) is supplier


@pytest.mark.parametrize(
    "line, people",
    [
        ("撰稿：芮晓彤、喻红", ["芮晓彤", "喻红"]),
        ("撰稿:努尔兰·叶尔肯", ["努尔兰·叶尔肯"]),
        ("供稿：信阳高新区经发局", []),  # the office supplied it and wrote none of it
    ],
)
def test_a_labelled_credit_names_only_its_writers(line, people):
    assert [a.name for a in byline_authors(line)] == people
