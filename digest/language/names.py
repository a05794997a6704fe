"""Recognising people: surnames, reporter roles, datelines and bylines."""

from __future__ import annotations

import re

from ..models import Author
from . import nlp
from .text import is_letter_spaced, memo_by_text, squeeze

# The common single-character surnames (together well over 90% of the population)
# and the double surnames that appear in bylines.
SINGLE_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆"
    "朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫"
    "杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "闭由傅阎洪赖钮"
    # rarer ones, each all but unknown as a word of its own, so no phrase reads as a name by them
    "钭庹禚訾仉郗逄蹇眭佴笪麴厍隗郏茆璩殳缑谯邴蒯郦雒濮禄宓禤"
)
DOUBLE_SURNAMES = {
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "轩辕",
    "端木",
    "独孤",
    "南宫",
    "西门",
    "申屠",
    "澹台",
    "闻人",
    "呼延",
    "宗政",
    "濮阳",
    "钟离",
    "赫连",
    "万俟",
    "太史",
    "公冶",
    "仲孙",
    "左丘",
    "拓跋",
}
# Words that make a short run of characters a phrase, not a name ("王书记说"); the words of a
# section's rubric as well, dotted like a transcribed name ("园区新闻·高新区").
NOT_IN_NAMES = (
    "园区",
    "新闻",
    "书记",
    "主任",
    "市长",
    "局长",
    "经理",
    "董事",
    "说",
    "表示",
    "指出",
    "认为",
    "介绍",
    "的",
    "了",
    "是",
    "在",
    "和",
    "等",
    "将",
    # what follows 记者 where a sentence of the text opens with the reporter ("记者近日从
    # 园区获悉"), which a narrow column may break right after them
    "从",
    "近日",
    "日前",
    "获悉",
    "了解",
)

# What a paper calls itself before its own people's roles and in its dateline: 本报 ("本报记者",
# "本报讯"), a magazine 本刊, and a paper named by its kind, as an evening paper credits its staff
# ("晚报记者 X", "晚报讯（记者 X）"), a morning, daily, business or city paper theirs ("日报记者").
OWN_PAPER = r"(?:本报|本刊|(?:晚|早|日|商|都市)报)"
# A paper's name in full where its people's roles or its dateline name it ("科技日报讯", "证券时报记者
# X"): how a paper's own items read wherever its pages are reposted, and how it credits an item
# another paper ran. The name ends in what kind of paper it is (日报, 导报, 晚报, 时报 …), not in any
# 报 ("警报讯号", "年报"), a trade paper's in the trade it serves ("中国高新技术产业报", "中国经济报"); it
# holds no "本" (a headline's words run into a "本" / "报讯" cut at a line's end are no paper's
# name), nor "据", which opens a source quoted in a sentence ("据科技日报讯"). A news agency
# credits its reporters as a paper does ("新华社记者 X", "中新社记者 X").
_PAPER_KIND = r"(?:[日导晚时商周早快晨]|青年|都市|证券|法治|产业|经济|科技|工人|农民)报"
_NAMED_PAPER = rf"(?:(?:(?![本据])[\u4e00-\u9fff]){{1,8}}?{_PAPER_KIND}|(?:新华|中新)社)"
# The dot a transliterated name's parts are printed apart with: the middle dot, or what a font
# sets for it (a bullet, the katakana middle dot, the hyphenation point: "阿依达娜‧叶尔兰")
NAME_DOTS = "·•・‧"
# A paper's desk, site or app that credits its reporters after the paper's name and a middle dot
# ("证券时报·e公司记者 X", "上海证券报·中国证券网记者 X"): its brand's few Latin letters and
# Han characters
_PAPER_DESK = rf"[{NAME_DOTS}][A-Za-z]{{0,3}}[\u4e00-\u9fff]{{1,6}}?"
# The paper named in full opening a credit, before its reporters' role ("经济日报记者 X",
# "证券时报·e公司记者 X"): no Han character before it, else a name set tight before the role
# would be read into the paper's name, and so would a sentence's words ("据…日报记者"); nor a
# role word and its gap, where the role's name stands, though one set tight before the next role
# ("晚报记者 才让卓玛晚报通讯员"). (Every role ends in one of 者员辑生人.)
_CREDITING_PAPER = rf"(?<![\u4e00-\u9fff])(?<![者员辑生人]\s){_NAMED_PAPER}(?:{_PAPER_DESK})?"
_PAPER_BEFORE_ROLE = rf"(?:{OWN_PAPER}|{_CREDITING_PAPER})"
# The roles a credit names its people by; a paper's reporters for its print and online
# editions alike are 融媒体记者 or 全媒体记者, an outside writer a 特约撰稿人 (or 特约撰稿).
_ROLE_ALONE = (
    r"(?:(?:特约|见习|实习|首席|[融全]媒体)?(?:记者|通讯员|摄影记者|编辑|评论员(?!文章))|特约撰稿人?|实习生)"
)
ROLE = rf"{_PAPER_BEFORE_ROLE}?{_ROLE_ALONE}"
ROLE_PATTERN = re.compile(ROLE)
_PAPER_OPENING = re.compile(rf"^{_PAPER_BEFORE_ROLE}(?={_ROLE_ALONE})")


def role_word(printed: str) -> str:
    """A role as printed, without the paper's name: "晚报记者", "证券时报·e公司记者" -> "记者"."""
    return _PAPER_OPENING.sub("", printed)


# 本报讯 (晚报讯, 本刊讯 …), 本报北京讯, 本报北京1月12日电, 本报1月12日讯, 新华社北京1月12日电, each with an
# optional （记者 X 通讯员 Y）. A dated 本报 item may leave out its place, the paper's own
# city. The date is set as any number is: spaces around its digits ("本报长治 10 月 17 日电",
# "本报 4 月 5 日讯"), full-width digits, a line break inside it; a place may be a prefecture
# and a county ("本报阿克苏阿拉尔"), or an autonomous prefecture named after its peoples
# ("本报黔西南布依族苗族自治州"): the date after it keeps a place that long from reading
# into a sentence.
DATELINE_DATE = r"[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日\s*"
# A paper credits an item a body sent it as it credits its reporters: the body's name where
# theirs would stand, in the dateline's brackets, after the last sentence, before 报道
# ("本报讯（市委宣传部）", "（高新区人才服务中心）"). It ends in what such a body is called: an
# office, a bureau, a committee, a centre, an association, a company; and runs longer than a
# person's name. "据" opens a source quoted in the text ("据市统计局报道"), no credit.
ORGANISATION_ENDS = (
    "中心",
    "办公室",
    "管委会",
    "委员会",
    "局",
    "厅",
    "部",
    "办",
    "协会",
    "学会",
    "商会",
    "研究院",
    "研究所",
    "集团",
    "公司",
    "联盟",
)
ORGANISATION = rf"(?!据)[\u4e00-\u9fff]{{2,18}}?(?:{'|'.join(ORGANISATION_ENDS)})"
_ORGANISATION = re.compile(ORGANISATION)
MIN_ORGANISATION = 4  # characters of the shortest body's name ("市科技局"): a name of three is a person's
SUPPLIED = "供稿"  # what a body that sent an item in did: it supplied the copy ("（X管委会 供稿）")


def is_organisation(word: str) -> bool:
    """ "青岛高新区人才服务中心", "市委宣传部": the name of a body that may sign an item."""
    return len(word) >= MIN_ORGANISATION and _ORGANISATION.fullmatch(word) is not None


STANDARD_NAME_DOT = "·"  # how a name is written down whatever dot the page printed
_ANY_NAME_DOT = re.compile(f"[{NAME_DOTS}]")


def standard_dots(name: str) -> str:
    """A name with the dot between its parts written as the middle dot: one name, however printed."""
    return _ANY_NAME_DOT.sub(STANDARD_NAME_DOT, name)


# Or the credit follows without brackets, closed by 报道, the text right after it ("本报讯 记者
# 王明 通讯员李华报道 近日", "本报讯 市委宣传部 报道"); a line break may cut a name or 报道
# itself. Its words are read as roles and names (`opening_dateline`): a sentence has no
# business ending in 报道 there.
REPORTED = rf"(?:(?:{ROLE})[\u4e00-\u9fff{NAME_DOTS}、\s]{{2,40}}?|{ORGANISATION}\s*)报\s*道"
REPORTED_CLOSE = "报道"
# Or the credit follows without brackets and without 报道, the paper's ideographic gap closing it
# before the text ("本报讯 记者 X 通讯员 Y　日前，"); a line break may cut a name or a role word.
# Nothing but roles and names runs up to the gap: a sentence holds a mark before it.
TEXT_GAP = "\u3000"
SPACED_CREDIT = rf"(?:{ROLE})[\u4e00-\u9fff{NAME_DOTS} \n]{{2,40}}?(?={TEXT_GAP}|$)"
# A narrow column's line break may cut the paper's name for itself in a dateline ("本" / "报讯（…）")
_OWN_PAPER_CUT = r"(?:本\s*[报刊]|(?:晚|早|日|商|都市)\s*报)"
# A paper's dateline may name the paper in full where 本报 would stand ("科技日报讯", "中国高新技术
# 产业导报讯（记者 X）", "经济日报北京1月12日电"); 讯 runs into no word ("情报讯息").
_NAMED_PAPER_DATELINE = rf"{_NAMED_PAPER}(?:讯(?![息号])|[\u4e00-\u9fff]{{0,12}}\s*{DATELINE_DATE}电)"
# An item the paper did not report names where it came from in the dateline's place: compiled by
# the desk from several sources ("本报综合", "本报综合报道"), or a news agency's dispatch it ran
# ("据新华社电", "据中新社北京1月12日电"), or a paper's report it took up, the paper's name in
# book-title marks and a gap before the text ("据《X日报》报道 近日，…"). Only an agency's dispatch
# is credited 据…社…电: a source quoted in a sentence is 据…报道 or 据…消息, a comma after it.
_PAPER_REPORTED = r"据《[^《》\s]{2,12}》报道(?=\s|$)"
SOURCE_DATELINE = (
    rf"{_OWN_PAPER_CUT}\s*综\s*合(?:报道|消息)?"
    rf"|据[\u4e00-\u9fff]{{1,6}}社(?:[\u4e00-\u9fff]{{0,12}}\s*{DATELINE_DATE})?电|{_PAPER_REPORTED}"
)
DATELINE = re.compile(
    rf"^(?P<head>{_OWN_PAPER_CUT}\s*(?:[\u4e00-\u9fff]{{0,12}}\s*{DATELINE_DATE}|[\u4e00-\u9fff]{{1,4}})?[讯电]"
    rf"|新华社[\u4e00-\u9fff]{{1,12}}\s*{DATELINE_DATE}电|{_NAMED_PAPER_DATELINE}|{SOURCE_DATELINE})"
    r"(?:\s*(?P<open>[（(])(?P<inside>[^（()）]{1,60})(?P<close>[）)])"
    rf"|\s*(?P<reported>{REPORTED})|\s+(?P<spaced>{SPACED_CREDIT}))?"
)


# A dateline that credits where the text came from in full, the paper's report ("据《X日报》报道")
# or the agency's dispatch with the people who filed it ("据新华社电（记者 X）"): the opening words
# of the text as printed, kept with it; the bare marks of a compiled item or a dispatch ("本报综合",
# "据新华社电") are taken off the text as the paper's own "本报讯（…）" is.
_SOURCE_CREDITED_IN_FULL = re.compile(rf"{_PAPER_REPORTED}|据[\u4e00-\u9fff]{{1,6}}社[^（(]*电[（(]")


def credits_source_in_full(dateline: str) -> bool:
    return dateline[:1] == "据" and _SOURCE_CREDITED_IN_FULL.match(dateline) is not None


# what each of the pattern's datelines opens with: the paper's name for itself, 新华社, 据
DATELINE_OPENINGS = "本晚早日商都新据"
_NAMED_PAPER_REACH = 11  # the characters a named paper's 报 may stand at, at the most


@memo_by_text  # asked of each line by every pass that looks for where an article opens
def starts_with_dateline(text: str) -> bool:
    # the opening asked before the pattern: most lines open with no paper's name
    opens_like_one = text[:1] in DATELINE_OPENINGS or "报" in text[2:_NAMED_PAPER_REACH]
    return opens_like_one and DATELINE.match(text) is not None


# A name written with a middle dot between its parts: Uyghur, Kazakh and other transcribed
# names ("阿依古丽·买买提", "热依拉·艾力"); 5 characters at least, so "园区·产业" is no name.
DOTTED_NAME = rf"[\u4e00-\u9fff]{{1,6}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,6}})+"
_DOTTED_NAME = re.compile(DOTTED_NAME)
# What a name looks like where a role word announces it ("记者 古丽娜尔", "通讯员 扎西次仁"),
# whatever its surname: Han characters or a dotted name.
_NAME_SHAPE_CHARS = 5  # the most characters of a name the shape takes without a dot
NAME_SHAPE = rf"(?:{DOTTED_NAME}|[\u4e00-\u9fff]{{2,{_NAME_SHAPE_CHARS}}})"
_NAME_SHAPE = re.compile(NAME_SHAPE)
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


# The days of the week, 周 a surname before each: a date a dated item opens with ("◎周六 …"), no name
WEEKDAYS = frozenset(f"{week}{day}" for week in ("周", "星期") for day in "一二三四五六日天")


@memo_by_text  # asked of a line's words by every rule that reads names, the same words again
def is_name(word: str) -> bool:
    """A plausible Chinese personal name: a known surname and 2-4 characters in all, or a dotted name."""
    if word in WEEKDAYS:
        return False
    if _DOTTED_NAME.fullmatch(word):
        han = sum(1 for ch in word if "\u4e00" <= ch <= "\u9fff")
        return han >= 5 and not has_phrase_word(word) and not joins_words(word)
    if not 2 <= len(word) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    if has_phrase_word(word) or _ends_in_common_word(word):
        return False
    return word[0] in SINGLE_SURNAMES or (word[:2] in DOUBLE_SURNAMES and len(word) >= 3)


def _ends_in_common_word(word: str) -> bool:
    """ "文明出行", "安全相伴": four characters a surname opens whose last two are a common word,
    no name's part: a phrase (a slogan's half, a title's). A name of four on one surname is of a
    people whose names run in sounds ("央金卓玛", "沙马拉毅"), no common word in them; a given name
    of two characters may be one ("王建华"), so three characters are asked nothing."""
    if len(word) != TWO_WORDS or word[:2] in DOUBLE_SURNAMES:
        return False
    return nlp.is_common_word(word[2:]) and not nlp.is_name_part(word[2:])


def joins_words(text: str) -> bool:
    """ "回音壁·问政", "基层一线·蹲点日记", "园区·高新区": an interpunct between words joins them, as a
    column's or a page's name is printed, each part words the dictionary knows, none a name's
    part; a transliterated name's parts are its sounds, one at least cut into characters or name
    parts ("买买提·艾力", "约翰·史密斯")."""
    parts = _ANY_NAME_DOT.split(text)
    return len(parts) > 1 and all(_words_alone(part) for part in parts)


def _words_alone(part: str) -> bool:
    words = [token.word for token in nlp.tokenize(part)]
    return all(len(word) > 1 and nlp.is_known_word(word) and not nlp.is_name_part(word) for word in words)


TWO_WORDS = 4  # characters of two words of two each: as long as a name of four


def two_words(word: str) -> bool:
    """ "冷库运营": four characters read as a word a surname opens and a common word after it, no
    name's part either: a phrase, as no given name of two characters is a common word ("宗政浩然",
    a rarer surname of two characters, has the rarer 浩然)."""
    if len(word) != TWO_WORDS or word[:2] in DOUBLE_SURNAMES:
        return False
    tokens = [token.word for token in nlp.tokenize(word)]
    return (
        [len(token) for token in tokens] == [2, 2]
        and nlp.is_known_word(tokens[0])
        and nlp.is_common_word(tokens[1])
        and not any(nlp.is_name_part(token) for token in tokens)
    )


LONGEST_SHORT_RUN = 3  # characters of a run that a function word of one character makes a phrase alone


def has_phrase_word(word: str, announced: bool = False) -> bool:
    """Whether a word of NOT_IN_NAMES makes the run a phrase ("王书记说", "李总表示"). One of a
    single character does so in a run of three characters ("王明说", "王和李"), and of two
    unless a role word announces it ("记者 孟和"); in a longer run, only beside a word the
    dictionary knows ("高原上的"): else it is a sound of a name, of a people whose names run
    longer ("巴图孟和", "阿说木呷")."""
    found = [part for part in NOT_IN_NAMES if part in word]
    # a surname that is also a function word opens an announced name ("记者 和志刚"), and a name
    # of three whose given name is no word ("和丽春": 和 opens a phrase on a word, "和企业")
    found = [part for part in found if not _surname_opening(word, part, announced)]
    if not found:
        return False
    if any(len(part) > 1 for part in found):
        return True
    if len(word) > LONGEST_SHORT_RUN:
        return _holds_known_word(word)
    return len(word) >= (3 if announced else 2) and _stands_alone(found, word)


def _surname_opening(word: str, part: str, announced: bool) -> bool:
    if not word.startswith(part) or part not in SINGLE_SURNAMES:
        return False
    given = word[len(part) :]
    return announced or len(word) == GIVEN_AND_SURNAME and not nlp.is_known_word(given)




def _stands_alone(found: list[str], word: str) -> bool:
    """Whether a function word of one character is a word of its own in the run ("王明说"), not
    a character of a longer word that makes part of a given name ("郑和平": 郑 and 和平)."""
    if len(word) < LONGEST_SHORT_RUN:
        return True  # "王和": no room for a word of two characters beside the surname
    given = [token.word for token in nlp.tokenize(word) if token.start > 0 and len(token.word) > 1]
    return not any(part in name for part in found for name in given)


def _holds_known_word(word: str) -> bool:
    return any(
        len(token.word) > 1 and nlp.is_known_word(token.word) and not _opening_surname(token)
        for token in nlp.tokenize(word)
    )


def _opening_surname(token: nlp.Token) -> bool:
    """A surname of two characters opening the run is the name's surname, though the dictionary
    knows it as a word ("端木" of "端木清和")."""
    return token.start == 0 and token.word in DOUBLE_SURNAMES


def is_announced_name(word: str) -> bool:
    """A name after a role word: any surname, or none the list knows ("记者 巴特尔", "记者 孟和",
    "记者 宝音德力格尔")."""
    if is_name(word):
        return True
    if word in WEEKDAYS:
        return False
    shaped = bool(_NAME_SHAPE.fullmatch(word)) or _long_sounded_name(word)
    return shaped and not has_phrase_word(word, announced=True)


COLUMN_WORD = 2  # characters of the word a column's logo names after a role ("记者观察", "记者手记")


def _column_word(word: str) -> bool:
    """ "观察", "调查", "手记": a common word of two characters right after a role word names a
    column (its logo "记者观察" printed over the story), no person: a listed surname opens a name
    whatever the word ("甘露", "高远"), and so does a word the dictionary knows as a name's part
    ("扎西", "巴特"), or no common word ("平措", "春花"). A second name after the role may be a
    given name alone ("王发 自强")."""
    return (
        len(word) == COLUMN_WORD
        and not is_name(word)
        and nlp.is_common_word(word)
        and not nlp.is_name_part(word)
    )


# A Mongolian name is written as its sounds, with no dot between its parts, and may run past five
# characters ("宝音德力格尔", "乌力吉巴雅尔")
LONGEST_SOUNDED_NAME = 7


def _long_sounded_name(word: str) -> bool:
    """Six or seven characters where a role word announces a name, no word among them one the
    dictionary meets often but as a name's part: a sentence's words are ("深入企业调研"); a rare
    word may be two of the name's sounds by chance ("额尔敦毕力格": 毕力)."""
    if not _NAME_SHAPE_CHARS < len(word) <= LONGEST_SOUNDED_NAME or not _HAN_RUN.fullmatch(word):
        return False
    return not any(
        len(token.word) > 1 and nlp.is_common_word(token.word) and not nlp.is_name_part(token.word)
        for token in nlp.tokenize(word)
    )


def are_names(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 4 and all(is_name(word) for word in words)


# A credit that prints each person's role after their name, in brackets ("龙玉莲（记者）　笪明轩
# （通讯员）", "覃丽娟（本报记者）"): one person and the role in brackets each, nothing between
# them but a gap. A stray space may cut a name or a role word ("笪明 轩", "本报 记者").
_ROLE_AFTER = re.compile(r"\s*([^（()）\s][^（()）]{0,15}?)\s*[（(]([^（()）]{2,12})[）)]")
_GAPS = re.compile(r"\s+")


@memo_by_text  # asked of each line of a page by the byline tests, and of each byline's text again
def roles_put_first(text: str) -> str:
    """A credit printed name first, role after ("X（记者）　Y（通讯员）"), written as a credit
    names its people ("记者 X　通讯员 Y"); any other text as it is ("张明（记者）说", "高新区（园区）")."""
    if "（" not in text and "(" not in text:
        return text  # most lines: no bracket, asked before the pattern
    people, end = [], 0
    for match in _ROLE_AFTER.finditer(text):
        name, role = (_GAPS.sub("", part) for part in match.groups())
        if match.start() != end or not _role_after_name(name, role):
            return text
        people.append(f"{role} {name}")
        end = match.end()
    return "\u3000".join(people) if people and not text[end:].strip() else text


def _role_after_name(name: str, role: str) -> bool:
    return (
        ROLE_PATTERN.fullmatch(role) is not None
        and ROLE_PATTERN.search(name) is None  # "记者（本报记者）": a role's word, no one's name
        and is_announced_name(name)
    )


def is_byline(text: str) -> bool:
    """A line of names and roles only: "肖萍 本报记者 廖磊", "曾辉 耿明强", "本报记者 张三",
    "本报记者 X、本报通讯员 Y 报道", "记者：X 通讯员：Y". A name after a role's label is one as a
    mark announces it, no dictionary's word: an interview's turn opens the same way, its words
    broken at a narrow column's edge ("记者：这些产品主")."""
    if "，" in text:
        return False  # a comma, which most lines of text hold, parts no names: asked before all else
    text = tight_credit_apart(roles_put_first(text))
    labelled = text != (text := role_labels_apart(text))
    gapped = " " in text or "、" in text or not text.isprintable()  # any other space is unprintable
    if not (gapped and BYLINE_GAP.search(text)) or not _BYLINE_CHARS.fullmatch(text):
        return False  # one word, or a figure or a mark no name holds: most lines of text
    words = _byline_words(text)
    tokens = [word for word in words if not closes_byline(word)]
    least = 1 if len(tokens) < len(words) else 2  # "X 发自威海", "X 报道": one name, closed as a byline is
    if len(tokens) < least or len(tokens) > 8:
        return False
    if "、" in text and not any(ROLE_PATTERN.match(token) for token in tokens):
        return _listed_people(tokens)
    named = announced = False
    for token in tokens:
        role = ROLE_PATTERN.match(token)
        announced = announced or bool(role)
        rest = token[role.end() :] if role else token
        if rest and not _byline_name(rest, announced, labelled):
            return False
        named = named or bool(rest)
    return named and (announced or "、" not in text)  # "高端、智能、金融": a list of words


def _listed_people(words: list[str]) -> bool:
    """ "申屠建华、吴银花": names listed with the enumeration comma and no role, as a feature's
    byline may print them; "高端、智能、金融" is a list of words, a surname opening each. Each is a
    name, none a common word but one that may be a name's part ("王明"), one at least no word
    the dictionary knows at all, as most people's names are not. One may be of a people whose
    surnames are not listed ("沙马拉毅、央金卓玛") where another's is."""
    return (
        all(_listed_person(word) for word in words)
        and any(is_name(word) for word in words)
        and any(not nlp.is_known_word(word) for word in words)
    )


def _listed_person(word: str) -> bool:
    """A name by the surname list, or of a people's sounds: four characters at most that hold no
    word the dictionary knows ("央金卓玛", not "数字支付" or "境电商平台")."""
    if nlp.is_common_word(word) and not nlp.is_name_part(word):
        return False
    if is_name(word):
        return True
    return len(word) <= TWO_WORDS and is_announced_name(word) and not _holds_known_word(word)


def _byline_name(word: str, announced: bool, labelled: bool) -> bool:
    if labelled:
        return _labelled_name(word)
    return is_announced_name(word) if announced else is_name(word)


# characters of a name after a label, undotted, before it must show a name's part: four are a
# double surname's, a name of many peoples', or an interview's words broken at a narrow column's
# edge ("记者：采棉机市" / "场…")
LISTED_NAME = 3


def _labelled_name(word: str) -> bool:
    """A name after a role's label: a dotted name, a listed surname standing alone before its
    given name ("帅/文静"), or a short name of other sounds holding no word of the dictionary
    ("其其格"); an interview's turn opens on its words ("这些/产品", "研发/上/遇", "您/觉得")."""
    if _DOTTED_NAME.fullmatch(word):
        return is_name(word)
    tokens = [token.word for token in nlp.tokenize(word)]
    if is_name(word) and (len(word) <= LISTED_NAME and len(tokens[0]) == 1 or word[:2] in DOUBLE_SURNAMES):
        return True
    if len(word) > LISTED_NAME + 1 or not _marked_name(word):
        return False
    if any(len(token) > 1 and nlp.is_known_word(token) and not nlp.is_name_part(token) for token in tokens):
        return False
    # four characters: a name's part the dictionary knows among them ("阿西/木/呷", "扎西/顿珠"), as
    # none is among an interview's words broken at four ("采/棉/机/市")
    return len(word) <= LISTED_NAME or any(nlp.is_name_part(token) for token in tokens)


# Two-character names are padded to the width of three with an ideographic space ("王　明"),
# so that a column of names lines up: the space is no gap between two names.
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])\u3000([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# What a byline may close with after its names: "本报记者 X 报道", "X 采写"
# (and "（X管委会 供稿）": the body that supplied the copy, closing the credit that names it)
CLOSING_WORDS = {"报道", "采写", "摄影报道", "供稿"}
# "本报记者 X 发自威海": where the reporter filed the story from, closing the byline; a place,
# no name. Places are named in two to eight characters ("发自乌鲁木齐", "发自西双版纳傣族自治州")
DISPATCH = re.compile(r"发自[\u4e00-\u9fff]{2,8}")
DISPATCH_WORD = "发自"


@memo_by_text  # asked of each word of every line read as a credit, the same words again
def closes_byline(token: str) -> bool:
    """What closes a byline after its names, itself no name: 报道, 采写, 发自X (发自 a word of
    its own: "发自内心" is a sentence's)."""
    if token in CLOSING_WORDS:
        return True
    return DISPATCH.fullmatch(token) is not None and nlp.tokenize(token)[0].word == DISPATCH_WORD


# What credits the text, the photos or both before a slash ("文/X", "文·图/X 图/Y"): it
# announces the names after it as a role word does.
TEXT_AND_PHOTOS = rf"文\s*[{NAME_DOTS}]\s*图"  # "文·图": one person wrote the text and took its photos
CREDIT_WORD = re.compile(rf"(?:文|图|摄影|摄|图文|文图|撰文|{TEXT_AND_PHOTOS})")
# What parts a credit word from its names: a slash, or the upright bar some papers print
# instead ("文｜X")
CREDIT_SLASHES = "/／｜|"
# "文/图：X": the text and the photos credited before a colon, the two parted by a slash or a dot
TEXT_AND_PHOTOS_LABEL = rf"文\s*[{NAME_DOTS}{CREDIT_SLASHES}]\s*图"
# What credits the writing before a colon ("采写：本报记者 X", "整理：X", "文字：X", "作者：X",
# "撰稿：X"): who gathered, interviewed, wrote down or wrote up the story, printed as "文/X" is
# with a slash
WRITING_CREDIT = rf"(?:采写|采访|整理|文字|撰文|撰稿|执笔|作者|{TEXT_AND_PHOTOS_LABEL}|文)"
CREDIT_COLONS = "：:"
# An in-house paper credits an item its members' offices sent in with a block of labelled lines
# after the text: the office that supplied it, then its writer, then who checked and edited it
# ("供稿：X局" / "撰稿：Y" / "审核：Z"). The office supplied the copy and wrote none of it in its
# own name: the line names no author, but closes the text as the writer's does.
SUPPLIED_LABEL = rf"{SUPPLIED}\s*[{CREDIT_COLONS}]"
_SUPPLIER_LINE = re.compile(rf"{SUPPLIED_LABEL}\s*{ORGANISATION}")


def credits_supplier(text: str) -> bool:
    """ "供稿：X高新区经发局": a closing credit's line naming the office that supplied the item."""
    return text.startswith(SUPPLIED) and _SUPPLIER_LINE.fullmatch(text.strip()) is not None


# A database's record of a story (CNKI's export of a paper's page) prints each field's label in
# lenticular brackets, no colon after it, the author's as every other ("【作者】X；Y")
RECORD_AUTHOR_LABEL = r"【\s*作者\s*】"
# the credit word and its colon, no name: taken off before the names are read (and the supplier's
# label, "供稿："). Any other word before a colon is kept whole ("来源：《湖南日报》": 来 is a
# surname, 来源 no name)
_WRITTEN_BY = re.compile(rf"{WRITING_CREDIT}\s*[{CREDIT_COLONS}]|{RECORD_AUTHOR_LABEL}|{SUPPLIED_LABEL}")
# the labels of those who wrote the story, which announce names as a role word does ("作者：宓佳琪");
# the others may label a text ("采访：企业负责人")
_WRITER_LABEL = re.compile(
    rf"(?:采写|撰文|撰稿|执笔|作者|{TEXT_AND_PHOTOS_LABEL})\s*[{CREDIT_COLONS}]|{RECORD_AUTHOR_LABEL}"
)
# "文/X", "文·图/X", "采写：X", "【作者】X": who wrote the text (and took its photos), opening a
# byline; "文·图" and "文/图" are no words of a sentence, so a space may part them from the names
# as well ("文·图 X", "文/图 本报记者 X"): the two credit words read as one
TEXT_CREDIT = re.compile(
    rf"^(?:{TEXT_AND_PHOTOS_LABEL}(?:\s*[{CREDIT_COLONS}]|\s)|(?:文|图文|文图|撰文|{TEXT_AND_PHOTOS})\s*[{CREDIT_SLASHES}]"
    rf"|{WRITING_CREDIT}\s*[{CREDIT_COLONS}]|{RECORD_AUTHOR_LABEL})"
)
_TEXT_AND_PHOTOS_CREDIT = re.compile(rf"^\s*{TEXT_AND_PHOTOS}")


# The paper's staff credited before a story's writers, each after a label ("策划：X｜执笔：Y",
# "统筹：X 采写：Y", "策划：X 统筹：Y 文/图：Z"): who planned, coordinated or designed the story,
# none of them its author. A stray space may cut a label ("策 划：").
STAFF_LABELS = ("总策划", "策划", "统筹", "监制", "设计", "制图")
_STAFF_LABEL = "|".join(r"\s*".join(label) for label in STAFF_LABELS)
_WRITER_LABEL_SPACED = "|".join(
    [
        *(r"\s*".join(label) for label in ("采写", "撰文", "撰稿", "执笔", "作者", "文字")),
        TEXT_AND_PHOTOS_LABEL,
    ]
)
# what a staff member's name runs up to: a slash or bar, or a gap before the next credit's label
# (another staff member's, or the writers' before a colon or a slash: "文/图：Z", "文/Z 图/W")
_STAFF_CREDIT = re.compile(
    rf"\s*(?:{_STAFF_LABEL})\s*[{CREDIT_COLONS}][^{CREDIT_COLONS}{CREDIT_SLASHES}]*?"
    rf"(?:\s*[{CREDIT_SLASHES}]|\s(?=\s*(?:(?:{_STAFF_LABEL}|{_WRITER_LABEL_SPACED})\s*[{CREDIT_COLONS}]"
    rf"|{TEXT_CREDIT.pattern[1:]})))"
)
_STAFF_LABEL_CHARS = re.compile(f"[{''.join(sorted({label[0] for label in STAFF_LABELS}))}]")
_WRITER_OPENING = re.compile(rf"\s*(?:{_WRITER_LABEL_SPACED})\s*[{CREDIT_COLONS}]")


# A contributed piece's writer and the body they work for, in brackets after the name ("作者：X
# （X高新区经发局）"): the body is no author, the credit is the writer's
_WRITER_AND_UNIT = re.compile(rf"({_WRITER_OPENING.pattern}[^（()）]{{2,20}}?)\s*[（(]{ORGANISATION}[）)]\s*")


# The body a contributed piece's writer works for, noted after its last sentence ("（作者单位：X
# 高新区管委会）"): the writer's credit, naming nobody
_WRITER_UNIT_NOTE = re.compile(rf"[（(]\s*作者单位\s*[{CREDIT_COLONS}]\s*{ORGANISATION}\s*[）)]")


def notes_writers_unit(text: str) -> bool:
    return _WRITER_UNIT_NOTE.fullmatch(text) is not None


@memo_by_text  # asked of a line when its kind is read, and again when its credit is
def writers_credit(text: str) -> str:
    """The writers' credit of a line that credits the staff before them ("策划：X｜执笔：Y" ->
    "执笔：Y", "策划：X 统筹：Y 文/Z 图/W" -> "文/Z 图/W"), or the body its writer works for after
    the name ("作者：X（X高新区经发局）" -> "作者：X"); any other text as it is ("策划：园区管委会",
    a sentence that names a 策划)."""
    if text.endswith(("）", ")")) and (unit := _WRITER_AND_UNIT.fullmatch(text)):
        return unit.group(1)
    if _STAFF_LABEL_CHARS.search(text) is None:
        return text  # most lines: no staff label's first character, asked before the pattern
    rest = text
    while (staff := _STAFF_CREDIT.match(rest)) is not None:
        rest = rest[staff.end() :]
    if rest == text:
        return text
    writer = _WRITER_OPENING.match(rest)
    if writer is not None:
        return re.sub(r"\s+", "", writer.group(0)) + rest[writer.end() :]
    return rest.strip() if TEXT_CREDIT.match(rest.strip()) else text


# A line of the staff's credits alone, no writer's after them ("策划：X", "策划：X 统筹：Y"): a team
# credit broken over a narrow column's lines sets its planners a line each over its writers
_STAFF_ALONE = re.compile(
    rf"(?:\s*(?:{_STAFF_LABEL})\s*[{CREDIT_COLONS}][\u4e00-\u9fff{NAME_DOTS}\s]+?)+"
)


def credits_staff_alone(text: str) -> bool:
    """The line credits the paper's staff by their labels and nothing else."""
    return _STAFF_LABEL_CHARS.search(text) is not None and _STAFF_ALONE.fullmatch(text) is not None


def credits_text_and_photos(byline: str) -> bool:
    """ "文·图 X": one person wrote the story and took its photos, credited in the story's deck
    under its title, over the photos."""
    return _TEXT_AND_PHOTOS_CREDIT.match(byline) is not None


def unpad_names(text: str) -> str:
    return _PADDED_NAME.sub(r"\1\2", text) if "\u3000" in text else text


BYLINE_GAP = re.compile(r"[\s、][\s、]*")  # what parts the words of a line of names and roles
# All a line of names and roles is made of: the Han characters of roles and names, a dotted
# name's dots and the gaps between words, and the Latin letters a paper's desk is branded with
# after the paper's name and its dot ("证券时报·e公司记者"). A figure, any other Latin letter or a
# comma makes it text. Each run of Han characters and gaps is taken whole, never given back (a Latin
# run opens on none of them): the engine reads a run in one step, not the alternation at each character.
_BYLINE_CHARS = re.compile(rf"(?:[\s、\u4e00-\u9fff{NAME_DOTS}]++|(?<=[{NAME_DOTS}])[A-Za-z]{{1,3}})+")


def _byline_words(text: str) -> list[str]:
    """The words of a byline: its roles, names and credit words, and what closes it. A comma
    parts clauses, not names: "相对规范，车速较低" is prose."""
    words = BYLINE_GAP.split(roles_apart(unpad_names(text)).strip())
    return names_made_whole([word for word in words if word])


@memo_by_text  # asked of each line of a page, then again of it as the line above the next
def byline_chars_only(text: str) -> bool:
    """Whether the text holds nothing a byline's line does not: no figure, no mark but a name's."""
    return "，" not in text and _BYLINE_CHARS.fullmatch(text) is not None  # most lines of text hold a comma


def runs_on_to_next_line(line: str, following: str) -> bool:
    """A byline broken over two lines of a narrow column: a role word closing the line waits for
    its name on the next ("本报记者" / "阿卜杜拉·艾则孜"), the next holds what closes a byline
    ("本报通讯员 寇丽华" / "发自新乡") or closes the credit of the correspondents the reporters
    above it come before ("本报记者 马玉兰" / "本报通讯员 笪明辉 发自合肥"), and the two read as one
    byline (after what the names did or a mark: "采写：本报记者 乌兰托娅 本报通讯员" / "闵志强",
    "● 本报记者 X" / …)."""
    if not _BYLINE_CHARS.fullmatch(following):
        return False  # a figure or a mark: most lines of text (asked before the line is read)
    line = _credited_people(line)
    if not _BYLINE_CHARS.fullmatch(line):
        return False
    words, next_words = _byline_words(line), _byline_words(following)
    if not words or not next_words:
        return False
    # a role waits for its name; so does a dotted name cut after its last part's first character
    waits = ROLE_PATTERN.fullmatch(words[-1]) is not None or _DOTTED_NAME_CUT.search(words[-1]) is not None
    closed = closes_byline(next_words[0])
    finished = closes_byline(next_words[-1]) and _correspondents_after(words, next_words)
    return (waits or closed or finished) and is_byline(f"{line} {following}")


def _credited_people(credit: str) -> str:
    """A credit's roles and names, what opens it taken off: the staff credited before its writers,
    a mark, what the names wrote ("策划：X 文/图：Y" -> "Y", "■ 本报记者 X" -> "本报记者 X")."""
    credit = writers_credit(credit)
    text_credit = TEXT_CREDIT.match(credit)
    if text_credit is not None:
        return credit[text_credit.end() :]
    return TEXT_CREDIT.sub("", credit_opening(credit)[1], count=1)


REPORTER = "记者"  # a credit names its reporters first, the correspondents who helped after them


def _correspondents_after(words: list[str], next_words: list[str]) -> bool:
    """Reporters alone on the line, a role other than a reporter's opening the next: one credit
    if the next closes it (发自X, 报道); two stories' bylines printed together each open with
    their reporters, or a story's reporter over a commentator's or a correspondent's own piece."""
    roles = [word for word in words if ROLE_PATTERN.fullmatch(word)]
    reporters_only = bool(roles) and all(REPORTER in role for role in roles)
    return reporters_only and bool(ROLE_PATTERN.fullmatch(next_words[0])) and REPORTER not in next_words[0]


# A role word, or the 发自 of the place a byline was filed from, set tight after the name before
# it ("记者 阿依古丽·艾山本报通讯员 鄂晓东", "通讯员 笪明辉发自合肥"): the space between them
# lost where the extractor wrote the line, as names' spaces are lost
_NAME_CHAR = re.compile(rf"[\u4e00-\u9fff{NAME_DOTS}]")
_CREDIT_WORD_AFTER_NAME = re.compile(rf"{ROLE}|{DISPATCH_WORD}")
# A character each of those words holds (记者, 通讯员, 编辑, 评论员, 撰稿人, 实习生, 发自): a text
# with none of them holds no role word, and is passed over before the pattern is tried at every
# character of it
_CREDIT_WORD_CHARS = re.compile("[记员编撰生发]")  # sought as a class: faster than a set of characters


def roles_apart(text: str) -> str:
    """A byline's role words, and the 发自 it closes with, each a word of its own: a space put
    back before one set tight after a name."""
    if _CREDIT_WORD_CHARS.search(text) is None:
        return text
    starts = [match.start() for match in _CREDIT_WORD_AFTER_NAME.finditer(text)]
    cuts = [start for start in starts if start and _NAME_CHAR.match(text[start - 1])]
    for cut in reversed(cuts):
        text = f"{text[:cut]} {text[cut:]}"
    return text


# A credit printed tight, no space between its roles, its names and the word that closes it
# ("记者王明通讯员李华报道", "本报记者X发自合肥"), as an OCR page reads once the reader's space
# between every two characters is taken off: opened by a role word and made of Han characters
# and a name's dots alone. A sentence may open on a role word as well ("记者近日走访"): the credit
# is one only where it closes as a credit does (报道, 发自X) or names a second role.
_TIGHT_CREDIT = re.compile(rf"(?:{ROLE})[\u4e00-\u9fff{NAME_DOTS}]{{2,40}}")
_ROLE_WORD = re.compile(rf"({ROLE})")
_TIGHT_CLOSE = re.compile(rf"(?<=[\u4e00-\u9fff])({'|'.join(sorted(CLOSING_WORDS, key=len, reverse=True))})$")
MIN_TIGHT_ROLES = 2  # role words a tight credit names when no closing word ends it


@memo_by_text  # asked of each line of a page by the byline tests, and of each byline's text again
def tight_credit_apart(text: str) -> str:
    """A credit printed tight, its roles, names, place and closing word each a word of its own
    ("记者王明通讯员李华发自合肥" -> "记者 王明 通讯员 李华 发自合肥"); any other text as it is."""
    if _CREDIT_WORD_CHARS.search(text) is None or not _TIGHT_CREDIT.fullmatch(text):
        return text  # most lines: no role word, or a space, a comma or a figure in them
    words = _ROLE_WORD.sub(r" \1 ", _TIGHT_CLOSE.sub(r" \1", roles_apart(text))).split()
    if not closes_byline(words[-1]) and len(ROLE_PATTERN.findall(text)) < MIN_TIGHT_ROLES:
        return text
    return " ".join(words)


# A role printed as a label, a colon between it and its names ("记者：X 通讯员：Y"): read as the
# role word before its names is. An interview's turn opens the same way ("记者：请问…"), but
# runs on into words no name is made of.
_ROLE_LABEL = re.compile(rf"({ROLE})\s*[{CREDIT_COLONS}]\s*")


def has_role_label(text: str) -> bool:
    """ "记者：X": a role printed as a label, its colon after it."""
    return ("：" in text or ":" in text) and _ROLE_LABEL.search(text) is not None


def role_labels_apart(text: str) -> str:
    """The text with the colon after each role word written as the gap before its names."""
    if "：" not in text and ":" not in text:
        return text
    return _ROLE_LABEL.sub(r"\1 ", text)


# What may open a byline line ("▶ 林露虹 本报特约通讯员 李幼君"), as a character class: the marks,
# and a symbol font's glyphs an extractor writes in the private use area (a Wingdings arrow)
BYLINE_MARKS = "▶►■□◆●◎\uf020-\uf0ff"
CLOSING_CREDIT_MARK = "▶"  # the mark the paper sets before a feature's closing credit
_OPENING_MARK = re.compile(rf"\s*[{BYLINE_MARKS}]")
# What parts the words of a byline (a database's record parts its authors with semicolons)
BYLINE_SPLIT = re.compile(rf"[\s、，,；;{CREDIT_SLASHES}{BYLINE_MARKS}]+")


def _byline_split(text: str) -> list[str]:
    """The words of a byline's text, roles apart from names, what the names wrote before a colon
    taken off ("采写：", "整理：": it vouches for no name, "采访：企业负责人" labels a text as well)."""
    labelled = role_labels_apart(tight_credit_apart(roles_put_first(text)))
    return names_made_whole(BYLINE_SPLIT.split(roles_apart(unpad_names(_WRITTEN_BY.sub(" ", labelled)))))


# A digest paper's note of where a story it reprints first ran, set in brackets after the story's
# last sentence, as every 文摘 paper prints it: the paper and the day it ran there, its writer and
# whether it was cut ("（摘自《X日报》2024年3月5日，作者 Y）", "（原载《X日报》…，有删节）"), or the
# account or site it came from ("（来源：X管委会微信公众号）"). The story's credit, no word of it.
_REPRINT_OPENING = r"[（(]\s*(?:(?:摘自|摘编自|原载|选自|转载自|转自)\s*《|来源\s*[：:])"
REPRINT_SOURCE = re.compile(rf"{_REPRINT_OPENING}[^（()）]{{1,60}}[）)]")
REPRINT_SOURCE_OPENING = re.compile(_REPRINT_OPENING)
# The writer a reprint's source note names after its paper ("，作者 Y", "，作者：Y Z")
_REPRINTED_WRITER = re.compile(r"作者\s*[：:]?\s*(?P<names>[^，,；;。（()）]+)")


def is_reprint_source(text: str) -> bool:
    """The text is a reprint's source note alone (its line breaks taken out)."""
    return text[:1] in "（(" and REPRINT_SOURCE.fullmatch(text.replace("\n", "").strip()) is not None


def reprint_source_authors(text: str) -> list[Author]:
    """The writers a reprint's source note names; none where it names only the paper or the site."""
    writer = _REPRINTED_WRITER.search(text.replace("\n", ""))
    return authors_from(writer["names"], announced=True) if writer else []


def authors_from(text: str, announced: bool = False) -> list[Author]:
    """People named in a dateline's parenthesis or a byline, each with the role printed before them.

    "记者 X 通讯员 Y Z" -> X (记者), Y (通讯员), Z (通讯员); a leading marker such as ▶ is ignored.
    A name after a role word or a writer's label is taken whatever its surname ("记者 古丽娜尔",
    "作者：宓佳琪"), and so is every name of a text already known to hold names alone
    (announced: a trailing author line). A
    body's name alone, in brackets or not, is the body that sent the item ("（市委宣传部）"):
    among other words it may be a phrase ("■沉陷区上建起数据中心").
    """
    if is_reprint_source(text):
        return reprint_source_authors(text)  # its paper, its day and its cuts are no people
    if notes_writers_unit(text):
        return []  # the body the writer works for: no author
    body = text.strip().strip("（）()")
    if is_organisation(body):
        return [Author(name=body, role="")]
    authors: list[Author] = []
    role = ""
    credited = _WRITER_LABEL.match(body) is not None
    after_role = False  # the word read last was a role word: the next is its first person, or a column
    in_place = False  # reading the place a 发自 closed the names with: a stray space may cut it
    for token in _byline_split(text):
        token = token.strip("（）()")
        if not token or closes_byline(token):
            in_place = in_place or token.startswith(DISPATCH_WORD)
            continue
        if in_place and not ROLE_PATTERN.match(token):
            continue  # "发自楚雄彝族 自治州": the rest of the place, no name
        in_place = False
        if CREDIT_WORD.fullmatch(token):
            role, credited = "", True
            continue
        if is_organisation(token):
            # "（X局 A、B）": the office that sent the item in, announcing its people as a role does
            role, credited = "", True
            continue
        match = ROLE_PATTERN.match(token)
        if match:
            role, after_role = role_word(match.group(0)), True
            token = token[match.end() :]
        if not token:
            continue
        column, after_role = after_role and _column_word(token), False
        for name in [] if column else _names_in(token):
            if is_announced_name(name) if role or credited or announced else is_name(name):
                authors.append(Author(name=standard_dots(name), role=role))
    return authors


def _names_in(word: str) -> list[str]:
    """The names of a credit's word: two run together where the space between them was lost, if
    it is longer than a name alone is taken ("陶秀英厍海波", "阿依达娜·别克蹇思思"; "乌云毕力格"
    is one). A phrase cut so is no two names: each part opens on a surname standing alone as a
    word or is a name the dictionary knows whole ("向产业链高端攀升" is no 向产业链 and 高端攀升;
    "陶秀英巴特尔" is two)."""
    if len(word) <= _NAME_SHAPE_CHARS:
        return [word]
    names = split_names(word)
    if len(names) == 2 and not _ANY_NAME_DOT.search(word) and not all(map(_reads_as_a_name, names)):
        return [word]
    return names


def _reads_as_a_name(part: str) -> bool:
    """A surname the dictionary cuts off as a word of its own, or a whole name it knows as one
    word (巴特尔, 乌日娜), no longer than most Han names are."""
    first = nlp.tokenize(part)[0].word
    return len(first) == 1 or first == part and len(part) <= GIVEN_AND_SURNAME


# Names printed one after the other with a slash between them and no credit word before it
# ("次仁央宗／禚文博"): a credit of its own, the slash announcing each name as a role word would
_NAME_CHARS = rf"[\u4e00-\u9fff{NAME_DOTS}]+"
_SLASHED_NAMES = re.compile(rf"{_NAME_CHARS}(?:\s*[{CREDIT_SLASHES}]\s*{_NAME_CHARS})+")
MAX_SLASHED_NAMES = 4  # names a line of slashed names holds: more are a list of things
_SLASHES = re.compile(f"[{CREDIT_SLASHES}]")  # sought as a class: faster than a set


def slashed_names(text: str) -> list[str]:
    """The names of a line of names parted by slashes alone ("和丽华／阿依达娜•叶尔兰"); none if
    the line is anything else ("文/X" credits a writer: its 文 is no name)."""
    if _SLASHES.search(text) is None:
        return []  # most lines: asked before the pattern
    text = text.strip()
    if not _SLASHED_NAMES.fullmatch(text) or TEXT_CREDIT.match(text):
        return []
    parts = [part.strip() for part in _SLASHES.split(text)]
    return parts if len(parts) <= MAX_SLASHED_NAMES else []


# A credit set off in lenticular brackets under its title, as supplements print one ("【融媒体
# 记者 X 通讯员 Y】", "【本报评论员 X】"): a staff role opens it as it opens any byline, and the
# brackets only set it apart from the title (a label in them names no role: "【链接】", "【作者】X").
# A gap parts its words, or it names two roles: a column's name in the same brackets runs a role
# word on into its other words ("【记者走基层】", "【记者观察】").
LENTICULAR_CREDIT = re.compile(rf"【\s*((?:{ROLE})[^【】]*?)\s*】")


def lenticular_credit(text: str) -> str:
    """The roles and names of a line that is a credit in lenticular brackets alone; "" for any
    other line (whether they read as a byline the caller asks)."""
    text = text.strip()
    if text[:1] != "【":
        return ""  # most lines: asked before the pattern
    credit = LENTICULAR_CREDIT.fullmatch(text)
    if credit is None:
        return ""
    words = credit.group(1)
    return words if " " in words or len(ROLE_PATTERN.findall(words)) > 1 else ""


def byline_authors(text: str) -> list[Author]:
    """The people of a byline line. A mark (▶) announces names as a role word does: a marked
    line of names and roles alone names them all, whatever their surnames ("▶ 努尔兰"); so do
    the slashes between names printed alone ("次仁央宗／禚文博")."""
    text = writers_credit(text)  # "策划：X｜执笔：Y": the staff who planned it wrote none of it
    text = lenticular_credit(text) or text  # "【通讯员 X】": the brackets only set the credit off
    marked = _OPENING_MARK.match(text) is not None or bool(slashed_names(text))
    tokens = [token for token in _byline_split(text) if token]
    words = [token for token in tokens if not closes_byline(token) and not CREDIT_WORD.fullmatch(token)]
    announced = marked and all(ROLE_PATTERN.fullmatch(t) or _marked_name(t) for t in words)
    return authors_from(text, announced=announced)


def lists_phrases(text: str) -> bool:
    """ "◆深圳研发、仲恺制造": a marked line without a role word whose words are each two
    dictionary words or more is a subheading listing things, though a surname opens one."""
    if ROLE_PATTERN.search(text):
        return False
    words = [token for token in BYLINE_SPLIT.split(text) if token]
    return any(_is_phrase(word) for word in words)


def _is_phrase(word: str) -> bool:
    if len(word) < 4:
        return False  # no room for two words of two characters: jieba need not be asked (names mostly)
    parts = [token.word for token in nlp.tokenize(word)]
    return len(parts) > 1 and all(len(part) >= 2 and nlp.is_known_word(part) for part in parts)


def _marked_name(token: str) -> bool:
    """A name as a mark announces it: one by the surname list, else a dotted name or 2-4
    characters that are no dictionary word ("努尔兰", not "相关链接")."""
    if is_name(token):
        return True
    shaped = bool(_DOTTED_NAME.fullmatch(token)) or 2 <= len(token) <= 4
    return shaped and is_announced_name(token) and not nlp.is_known_word(token)


def dateline_authors(dateline: str) -> list[Author]:
    """The people in a dateline's parenthesis, or in its credit closed by 报道: 本报讯（记者 X
    通讯员 Y）, 本报讯 记者X 通讯员Y报道 -> X, Y."""
    inside = re.search(r"[（(](.*)[）)]", dateline)
    if inside:
        return authors_from(inside.group(1))
    match = DATELINE.match(dateline)
    if match and match.group("spaced"):
        return authors_from(match.group("spaced"))
    return authors_from(reported_people(match.group("reported"))) if match and match.group("reported") else []


@memo_by_text  # asked of each segment's opening for every byline weighed against it
def opening_dateline(text: str) -> tuple[str, str]:
    """The dateline a text opens with, in one line with a space between its words
    ("本报讯（记者 X 通讯员 Y）"), and the text after it; ("", text) if it opens with none.

    The text's lines are joined by newlines. A letter-spaced first line ("本 报 讯 （ 记 者 …")
    is read as its characters, and a line break inside the parenthesis may have eaten the space
    between two words ("…通讯" / "员 林静）"): there the roles and names are told apart again.
    """
    lines = text.split("\n")
    spelled = is_letter_spaced(lines[0])  # then the lines after it too, if too short to tell
    plain = "\n".join(squeeze(line) if spelled or is_letter_spaced(line) else line for line in lines)
    match = DATELINE.match(plain)
    if not match:
        return "", text
    head, inside = re.sub(r"\s+", "", match.group("head")), match.group("inside")
    if match.group("reported"):
        credit = _reported_credit(match.group("reported"), spelled)
        return (f"{head} {credit}", plain[match.end() :]) if credit else (head, plain[match.end("head") :])
    if match.group("spaced"):
        credit = _spaced_credit(match.group("spaced"), spelled)
        return (
            (f"{head} {credit}", plain[match.end() :].lstrip(TEXT_GAP))
            if credit
            else (head, plain[match.end("head") :])
        )
    if inside is None:
        return head, plain[match.end() :]
    words = _dateline_words(inside, spelled)
    return f"{head}{match.group('open')}{' '.join(words)}{match.group('close')}", plain[match.end() :]


def _reported_credit(reported: str, spelled: bool) -> str:
    """ "记者王明 通讯员李华报道" as printed, each role set tight against its first name; "" if
    a word between the roles and 报道 is no name (a sentence that happens to end in 报道)."""
    words = _dateline_words(reported_people(reported), spelled)
    people = [part for word in words if not ROLE_PATTERN.fullmatch(word) for part in word.split("、")]
    if people == words and len(people) == 1 and is_organisation(people[0]):
        return f"{people[0]} {REPORTED_CLOSE}"  # "市委宣传部 报道": a body's name, set apart as printed
    if not people or not all(is_announced_name(person) for person in people):
        return ""
    printed = " ".join(word + ("\0" if ROLE_PATTERN.fullmatch(word) else "") for word in words)
    return printed.replace("\0 ", "") + REPORTED_CLOSE


def _spaced_credit(spaced: str, spelled: bool) -> str:
    """ "记者 X 通讯员 Y" as printed before the gap that opens the text; "" if a word of it is no
    name ("记者近日从园区获悉　" is a sentence's opening)."""
    words = _dateline_words(spaced, spelled)
    people = [word for word in words if not ROLE_PATTERN.fullmatch(word)]
    if not people or not all(is_announced_name(person) for person in people):
        return ""
    return " ".join(words)


def reported_people(reported: str) -> str:
    """The roles and names of a credit closed by 报道, without it."""
    return re.sub(r"报\s*道$", "", reported.strip())


def _dateline_words(inside: str, spelled: bool) -> list[str]:
    """The roles and names of a dateline's parenthesis, a role word always a word of its own.
    Spaces are lost at the line breaks, and everywhere in a letter-spaced line: a line break
    tells where a name ends only in a parenthesis whose first line parts its words by spaces."""
    inside = unpad_names(inside)
    spaces_lost = spelled or "\n" in inside
    spaced = not spelled and bool(re.search(r"\s", inside.split("\n")[0].strip()))
    joined = "".join(map(_line_joint, _around_breaks(inside))) if spaced else inside.replace("\n", "")
    words = names_made_whole(re.sub(rf"({ROLE})", r" \1 ", joined).split())
    if not spaces_lost or spaced:
        # a parenthesis that parts its words by spaces printed them all: a name within a line is
        # whole, and one across a break was told from two where the lines were joined
        return words
    return [
        part for word in words for part in ([word] if ROLE_PATTERN.fullmatch(word) else split_names(word))
    ]


PHOTOGRAPHED = "摄"
# A dotted name whose last part is one character: no part of a name is that short, so the name
# goes on in the next word ("巴哈尔古丽·托" / "合提")
_DOTTED_NAME_CUT = re.compile(rf"[{NAME_DOTS}][\u4e00-\u9fff]$")
_NAME_WORD = re.compile(rf"[\u4e00-\u9fff{NAME_DOTS}]+")
_ROLE_IN_WORD = re.compile(rf"({ROLE})")
_NAME_DOT_CHARS = frozenset(NAME_DOTS)
MIN_WHOLE_PART = 2  # characters of the part a lone character joins: spaced-out characters are each lone


def names_made_whole(words: list[str]) -> list[str]:
    """A credit's words with each name and role a gap cut in two joined again: an extractor
    writes a space where a line broke inside a word ("通讯员 亢 家豪", "记者 斯琴高 娃",
    "巴哈尔古丽·托 合提", "晚报通 讯员")."""
    out: list[str] = []
    for word in words:
        if out and _role_across(out[-1], word):
            # "晚报通 讯员", "晚报 通讯员", "木拉提·艾山通 讯员": a role cut, set apart again whole
            out[-1:] = _ROLE_IN_WORD.sub(r" \1 ", out[-1] + word).split()
        elif out and _name_goes_on(out, word):
            out[-1] += word
        else:
            out.append(word)
    return out


def _name_goes_on(out: list[str], word: str) -> bool:
    """Whether the word goes on with the name the last word read began. No name is one character,
    nor ends on a dotted part of one: a lone character opens the name after it where it follows
    a role word or opens the credit ("通讯员 亢" / "家豪"), else it ends the name before it."""
    before, after = out[-1].strip("（）()"), word.strip("（）()")
    if (
        len(before) != 1
        and len(after) != 1
        and before[-2:-1] not in _NAME_DOT_CHARS
        and after[1:2] not in _NAME_DOT_CHARS
    ):
        return False  # most pairs: two words of two characters or more, no dotted part cut (asked first)
    if not (_name_word(before) and _name_word(after)):
        return False
    if _DOTTED_NAME_CUT.search(before) or _DOTTED_TAIL.match(after):
        return True  # "巴哈尔古丽·托 合提", "努尔 兰·叶尔肯": a dotted name's part of one character is cut
    if len(before) == 1 and len(after) >= MIN_WHOLE_PART:
        return len(out) == 1 or not _name_word(out[-2].strip("（）()"))
    return len(after) == 1 and len(before) >= MIN_WHOLE_PART


# the first characters of what closes a credit (报道, 采写, 摄影报道, 发自): alone at a line's end,
# that word cut ("记者 X 报" / "道"), no name's
_CLOSING_OPENINGS = frozenset(word[0] for word in (*CLOSING_WORDS, DISPATCH_WORD))


def _name_word(word: str) -> bool:
    """A word that may be a name or a part of one: no role, credit word or what closes a credit
    (or its first character), and no function word of one character ("等")."""
    return (
        _NAME_WORD.fullmatch(word) is not None
        and ROLE_PATTERN.fullmatch(word) is None
        and CREDIT_WORD.fullmatch(word) is None
        and not closes_byline(word)
        and not (len(word) == 1 and (word in NOT_IN_NAMES or word in _CLOSING_OPENINGS))
    )


def closing_credit(text: str) -> str:
    """ "（记者 X 通讯员 Y、Z）" printed after an article's last sentence, in one line with a
    space between its words; "" if the text is no such credit. A role word or a name by the
    surname list opens it ("（周梦洁 本报通讯员 陶思远）"), and a role word or a second such
    name follows (one word in brackets may be anything); or what the names wrote closes them
    after a slash, announcing them as a role word does ("（古丽米热·阿卜杜拉/文）"). It may run
    over several lines, joined by newlines, whose breaks ate the spaces there."""
    match = re.fullmatch(r"[（(]([^（()）]{2,60})[）)]", text.strip())
    if match is None:
        return ""
    opening, inside = credit_opening(match.group(1))
    inside, closing = credit_closing(inside)
    words = _dateline_words(inside, spelled=False)
    if _names_run_together(inside):
        words = [part for word in words for part in split_names(word)]
    parts = [part for word in words for part in re.split(r"[、，,]", word) if part]
    roles = [part for part in parts if ROLE_PATTERN.fullmatch(part)]
    if roles and len(parts) > 2 and parts[-1] == PHOTOGRAPHED:
        parts = parts[:-1]  # "（本报记者 X 摄）": the reporters who took a photo item's pictures
    announced = bool(roles or closing)
    opens = bool(parts) and (ROLE_PATTERN.fullmatch(parts[0]) is not None or is_name(parts[0]) or closing)
    names_alone = len(parts) > 1 and all(is_name(part) for part in parts)  # "（于海洋、宋佳）"
    if len(parts) == 1 and is_organisation(parts[0]):
        return f"（{opening}{parts[0]}）"  # "（高新区人才服务中心）": the body that sent the item
    if len(parts) > 1 and is_organisation(parts[0]) and _sent_in_by(parts[1:]):
        return f"（{opening}{' '.join(words)}）"
    if not opens or not (announced or names_alone):
        return ""
    if not all(ROLE_PATTERN.fullmatch(part) or is_announced_name(part) for part in parts):
        return ""
    return f"（{opening}{' '.join(words)}{closing}）"


def _sent_in_by(parts: list[str]) -> bool:
    """What follows the office's name in a credit of an item it sent in: its people, announced
    by the office as by a role word ("（X高新区经发局 A、B）"), or that it supplied the copy
    ("（X管委会 供稿）")."""
    return parts == [SUPPLIED] or all(is_announced_name(part) for part in parts)


def _names_run_together(inside: str) -> bool:
    """Names alone in brackets with no space at all: an OCR reader dropped the ones between them
    ("（眭国庆覃海燕/文）"). A role word announces each name after it, and a space parts them."""
    return re.search(r"\s", inside) is None and ROLE_PATTERN.search(inside) is None


# What the names wrote, closing a credit after them and a slash ("（X Y/文）", "（X/文图）"): the
# story's writers (who took its photos too), credited in brackets after its last paragraph. A
# photographer's credit closes a caption ("X/摄"), no story.
_CREDIT_CLOSING = re.compile(rf"\s*[{CREDIT_SLASHES}]\s*(?P<credited>文|图文|文图|{TEXT_AND_PHOTOS})\s*$")


def credit_closing(text: str) -> tuple[str, str]:
    """A credit's roles and names, and what they wrote as printed after them ("/文"; "" if
    nothing closes them so)."""
    closing = _CREDIT_CLOSING.search(text) if text.endswith(("文", "图")) else None
    if closing is None:
        return text, ""
    return text[: closing.start()], f"/{closing['credited']}"


# What may open a credit before its roles and names, as it opens a byline: a mark ("□ 本报记者
# X") or what the names wrote or took ("文/本报记者 X")
CREDIT_OPENING = re.compile(
    rf"\s*(?:(?P<mark>[{BYLINE_MARKS}])|(?P<credited>{CREDIT_WORD.pattern})\s*[{CREDIT_SLASHES}])\s*"
)


def credit_opening(text: str) -> tuple[str, str]:
    """A credit's opening mark or credit word, as printed before its roles and names ("□ ",
    "文/"; "" if none), and the rest of the credit."""
    opening = CREDIT_OPENING.match(text)
    if opening is None:
        return "", text
    printed = f"{opening['mark']} " if opening["mark"] else f"{opening['credited']}/"
    return printed, text[opening.end() :]


def _around_breaks(inside: str) -> list[tuple[str, str]]:
    """Each line of the parenthesis with the line after it ("" after the last)."""
    lines = inside.split("\n")
    return list(zip(lines, [*lines[1:], ""]))


# A dotted name read across a line break ("阿依古" / "丽·买买提", "阿不都" / "热依木·艾海提"): each
# part as long as a given name or a father's name is, up to six characters ("阿不都热依木").
_BROKEN_DOTTED = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{2,6}})+")
# A line opening on a dotted name's part of one character ("尔·艾力"): no name's part is that
# short, so it ends the name the line above cut ("古丽巴哈" / "尔·艾力")
_DOTTED_TAIL = re.compile(rf"[\u4e00-\u9fff][{NAME_DOTS}]")


def _line_joint(lines: tuple[str, str]) -> str:
    """A line and what joins it to the next: a space where the break ate the one between two
    names ("记者 阿依古丽·买买提" / "乌兰托娅）"); else nothing, the break having cut a word
    ("…通讯" / "员 林静）", "古丽" / "娜尔", "阿依古" / "丽·买买提"). A break falls inside a
    name far more often than on the one space between two, so the two words joined are one name
    unless they run past four characters (a name of four is one: "吉克" / "曲布", "次仁" / "旺姆"),
    the line ends on a whole name (three characters at least, or a listed surname opening it) and
    a listed surname opens the next line's: a name of many peoples runs on past three characters
    ("那仁格" / "日勒", "苏德毕" / "力格")."""
    line, following = lines
    last = re.split(rf"\s+|{ROLE}", line)[-1]
    first = re.split(rf"\s+|{ROLE}", following)[0]
    if (
        not following
        or _role_across(line, following)
        or _BROKEN_DOTTED.fullmatch(last + first)
        or _DOTTED_TAIL.match(first)
    ):
        return line
    if len(last + first) <= MAX_ONE_NAME:
        return line  # four characters are one name, as in a run without a break ("吉克" / "曲布")
    whole = last not in DOUBLE_SURNAMES and (len(last) >= 3 and is_announced_name(last) or is_name(last))
    return line + (" " if whole and is_name(first) else "")


# A role a gap or a line break may cut: the paper's name for itself and the role word after it
# ("晚报通 讯员"). A paper named in full opens its credit after a gap, cut by none (no name before
# it joins it: "X 东岳财经日报记者")
_CUT_ROLE = re.compile(rf"{OWN_PAPER}?{_ROLE_ALONE}")


def _role_across(line: str, following: str) -> bool:
    joined = line + following
    return any(m.start() < len(line) < m.end() for m in _CUT_ROLE.finditer(joined))


MAX_ONE_NAME = 4  # characters of a run of names that is read as one name
GIVEN_AND_SURNAME = 3  # characters of a Han name as most are given: a surname and two


def split_names(run: str) -> list[str]:
    """Two names run together where the space between them was lost ("林静巴特尔"): the one
    way of cutting the run into two names that each open with a known surname; else the run.
    Four characters are one name: of the many peoples' names (吉克阿依, 阿依古丽) more often than
    two of two characters each. Where two cuts read as names, the one into names of three
    characters at most ("龙玉莲笪明轩", not "龙玉莲笪 明轩"). A dotted name's last part runs on
    into a Han name of three after it ("阿依达娜·别克蹇思思"): no part of a dotted name opens on
    a listed surname and ends in a name of three characters so."""
    if _DOTTED_NAME.fullmatch(run):
        return _dotted_name_apart(run)
    if len(run) <= MAX_ONE_NAME:
        return [run]
    # a double surname opening the run is its first name's surname, no name alone ("司马文静岩罕")
    cuts = [k for k in range(2, len(run) - 1) if _opens_name_alone(run, k) and is_name(run[k:])]
    if len(cuts) > 1:
        cuts = [k for k in cuts if max(k, len(run) - k) <= GIVEN_AND_SURNAME and _surnames_apart(run, k)]
    if len(cuts) != 1:
        return [run]
    return [run[: cuts[0]], run[cuts[0] :]]


def _opens_name_alone(run: str, cut: int) -> bool:
    return run[:cut] not in DOUBLE_SURNAMES and is_name(run[:cut])


def _surnames_apart(run: str, cut: int) -> bool:
    """Both names open on a surname that is a word of its own: no name of another people's
    sounds the dictionary knows is cut ("乌力吉巴雅尔")."""
    return len(nlp.tokenize(run[:cut])[0].word) == 1 and len(nlp.tokenize(run[cut:])[0].word) == 1


def _dotted_name_apart(run: str) -> list[str]:
    last = _ANY_NAME_DOT.split(run)[-1]
    if len(last) < MIN_WHOLE_PART + GIVEN_AND_SURNAME or not is_name(tail := last[-GIVEN_AND_SURNAME:]):
        return [run]
    if _cuts_a_sound(last, len(last) - GIVEN_AND_SURNAME):
        return [run]  # "沙依兰别克": 依兰 is one of the part's sounds, no surname after a name's end
    return [run[:-GIVEN_AND_SURNAME], tail]


def _cuts_a_sound(part: str, cut: int) -> bool:
    """The cut falls inside a word the dictionary reads across it ("沙依|兰别克": 依兰): the part
    runs on in its sounds there, a name of three opening after it on its surname would not."""
    end = 0
    for token in nlp.tokenize(part):
        end += len(token.word)
        if end >= cut:
            return end > cut
    return False
