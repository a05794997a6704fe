"""Printed marks and page furniture: end marks, run-in and bracketed heads, pull quotes, sidebars'
labels, jump lines, page names and datelines, and what a single line set apart is."""

from __future__ import annotations

import bisect
import itertools
import math
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from ..language import names, nlp
from ..language.text import (
    CLOSERS,
    SENTENCE_END,
    display_width,
    ends_sentence,
    is_letter_spaced,
    leaves_bracket_open,
    memo_by_text,
    opens_editor_note,
    squeeze,
    visible,
)
from .captions import is_caption
from .items import (
    AUTHOR,
    BODY,
    BYLINE,
    CAPTION,
    CIRCLED_NUMBER,
    CLAUSE_MARK,
    CORRECTION_OPENING,
    EDGE_LINES,
    FIGURE,
    FLOATING,
    FURNITURE,
    HALF_WIDTH,
    HAN_CHAR,
    HEADLINE,
    JUMP,
    MAX_BOX_LABEL,
    ORNAMENT,
    SOURCE_NOTE,
    SPACE_BETWEEN_HAN,
    WHOLE_PARAGRAPH,
    Item,
    carried_over,
    closes_more_than_it_opens,
    counted_on,
    ends_paragraph,
    find_jump,
    holds_clause,
    holds_han,
    interview_turn,
    jump_number,
    label_over,
    local_widths,
    name_same_park,
    neighbour,
    parks_in,
    reaches_edge,
    reads_as_text,
    runs_on,
    set_centred,
    set_width,
    table_cells,
    under_titled_byline,
    within_page,
    wrapping_marks,
)
from .lines import INDENT, Line
from .people import (
    NAME_RUN,
    counts_a_point,
    reads_as_any_names,
    reads_as_authors,
    reads_as_names,
    reads_as_slashed_names,
    reads_as_unlisted_name,
    reads_as_unlisted_names,
)

# 下转第N版, or （转第N版） alone: the text goes on on page N
# "下转5版", "（转第3版）", "转第3版▶", "▶转2版": where the text goes on
FORWARD_JUMP = re.compile(r"下\s*转|转\s*下|^[（(]\s*转|^(?:[▶►▷→]\s*)?转\s*第?\s*[A-Z]?\d{1,2}\s*[版栏]")
CONTINUED_TITLE = re.compile(r"[（(]\s*续\s*[）)]$")  # "光子产业集群（续）": the headline of a continued part
_HAN_DIGIT = "〇零一二三四五六七八九十"
_MASTHEAD_DATE = (
    r"(?:\d{4}\s*[.．/\-]\s*\d{1,2}\s*[.．/\-]\s*\d{1,2}"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|[{_HAN_DIGIT}]{{4}}年[{_HAN_DIGIT}]{{1,2}}月[{_HAN_DIGIT}]{{1,3}}日)"
)
# "第3版", "第十二版" (in figures or in Chinese numerals), "3", "A06" (a section's letter: A叠, B叠 …), "-3-"
_PAGE_NUMBER = rf"(?:第\s*(?:\d{{1,2}}|[{_HAN_DIGIT}]{{1,3}})\s*版|[A-H]?\d{{1,2}}|[-—–]\s*\d{{1,3}}\s*[-—–])"
_CONTACT_GAP = r"(?:\s*[：:]\s*|\s+(?=[!-~]+$))"  # a colon, or a space before Latin letters alone
# (a hotline or a number named for whatever it takes: "新闻热线", "读者热线", "订阅电话", "订舱电话")
_CONTACT_LABEL = (
    r"(?:投稿邮箱|投稿信箱|电子邮箱|邮箱|E-?mail|[\u4e00-\u9fff]{2}(?:热线|电话)|热线电话|电话|传真|地址|邮编)"
)


# the paper's own office, whose address and numbers its imprint prints ("编辑部地址：…", an alliance's
# newsletter's "联盟秘书处地址：…"): a box's or a story's contact row names no editorial office
_OWN_OFFICE = r"[\u4e00-\u9fff]{0,8}(?:编辑部|秘书处|报社|杂志社|编委会)"
# a contact line: where to send copy, whom to call
# (several may share a line: "电话：(010)68531180　E-mail:yq@…")
# (or a space alone before an address in Latin letters: "投稿邮箱 news@…")
_CONTACT_LINE = (
    rf"^(?:本版|{_OWN_OFFICE})?{_CONTACT_LABEL}{_CONTACT_GAP}(?=[^。，]*[\d@])[\w@.\-（）() ]{{3,60}}"
    rf"(?:\s+{_CONTACT_LABEL}\s*[：:]\s*[\w@.\-（）() ]{{3,60}})*$"
)


# A page's name in a running head: "园区", "科技园区周刊", "园区·高新区"
_RUNNING_HEAD_NAME = r"[\u4e00-\u9fff]{2,6}(?:\s*[·•]\s*[\u4e00-\u9fff]{2,4})?"

# Who made the page, credited in its furniture ("责任编辑：X", "版式设计 Y"), the paper's editor in
# chief among them, whom a masthead names ("总编辑：X")
# (and who planned it, credited as the page's: "本版策划：X", "本版统筹：X"; a story's own "策划：X"
# heads its writers' credit), and who passed it: a repost's footer names who reviewed it for the
# account ("审核：X", "初审：X 终审：Y"), no writer of the story.
_PAGE_STAFF = (
    r"(?:责任编辑|责编|本版编辑|执行编辑|编辑|美编|美术编辑|校对|版式|版式设计|排版|组版|制版|主编|总编辑|副总编辑"
    r"|审核|初审|复审|终审|审校"
    r"|本版策划|本版统筹|本版监制)"
)


# A credit of the page's own staff or of the issue's: "本版编辑：X", an in-house paper's "本期编辑：X"
_OWN_ISSUE = r"(?:本[版期])?"


def _one_alternation(patterns: tuple[str, ...]) -> str:
    """One alternation, so that a line is tested once, not once per pattern. Those anchored by
    a leading ^ (each whole: no | outside a group) share one, which the engine tries at the
    line's start alone; the rest are sought anywhere from there. (With a ^ in each branch,
    every branch would be tried at every character of every line.)"""
    anchored = [f"(?:{p[1:]})" for p in patterns if p.startswith("^")]
    anywhere = "|".join(f"(?:{p})" for p in patterns if not p.startswith("^"))
    return "^(?:" + "|".join(anchored + ([f"(?s:.*?)(?:{anywhere})"] if anywhere else [])) + ")"


# What an e-paper site or a reader app prints between stories to go elsewhere: the story before
# or after, the page before or after, the page's contents, the site's front, the top of the
# screen; or to print or close the story's window. A link may stand in brackets ("【关闭窗口】")
_NAVIGATION = (
    r"【?(?:上一篇|下一篇|上一页|下一页|上一条|下一条|上一版|下一版"
    r"|返回目录|返回首页|返回顶部|返回版面|返回列表|打印本页|关闭窗口)】?"
)
# a tail's words sending the reader on ("详见", "请关注", "请下载") to the paper's own outlet
_READ_ON = r"(?:请|敬请|可)?(?:详见|请见|见|关注|下载|登录|访问|查看)"
_OWN_OUTLET = r"(?:客户端|APP|App|app|微信公众号|公众号|微博|网站|官网|网)"
# a part of the outlet the reader is sent to ("…客户端“园区”频道")
_OUTLET_SECTION = r"(?:频道|栏目|专栏|板块|专区|号)"
# the words of a cross-reference sending the reader to another page ("见第2版", "请参阅第5版")
_SEE = r"(?:详见|请见|参见|请看|请参阅|参阅|见)"
_SEEN_PAGE = rf"第?\s*(?:[A-H]?\d{{1,2}}|[{_HAN_DIGIT}]{{1,3}})\s*版"  # its 版 named: "见表2" is no page
# a topic as a microblog tags it, between two hashes ("#园区新鲜事#"): no sentence prints the mark
_TOPIC_TAG = r"[#＃]\s?[^#＃\s。，！？][^#＃。，！？]{1,15}[#＃]"  # a space an OCR read into it
# a mark pointing from a note to what it is about (a QR code beside it): "▲扫码看更多"
_POINTING_MARK = r"(?:[▲△▼▽◀▶►☞→←↑↓]\s*)?"
# a sponsor's or co-host's label over the page ("支持单位：X　Y", "协办单位：…"), or the paper's own
# host's in its masthead ("主办：X联盟", "主管：X")
# (or the issue's or page's own: "本期协办：X管委会", as "本期由X协办" says it)
_SPONSOR_LABEL = (
    r"(?:支持单位|协办单位|主办单位|承办单位|合作单位|特别支持|鸣谢单位|联办单位|主管单位|主管|主办"
    r"|本(?:期|版|刊)(?:协办|主办|承办|联办|支持)(?:单位)?)"
)

# Notes on the whole page, printed between its stories or at its foot: no line of the story
# above or below them, so the story above ends with its last sentence before them
_PAGE_NOTES = (
    # where the page's copy came from ("本版稿件由各高新区管委会提供"), or its photos', those
    # not credited apart ("本版图片除署名外均由…")
    r"^本版(?:稿件|文章|文字|内容|图片|照片|图文)?(?:除(?:署名|注明|标注)者?外)?均?由[^。，]{2,30}(?:提供|供稿)$",
    # a prompt to read on a screen, printed by a QR code ("扫码阅读园区新闻全文"): it tells the
    # reader what to do, as no headline does
    # (or the code's label alone, "扫描二维码", its prompt on the next line); a mark may point at
    # the code ("▲扫码看更多"), and the prompt may say plainly what is seen ("扫码看视频") — what a
    # code offers on a screen, not a title's "扫码看后厨"
    rf"^{_POINTING_MARK}请?(?:扫码|扫一扫|扫描(?:[上下左右]方|[左右]侧|本版)?(?:的)?二维码)(?:即可)?"
    r"(?:(?:阅读|观看|查看|浏览|收听|了解|关注|下载|获取)[^。，！？]{0,24}"
    r"|看(?:视频|更多|全文|原文|详情|直播|大图|图集)[^。，！？]{0,8})?$",
    # the prompt under the code's label alone ("扫一扫" / "阅读更多园区资讯"): more of the paper's
    # news offered, as no story's title offers it
    r"^(?:阅读|查看|浏览|了解|获取)更多[\u4e00-\u9fff]{0,6}?(?:资讯|新闻|报道|内容|详情)$",
    # the prompt under a video's code or link, alone: "观看视频报道", "点击观看视频"
    r"^(?:点击|请)?(?:观看|收看|查看|播放)(?:完整)?视频(?:报道|新闻|直播)?$",
    # a reader sent on to the paper's app or account for more ("更多报道详见本报客户端"), perhaps
    # after the topic it is filed under there ("#园区新鲜事# 更多内容请下载晚报客户端")
    # (or to a channel of it named in quotes: "更多园区资讯请关注本报客户端“园区”频道")
    rf"^(?:{_TOPIC_TAG}\s*)?更多[\u4e00-\u9fff]{{0,4}}?(?:报道|内容|资讯|新闻|精彩内容?|详情){_READ_ON}"
    rf"[^。，！？]{{0,12}}{_OWN_OUTLET}(?:“[^”。，]{{1,8}}”)?{_OUTLET_SECTION}?$",
    # a story sent on to another page of the issue for more on it, bracketed alone on its line
    # ("（相关报道见第2版）", "（详见第A3版）"): a jump line says 转/接, never 见
    rf"^[（(]\s*[\u4e00-\u9fff]{{0,6}}?{_SEE}\s*(?:本报|今日|本期)?{_SEEN_PAGE}\s*[）)]$",
    # a story's topics on a microblog, alone on their line ("#园区新鲜事#  #科创周刊#")
    rf"^{_TOPIC_TAG}(?:\s*{_TOPIC_TAG})*$",
    # a story's tags, each a word or two, at its foot ("关键词：新材料 产业集群"): a sentence
    # holds a clause mark or runs longer than a tag
    r"^(?:关键词|关键字|标签)\s*[：:]\s*[\u4e00-\u9fff\w]{1,8}(?:[\s、；;]+[\u4e00-\u9fff\w]{1,8}){0,7}$",
    # an e-paper's or a reader's links between stories: one or more of them, or one before the
    # title it leads to ("上一篇：…")
    rf"^{_NAVIGATION}(?:\s*[│|｜/]?\s*{_NAVIGATION})*$",
    r"^(?:上|下)一(?:篇|页|条)\s*[：:][^。！？]{2,40}$",
    # a page shared or read further on the site: "分享到：微信 微博", "点击查看原文"
    r"^分享到\s*[：:]?[^。，！？]{0,30}$",
    r"^点击(?:查看|阅读|进入)(?:原文|全文|大图|详情|更多)$",
    # a repost's link to the page it was taken from, and its prompt to follow the account, at its
    # foot and head: "阅读原文", "点击上方蓝字 关注我们"
    r"^(?:点击)?阅读原文$",
    r"^(?:点击)?(?:上方)?蓝字\s*(?:一键)?关注(?:我们)?$",
    # who supports the page: "本版由X管委会协办", "支持单位：X　Y"
    r"^本(?:版|栏目?|专版|专栏|期)(?:内容)?由[^。，]{2,40}(?:协办|主办|承办|支持|冠名|赞助|合办|联办)$",
    rf"^{_SPONSOR_LABEL}\s*[：:][^。！？]{{2,80}}$",
    # a running head: the paper's name, in title marks or not, a middle dot, the page's name
    # ("科技园区报·创新园区", "《X日报》· 高新专刊")
    r"^(?:《[\u4e00-\u9fff]{2,12}报》|[\u4e00-\u9fff]{2,12}报)\s*[·•・]\s*[\u4e00-\u9fff]{2,6}$",
)
PAGE_NOTE = re.compile("|".join(f"(?:{note})" for note in _PAGE_NOTES))

# Furniture of its own shape, no character of it a clause mark (，。): dates, page numbers and
# names, contacts, the paper's name. The dated shapes are asked only of a line holding 年 or a
# weekday (周, 星期), as the slug line is of one holding K: their spans run the line's length
_DATED_SHAPES = (
    # date line, perhaps after the paper's name, or after the page's name and number
    r"^(?:[\u4e00-\u9fff·]{2,12}报\s*|(?:[\u4e00-\u9fff]{2,4}|第?\s*\d{1,2}\s*版?)\s+){0,3}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?[^。，]{0,20}$",
    # a masthead's date and weekday in any writing (2021.09.18, 二〇二三年一月十四日), among
    # the words of the page's name and number: a body line runs on after a date, or has
    # no weekday beside it
    rf"^(?:[^\s。，；！？]{{1,12}}\s+){{0,8}}{_MASTHEAD_DATE}\s*(?:星期|周)[一二三四五六日天](?:\s+[^\s。，；！？]{{1,12}}){{0,8}}$",
    # the page's strip over its stories: the date and weekday and the page's editor named, among its
    # number, its name and the paper's, in any order, parted by dots or not at all ("A06·本版编辑X
    # 美编Y·2025年8月26日星期三·园区与资本"); a line of text names no weekday beside an editor
    rf"^(?=[^。，；！？]*?(?:本版|责任)编辑\s*[\u4e00-\u9fff]{{2,4}})[^。，；！？]{{0,60}}?{_MASTHEAD_DATE}\s*"
    rf"(?:星期|周)[一二三四五六日天][^。，；！？]{{0,60}}$",
)
_MARKET_QUOTE = (
    r"[\u4e00-\u9fff]{2,8}(?:\s?\d{1,3})?\s*(?:收盘|收报)\s*[：:]?\s*\d+(?:\.\d+)?\s*点?"
    r"\s*(?:涨跌幅|涨跌|涨幅|跌幅)?\s*[：:]?\s*[+\-−]?\s*\d+(?:\.\d+)?\s*%"
)
_EDITION_NAME = r"^[\u4e00-\u9fff]{2,6}\s*[·•・]\s*(?:专刊|周刊|专版|特刊|增刊)$"
# an advert's label: "广告", a public-service advert's "公益广告", "【公益广告】"
_ADVERT_LABEL = r"^[【〖\[]?\s*(?:公益(?:广告|宣传)|广告)\s*[】〗\]]?$"
# An in-house paper's imprint, at its head or its foot: its standing as internal matter given free
# ("内部资料 免费交流"), its permit for that ("准印证号：X(K)第N号"), its printer and print run
# ("印刷单位：X公司 印数：N份") and whom it is sent to, one item or several to a line; no story prints these
_IMPRINT_ITEM = (
    r"内部(?:资料|刊物)|免费(?:交流|赠阅)|注意保存"
    r"|(?:(?:内部资料(?:性出版物)?)?准印证(?:号|编号)?|印刷(?:单位|厂|者)?|承印(?:单位)?|发送(?:对象|范围))"
    r"\s*[：:]\s*[^\s。，；！？]{2,30}"
    r"|印数\s*[：:]\s*\d+\s*份"
)
ISSUE_NUMBER = r"^第\s*\d+\s*期$"  # the issue's number, alone on its line
_FURNITURE_SHAPES = (
    _CONTACT_LINE,
    rf"^(?:{_IMPRINT_ITEM})(?:\s+(?:{_IMPRINT_ITEM}))*$",
    # a masthead's date in figures, alone or before the page's name and number: no line
    # of text holds a bare date, and a body line after one would run on with words
    rf"^\d{{4}}\s*[.．/]\s*\d{{1,2}}\s*[.．/]\s*\d{{1,2}}(?:\s+[\u4e00-\u9fff·]{{2,6}}\s+{_PAGE_NUMBER})?$",
    r"^(?:第\s*)?[A-Z]?\d{1,2}(?:\s*版)?$",  # page number
    r"^(?:星期|周)[一二三四五六日天]$",  # the weekday, its date's own line above it
    rf"^第\s*[{_HAN_DIGIT}]{{1,3}}\s*版$",  # page number in Chinese numerals
    r"^[-—–]\s*\d{1,3}\s*[-—–]$",
    *_PAGE_NOTES,
    # a box's frame: a rule drawn from a corner, its sides' bars written onto it (frames.py)
    r"^[┌╭╔┏└╰╚┗][\u2500-\u257f]+$",
    ISSUE_NUMBER,
    # the edition's name: a weekly or special edition's, after a word or two and a middle dot
    # ("区域创新·专刊", "科技园区·周刊"); a kicker names its story's subject, not an edition
    _EDITION_NAME,
    # a public-service advert's label (the line of who placed it is spaced: below)
    _ADVERT_LABEL,
    # a banner over the stories of a feature: 专题 and its theme after a mark ("专题·园区新动能",
    # "专题｜聚焦科创园区"), no story's kicker, which names its story's subject alone
    r"^专题\s*[·•・|｜:：]\s*[\u4e00-\u9fff]{2,8}$",
    # a financial page's strip of market figures: an index's name, its close and its change, one
    # quote or more on the line ("高新50 收盘 936.23 涨跌幅 -0.26%"); no sentence is figures alone
    rf"^(?:{_MARKET_QUOTE}\s*)+$",
    # a cartoon's title after its label, and its artist's signature under it ("漫画：链上结新果" /
    # "东方朔月/作"): a story's writer is credited before the name ("文/X"), never after it
    r"^漫画\s*[：:]\s*[^\s。，；！？][^。，；！？]{0,20}$",
    rf"^(?:{names.DOTTED_NAME}|[\u4e00-\u9fff]{{2,4}})\s*[/／]\s*作$",
    # an event's advert giving its time and place on one line ("时间：4月24日 地点：X国际会展中心"): a
    # story tells them in a sentence
    r"^时间\s*[：:][^。，；！？\s]{2,20}\s+地点\s*[：:][^。，；！？\s]{2,30}$",
    # the source of a table's figures under its rows, unbracketed alone on its line ("数据来源：Wind");
    # a story's own note on its figures is bracketed or says more (items.CLOSING_NOTE)
    r"^(?:数据|资料)来源\s*[：:]\s*[^，。；：:（）()\s]{2,20}$",
)
# Furniture whose words a space parts, tried apart from the shapes above and only on a line holding
# one (most lines of text hold none): the shapes that read a run of words before the space and give
# it back a character at a time, the costliest of them to try on a title's line
_SPACED_FURNITURE_SHAPES = (
    # an e-paper archive's stamp on the page read from it: the paper's (or its e-paper's) name, the
    # date, the page's number and name ("河北日报数字报  2011-04-13  第05版：开发区")
    rf"^(?:[^\s。，；！？]{{2,14}}\s+)?{_MASTHEAD_DATE}\s+第\s*[A-H]?\d{{1,2}}\s*版(?:\s*[：:]\s*{_RUNNING_HEAD_NAME})?$",
    # a running head: the page's name and its number, at the outer edge on either side
    rf"^{_RUNNING_HEAD_NAME}\s+{_PAGE_NUMBER}$",
    rf"^{_PAGE_NUMBER}\s+{_RUNNING_HEAD_NAME}$",
    # the line of who placed a public-service advert, a body after a space ("晚报社 宣", "市文明办
    # 宣"): no line of text ends so
    r"^[\u4e00-\u9fff]{1,10}(?:社|办|委|局|部|会|台|中心)\s+宣$",
)
# The paper's name, in Han or in English, tried apart from the shapes above and only on a line
# ending as it does (报, a capital): the costliest shapes to try on a line of text.
# In Han a name holds no particle ("…监管平台的报" is a narrow column's line cut inside 报警)
_PAPER_NAME = re.compile(r"^(?:(?!的)[\u4e00-\u9fff·]){2,12}(?:导报|日报|晚报|时报|报)$")
_LATIN_PAPER_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}\s+)?[A-Z][A-Z&.\-]*(?:\s+[A-Z&.\-]+){1,6}$")
_LATIN_NAME_ENDS = string.ascii_uppercase + "&.-"
# what parts a strip's items: spaces, a centred dot or a bar; or nothing before a role or an issue's
# number, which open on their own words (a run of words is never cut into items anywhere else)
_STRIP_GAP = rf"(?:\s*[·•|｜]\s*|\s+|(?={_OWN_ISSUE}{_PAGE_STAFF}|第\s*\d))"
# the issue's sponsor named after its label, in a strip: "本期协办：X高新区管委会"
_STRIP_SPONSOR = rf"{_SPONSOR_LABEL}\s*[：:]\s*[^\s·•|｜。，；！？]{{2,20}}"
# an item of a page's strip: its issue's number, its date, one of its staff named after the role, its
# sponsor, its name, or the paper's name in title marks ("《X日报》")
_STRIP_ITEM = (
    rf"第\s*\d+\s*期|{_MASTHEAD_DATE}(?:\s*(?:星期|周)[一二三四五六日天])?"
    rf"|{_OWN_ISSUE}{_PAGE_STAFF}\s*[：:]?\s*(?:{names.DOTTED_NAME}|[\u4e00-\u9fff]{{2,4}})|{_STRIP_SPONSOR}"
    rf"|{_RUNNING_HEAD_NAME}|《{_RUNNING_HEAD_NAME}》"
)
# Furniture that may run on with any text: the page's staff credited, each line naming a role
_STAFF_LINES = (
    # the page's staff named after a colon or a slash ("编辑/X 版式/Y")
    rf"^(?:[\u4e00-\u9fff·]{{2,12}}报\s+|[\u4e00-\u9fff]{{2,4}}\s+)?{_OWN_ISSUE}{_PAGE_STAFF}\s*[：:/／].{{0,40}}$",
    rf"^{_OWN_ISSUE}{_PAGE_STAFF}\s+(?:[\u4e00-\u9fff]{{2,6}}|"
    rf"{names.DOTTED_NAME})(?:\s+\S+){{0,8}}$",
    # a weekly section's strip over its page: its name, its issue or its date and two of its staff
    # or more (or one and the issue's sponsor), each role before its name, in any order, parted by
    # spaces, dots or bars ("园区周刊 · 第212期 · 主编 X · 本版编辑 Y · 美编 Z", "第1294期 · 园区文摘 ·
    # 责任编辑 X · 美术编辑 Y · 2025年9月26日", "《X日报》· 高新专刊  第133期  主编 X  本期协办：Y
    # 2023年10月7日 星期五"); a line of text is no run of such items alone
    rf"^(?=[^。，；！？]*(?:第\s*\d+\s*期|{_MASTHEAD_DATE}))(?=(?:.*?(?:{_PAGE_STAFF}|{_SPONSOR_LABEL})){{2}})"
    rf"(?:{_STRIP_ITEM})(?:{_STRIP_GAP}(?:{_STRIP_ITEM})){{2,7}}$",
)
_STAFF_LINE = re.compile(_one_alternation(_STAFF_LINES))
# The page's staff named each tight after the role, two roles at least and nothing else on the
# line ("责任编辑阚一鸣　美术编辑郜思远　校对宓海宁"), as an OCR page reads once the reader's
# spaces between characters are taken off; asked again without the single spaces a reader left
# between two Han characters ("责 任编辑 X　美术编辑 逯 乐"). Nothing but roles and names: a
# line of text run on after the staff keeps its words.
_TIGHT_STAFF_LINE = re.compile(
    rf"^{_OWN_ISSUE}(?:{_PAGE_STAFF}\s*(?:{names.DOTTED_NAME}|[\u4e00-\u9fff]{{2,4}})[\s\u3000]*){{2,4}}$"
)
_STAFF_ROLE = re.compile(_PAGE_STAFF)  # sought first: the engine skips to a role's first character
# and the paper's registration numbers or its address on the web, anywhere on the line
_REGISTRATION = re.compile(
    r"国内统一连续出版物号|邮发代号|CN\s*\d{2}\s*-\s*\d{4}|总第\s*\d+\s*期|www\.|https?://"
)
_FURNITURE_LINE = re.compile(_one_alternation(_FURNITURE_SHAPES))
_SPACED_FURNITURE_LINE = re.compile(_one_alternation(_SPACED_FURNITURE_SHAPES))
_DATED_LINE = re.compile(_one_alternation(_DATED_SHAPES))
_FOLIO_LINE = re.compile(
    rf"^(?:{_RUNNING_HEAD_NAME}\s+{_PAGE_NUMBER}|{_PAGE_NUMBER}\s+{_RUNNING_HEAD_NAME})$"
)
# the printer's slug line on a plate: its date and time, page and name, and the four process
# colours it was separated into ("2021-12-13 00:22 10版 园区 C M Y K"); no line of text ends so
_SLUG_LINE = re.compile(r"^(?:[^。，]{0,40}\s)?C\s?M\s?Y\s?K$")


# Asked before the patterns, which most lines fail: a character every staff role holds (编辑, 审核,
# 校对, 版式, 主编 …), and a part of every registration shape (出版物号 and 邮发代号 hold 号)


def _may_name_staff(text: str) -> bool:
    return "编" in text or "校" in text or "版" in text or "审" in text


def _names_staff(text: str) -> bool:
    """The page's staff credited: each role before its people, the line as written, or each role
    tight against a name, the reader's spaces inside the words taken off."""
    if _STAFF_LINE.match(text):
        return True
    return _TIGHT_STAFF_LINE.match(SPACE_BETWEEN_HAN.sub("", text)) is not None


def _may_hold_registration(text: str) -> bool:
    return "号" in text or "CN" in text or "总第" in text or "www." in text or "http" in text


# The desk's call for news under a story, bracketed whole ("（园区新鲜事，欢迎拨打晚报新闻热线96811
# 提供线索）"): it asks the reader to call the paper's number with news, as no sentence a story
# sets in brackets does; its commas keep it out of the shapes below, asked of no clause
_NEWS_APPEAL = re.compile(
    r"^[（(](?=[^（）()]*(?:欢迎|敬请|请))(?=[^（）()]*(?:线索|新闻热线|本报热线|报料|爆料))(?=[^（）()]*\d{3,})"
    r"[^（）()。]{6,60}[）)]$"
)


# A financial page's foot warning its readers that nothing on it is advice ("风险提示：本版文章仅供参考，
# 不构成投资建议；据此入市，风险自担。"): its label, then what every such warning says; its
# clauses keep it out of the shapes below
_INVESTMENT_DISCLAIMER = re.compile(
    r"^[【\[]?\s*(?:风险提示|免责声明|特别提示|投资提示|风险揭示)\s*[】\]]?\s*[：:]"
    r"(?=.*(?:投资建议|风险自担|仅供参考|入市需谨慎|投资需谨慎))"
)
_DISCLAIMER_OPENINGS = "【[风免特投"

# A digest paper's notice to the writers of the stories it reprints and could not reach, asking them
# to claim their fee ("本版部分稿件因无法联系作者，请作者与本报联系稿酬事宜。", "因无法与作者取得联系，
# 请作者见报后与本报联系，以便奉寄稿费"): every such notice names the writers it could not reach and
# the fee, as no story's sentence about a paper does; its clause keeps it out of the shapes below
_FEE_NOTICE = re.compile(
    r"^[^。！？，,]{0,16}(?:无法|未能|难以)(?:(?:与|和)(?:原?作者|著作权人)(?:取得)?联系|联系(?:到|上)?(?:原?作者|著作权人))"
    r"[^。！？]{0,30}(?:稿酬|稿费)[^。！？]{0,12}[。.]?$"
)


# A converter's comment naming a part of the page round the text: Azure Document Intelligence's
# Markdown writes the header, the footer and the page number so (<!-- PageHeader="…" -->)
PAGE_PART_COMMENT = re.compile(r'^<!--\s*Page(?:Header|Footer|Number)\s*=\s*".*"\s*-->$')


# Nougat's note where it read none of a page's part ("[MISSING_PAGE_POST]" for the rest of the page,
# "[MISSING_PAGE_FAIL:1]", "[MISSING_PAGE_EMPTY:2]"): the converter's words, no printed line
MISSING_PAGE_NOTE = re.compile(r"^\[MISSING_PAGE_(?:POST|FAIL|EMPTY)(?::\d+)?\]$")
# A model that reads a page as a language model writes text loops on a sentence until its token limit,
# the sentence again and again on one line (the last copy perhaps cut off): no printed line says one
# sentence three times running
MIN_LOOPED_COPIES = 3
MIN_LOOPED_SENTENCE = 8
_SENTENCE_CLOSE = re.compile(r"[。！？!?]")


def is_decoder_loop(text: str) -> bool:
    """The line is one sentence of at least MIN_LOOPED_SENTENCE characters written at least
    MIN_LOOPED_COPIES times in a row, nothing else but a last copy's opening."""
    close = _SENTENCE_CLOSE.search(text, MIN_LOOPED_SENTENCE - 1)
    if close is None:
        return False
    sentence = text[: close.end()]
    copies = len(text) // len(sentence)
    return (
        copies >= MIN_LOOPED_COPIES
        and text.startswith(sentence * copies)
        and sentence.startswith(text[copies * len(sentence) :])
    )


def is_furniture_line(text: str) -> bool:
    """A date line, page number, running head, contact or staff line, as printed; a converter's note
    or loop."""
    if text[:4] == "<!--" and PAGE_PART_COMMENT.match(text):
        return True
    if text[:1] == "[" and MISSING_PAGE_NOTE.match(text):
        return True
    if len(text) >= MIN_LOOPED_SENTENCE * MIN_LOOPED_COPIES and is_decoder_loop(text):
        return True
    if text[:1] in "（(" and _NEWS_APPEAL.match(text):  # a character asked before the pattern
        return True
    if text[:1] in _DISCLAIMER_OPENINGS and _INVESTMENT_DISCLAIMER.match(text):
        return True
    if "稿" in text and _FEE_NOTICE.match(text):  # a character asked before the pattern
        return True
    if _may_name_staff(text) and _STAFF_ROLE.search(text) and _names_staff(text):
        return True
    if _may_hold_registration(text) and _REGISTRATION.search(text):
        return True
    if "，" in text or "。" in text:
        return False  # as most lines of text: a clause mark rules out every shape at once
    return _furniture_shape(text) or _furniture_once_unspaced(text)


# An OCR layer writes a stray space between two characters of a word ("A 13  科创·园区",
# "2 023年3月6日 星期一"), and a justified line is opened up by one ("更多资讯请关注本报客 户端"):
# a short line is read again without each of its single spaces in turn, as a folio, a date line,
# the edition's name or a note on the page (the page's other furniture is asked as written).
# Asked only of a line holding a Han character (a folio's page name, a date's 年), so that a
# run of figures a space parts ("1 2") is never read as a page number
STRAY_SPACE = re.compile(r"(?<=\S) (?=\S)")
MAX_UNSPACED_LINE = 30  # characters: longer than any folio or date line, a line of text


def _furniture_once_unspaced(text: str) -> bool:
    if " " not in text or len(text) > MAX_UNSPACED_LINE or not HAN.search(text):
        return False
    return any(
        _unspaced_furniture(text[: space.start()] + text[space.end() :])
        for space in STRAY_SPACE.finditer(text)
    )


_EDITION_LINE = re.compile(_EDITION_NAME)


def _unspaced_furniture(text: str) -> bool:
    """A folio, a date line, the edition's name or a note on the page, once a space is taken out."""
    return _folio_shape(text) or _EDITION_LINE.match(text) is not None or PAGE_NOTE.match(text) is not None


def _folio_shape(text: str) -> bool:
    """A folio's or date line's shape: the page's number and name, or the date."""
    return (
        _FOLIO_LINE.match(text) is not None
        or ("年" in text or "星期" in text)
        and _DATED_LINE.search(text) is not None
    )


def _furniture_shape(text: str) -> bool:
    """A line of no clause mark in one of furniture's shapes, as the extractor wrote it."""
    return (
        _FURNITURE_LINE.search(text) is not None
        or (" " in text or not text.isprintable())  # a space, or another (none is printable)
        and _SPACED_FURNITURE_LINE.search(text) is not None
        or "报" in text[-2:]  # the name's end, before a final newline or not ($ takes either)
        and _PAPER_NAME.match(text) is not None
        or text.rstrip("\n")[-1:] in _LATIN_NAME_ENDS
        and _LATIN_PAPER_NAME.match(text) is not None
        or ("年" in text or "周" in text or "星期" in text)
        and _DATED_LINE.search(text) is not None
        or "K" in text
        and _SLUG_LINE.search(text) is not None
    )


# a page's name in words of a few characters, joined by a middle dot or parted by a bar
_NAME_JOINS = "·•|｜"
PAGE_NAME = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}(?:\s*[{_NAME_JOINS}]\s*[\u4e00-\u9fff]{{2,4}}){{0,2}}$")
# A page's name in two or three parts joined by a middle dot or parted by a bar ("园区·产业",
# "园区新闻·高新区", "科创 | 周刊", "园区 · 新闻 · 科创"): a rubric's shape, which no kicker or
# title takes
DOTTED_PAGE_NAME = re.compile(
    rf"^[\u4e00-\u9fff]{{2,4}}(?:\s*[{_NAME_JOINS}]\s*[\u4e00-\u9fff]{{2,4}}){{1,2}}$"
)
LONG_PAGE_NAME = re.compile(r"^[\u4e00-\u9fff]{5,6}$")
MAX_PAGE_NAME = 14  # characters of the longest the patterns above take: three words of four, two dots
# The ornaments a section's bar sets on either side of the page's name ("◆科创园区◆")
BAR_ORNAMENTS = "◆◇■□●○★☆◎"

BYLINE_MARK = re.compile(
    rf"^(?:[{names.BYLINE_MARKS}]|{names.TEXT_CREDIT.pattern[1:]}|(?:{names.ROLE})\s*{names.NAME_SHAPE}(?:\s|$))"
)


# A credit closed by 报道 and run on into text ("记者 X 报道 在自贡…"), or cut inside 报道 at the
# line's end ("记者 X 报"): the rest of a dateline's credit broken over two lines, its text
# following; a byline ends on its names, or on a whole 报道.
REPORTED_RUNS_ON = re.compile(r"报\s*道\s*[^\s报]|\s报$")

# "（来源：《吉林日报》）": the paper an article is reprinted from, credited as its byline
SOURCE_CREDIT = re.compile(r"^[（(]?\s*来源\s*[：:]\s*《[^《》]{2,16}》\s*[）)]?$")

# A story reposted by a news app, or read back from a database's record of the printed page,
# comes with the header of its record: where it was reposted from ("来源：河北日报", the name alone
# on its line), the title it was first printed under ("原标题：…", its deck's title repeated), and
# the record's fields of the paper and page, each label in lenticular brackets ("【报纸名称】…",
# "【报纸日期】…", "【版号】05", "【作者单位】…"). The system's furniture, no word of the story; the
# record's author field is the story's byline (names.TEXT_CREDIT), its 【正文】 a label of its text.
_RECORD_FIELDS = (
    r"报纸名称|报纸日期|出版日期|发表日期|日期|版名|版号|版次|栏目|作者单位|单位|机构|来源|出处"
    r"|分类号|关键词|关键字|期刊名称|刊名|年|期|卷|页码|ISSN|CN|DOI"
)
# what a repost credits: a news outlet, a paper, an agency, a station, a site or an app ("来源：新华社");
# an office named after 来源 under a photo's caption supplied the photo ("图片" / "来源：X管委会")
_NEWS_OUTLET = r"(?:报|社|台|网|刊|客户端|新闻|号)"
ORIGINAL_TITLE = re.compile(r"^原标题\s*[：:]\s*(?P<title>\S.*)$")
RECORD_HEADER = re.compile(
    rf"^(?:来源\s*[：:]\s*[^\s，。；：:、《》“”（）()]{{1,14}}{_NEWS_OUTLET}|{ORIGINAL_TITLE.pattern[1:-1]}"
    rf"|【\s*(?:{_RECORD_FIELDS})\s*】.*)$"
)
_RECORD_HEADER_OPENINGS = ("来源", "原标题", "【")


def record_header(text: str) -> bool:
    """A field of a reposted or archived story's record header, the story's furniture."""
    return text.startswith(_RECORD_HEADER_OPENINGS) and RECORD_HEADER.match(text) is not None


def mark_restated_titles(items: list[Item]) -> None:
    """A repost's "原标题：…" restates its deck's title, whatever the deck's other lines and their
    widths, and wherever the extractor wrote the deck (some write it after the story's text):
    the headline nearest it holding those words is told its title; a line of text that is those
    words alone is the title, read as text (no story repeats its title as a line of its own)."""
    for i, item in enumerate(items):
        if item.kind != FURNITURE or not item.text.startswith("原标题"):
            continue  # asked before the pattern: most furniture is no record's
        restated = ORIGINAL_TITLE.match(item.text)
        if restated is None:
            continue
        title = visible(restated.group("title"))
        holding = [j for j, other in enumerate(items) if _holds_title(other, title)]
        if holding:
            nearest = items[min(holding, key=lambda j: abs(j - i))]
            nearest.kind, nearest.restated_title = HEADLINE, restated.group("title").strip()


def _holds_title(item: Item, title: str) -> bool:
    words = visible(item.text)
    return item.kind == HEADLINE and title in words or item.kind == BODY and title == words


# A content-management system's metadata line under a story's headline, its fields each a label
# and a colon ("来源：科技周报　作者：X　Y　发布时间：2024-06-04"): the author's field is the story's
# byline, the others (where it came from, when it was posted, who edited it) the system's furniture
METADATA_LABELS = "来源|作者|发布时间|发布日期|时间|日期|责任编辑|编辑|责编|浏览次数|点击数"
METADATA_FIELD = re.compile(rf"({METADATA_LABELS})\s*[：:]")
AUTHOR_FIELD = "作者"
FIELD_GAPS = " \u3000\t|｜丨"  # what a system prints between two fields: a space, or an upright bar


# "（完）": the mark a paper prints after an article's last word (or its author's name); no
# field's text, it closes the article
END_MARK = re.compile(r"[（(]\s*(?:全文)?完\s*[）)]$")
# "…以上。□", "…前列。 马秀兰□", "（记者 X 报道）□": the square some papers print there instead.
# In the text a square stands for a character the font lacks ("张□", "□□公司"): one closing a
# line is an end mark only after a sentence's end, a closing bracket or names alone.
END_SQUARE = re.compile(r"(?<!□)□$")
_ENDS_BRACKET = re.compile(r"[）)]$")
# names after a sentence's last mark, across a gap ("…前列。 马秀兰")
_NAMES_AFTER_SENTENCE = re.compile(rf"[{SENTENCE_END}{CLOSERS}]\s+({NAME_RUN.pattern})$")


# what an end mark closes on: the characters a line is asked for before the patterns
_END_MARK_CLOSES = ("）", ")", "□")


def end_mark(text: str) -> re.Match[str] | None:
    """The end mark closing the line, if it holds one."""
    if not text.endswith(_END_MARK_CLOSES):
        return None  # most lines close on neither mark: skip the patterns
    mark = END_MARK.search(text)
    if mark is not None:
        return mark
    mark = END_SQUARE.search(text)
    return mark if mark is not None and _closes_article(text[: mark.start()].rstrip()) else None


def is_end_mark(text: str) -> bool:
    mark = end_mark(text)
    return mark is not None and mark.start() == 0


def _closes_article(text: str) -> bool:
    """What an end mark may follow: the text's last sentence, the credit in brackets closing it,
    or the author's names (after the last sentence, or on a line of their own)."""
    if not text:
        return True  # the mark alone on its line
    if ends_sentence(text) or _ENDS_BRACKET.search(text):
        return True
    after = _NAMES_AFTER_SENTENCE.search(text)
    return reads_as_any_names(after.group(1).strip() if after else names.unpad_names(text))


def split_end_marks(lines: list[Line]) -> list[Line]:
    """The end mark printed after the last sentence or the author's name is a line of its own."""
    out: list[Line] = []
    for line in lines:
        text = line.text.rstrip()
        mark = end_mark(text) if text.endswith(_END_MARK_CLOSES) else None  # most lines close on neither
        if mark is None or mark.start() == 0:
            out.append(line)
            continue
        out.append(replace(line, text=line.text[: mark.start()].rstrip(), tight=False))
        out.append(replace(line, text=mark.group(0), indented=False, paragraph_indent=False))
    return out


def page_holds(lines: list[Line] | list[Item], *words: str) -> bool:
    """Whether any line's text holds one of the words: the page's text asked at once, cheaper than
    a test of each line, so that a pass looking for what most pages never print skips them."""
    return _holds("\n".join([line.text for line in lines]), words)


def lines_hold(items: list[Item], *words: str) -> bool:
    """`page_holds` of the items' lines, their texts gathered in one go."""
    return _holds("\n".join([line.text for item in items for line in item.lines]), words)


def _holds(page: str, words: tuple[str, ...]) -> bool:
    return any(word in page for word in words)  # a newline apart: no word is made across two lines


# An e-paper page read back from its HTML writes a mark where each photo stands ("[图片]"), alone
# on its line or before the photo's alt text, its caption: furniture, no word of the caption (and
# no line of the masthead: a title between the date line and a photo's mark stays a title)
PHOTO_MARK = r"\[(?:图片|图|image|img)\]"
ALT_MARK = re.compile(rf"{PHOTO_MARK}[ \u3000\xa0]*(?=\S)")
_PHOTO_MARK_ALONE = re.compile(PHOTO_MARK)


def split_alt_marks(lines: list[Line]) -> list[Line]:
    """A photo's mark written before its caption is a line of its own."""
    if not page_holds(lines, "["):
        return lines
    out: list[Line] = []
    for line in lines:
        mark = ALT_MARK.match(line.text) if line.text[:1] == "[" else None  # most lines open on a word
        if mark is None:
            out.append(line)
            continue
        out.append(replace(line, text=mark.group(0).rstrip(), tight=False))
        out.append(replace(line, text=line.text[mark.end() :], indented=False, paragraph_indent=False))
    return out


# A headline set as an image, read back from the image's alt text at the line's opening
# ("[图片：海洋仪器的国产化之路]", "[image: …]"): the brackets and the label are the reader's markup of
# the image, the words inside it the title as printed. A photo's alt text describes the photo in a
# sentence closed by a full stop; a title closes on none (it may ask or exclaim)
ALT_TEXT = re.compile(r"\[\s*(?:图\s*片|图|image|img)\s*[：:]\s*(?P<words>[^\[\]]*[^\[\]\s。])\s*\]", re.I)


def read_alt_titles(lines: list[Line]) -> list[Line]:
    """A title set as an image is the line of its alt text's words, the markup taken off; what
    follows the closing bracket on the line (a credit after a gap) stays after the words. The
    image holds the whole title: a single newline after its bracket joins no line to it (the
    documented extractor writes one after any half-width end)."""
    if not page_holds(lines, "["):
        return lines
    out: list[Line] = []
    for line in lines:
        alt = ALT_TEXT.match(line.text) if line.text[:1] == "[" else None  # most lines open on a word
        if alt is None:
            out.append(line)
            continue
        rest = line.text[alt.end() :].rstrip()
        out.append(replace(line, text=alt.group("words") + rest, tight=line.tight and bool(rest), image=True))
    return out


# A short interview numbers its questions ("1.记者：…", "Q2 问：…"): the number is the layout's
# ornament, no word of the question, and it makes the turn read as a numbered subheading. Only
# before the asker's label: a numbered point of a list ("1.目标：…") keeps its number
QUESTION_NUMBER = re.compile(r"^(?:\d{1,2}[.．、]|Q\d{1,2})\s?(?=(?:问|记者)\s*[：:])")


def take_off_question_numbers(lines: list[Line]) -> list[Line]:
    """An interview's numbered questions written without their numbers."""
    if not page_holds(lines, "问", "记者"):
        return lines
    out = list(lines)
    for i in [i for i, line in enumerate(lines) if line.text[:1] in _QUESTION_NUMBER_OPENINGS]:
        number = QUESTION_NUMBER.match(lines[i].text)  # the pattern asked of lines opening so alone
        if number:
            out[i] = replace(lines[i], text=lines[i].text[number.end() :])
    return out


_QUESTION_NUMBER_OPENINGS = frozenset("0123456789Q")  # asked before the pattern: most lines open on a word


def before_end_mark(items: list[Item], i: int) -> bool:
    """An end mark is printed right after the line: its article's text ends there."""
    return i + 1 < len(items) and items[i + 1].kind == FURNITURE and is_end_mark(items[i + 1].text)


def close_at_end_marks(items: list[Item]) -> None:
    """The body line before an end mark (past its author's name, if any) is its article's last."""
    for i, item in enumerate(items):
        if item.kind == FURNITURE and is_end_mark(item.text):
            before = [other for other in items[max(0, i - 2) : i] if other.kind == BODY]
            if before:
                before[-1].ends_article = True


def close_at_source_notes(items: list[Item]) -> None:
    """A note in brackets on where the figures came from closes its story, set under its last
    paragraph: the line after it runs on no sentence of it, though the note closes none (the next
    story's title, printed first)."""
    for item in items:
        if item.kind == BODY and item.text[:1] in "（(" and SOURCE_NOTE.match(item.text.strip()):
            item.ends_article = True


# A run-in head: a brief's title set at the start of its first paragraph, a space before the text
_HEAD_WORDS = r"[\u4e00-\u9fff“”‘’《》0-9A-Za-z]+"
RUN_IN_GAP = re.compile(rf"^({_HEAD_WORDS})[ \u3000]+(?=\S)")
HEAD_LINE = re.compile(_HEAD_WORDS)
NUMBER_SPACING = re.compile(r"[0-9A-Za-z]$")  # "投资 30 亿元": a space set around a number, not a head's end
MIN_RUN_IN_HEAD = 6  # a title names its subject and what it did: shorter runs are words of the text
MAX_RUN_IN_LINES = 3  # a brief's title fills a line or two of its narrow column
# A space between two Chinese characters, which no phrase of running text holds: a justified
# line's spacing, written out by the extractor
JUSTIFYING_GAP = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")  # "（记者 张伟）": a credit's spaced roles and names
# Lines either side of a run-in head's line that show whether its column is justified by gaps:
# an extractor writing them does so on many of a column's full lines, not on one in ten
JUSTIFIED_REACH = 3


def split_run_in_heads(items: list[Item]) -> list[Item]:
    """A brief may print its title at the start of its first paragraph, a space before the text
    on the same line: the words before the first space of a paragraph's opening line, when they
    hold no mark of a clause and prose follows them, are its headline. A justified line's gaps
    fall anywhere, inside a word as well ("…公共服 务平台，"): a head ends between two words."""
    out: list[Item] = []
    for i, item in enumerate(items):
        if " " not in item.text and "\u3000" not in item.text:
            out.append(item)  # most lines: no gap a head could end at (asked before the call)
            continue
        below = items[i + 1].text if i + 1 < len(items) and items[i + 1].kind == BODY else ""
        split = _run_in_split(out, item, below)
        if split is None or _justified_by_gaps(items, i, split[2]):
            out.append(item)
            continue
        above, head, rest = split
        del out[len(out) - len(above) :]
        line = item.lines[0]
        head_lines = [*(part.lines[0] for part in above), replace(line, text=head)]
        out.append(Item(HEADLINE, head_lines, "\n".join(head_line.text for head_line in head_lines)))
        opening = replace(line, text=rest, indented=True, paragraph_indent=True)
        out.append(replace(item, lines=[opening], text=rest))
    return out


def _run_in_split(before: list[Item], item: Item, below: str) -> tuple[list[Item], str, str] | None:
    """The head's lines above this one, its words on this line and the text after them (a
    dateline may run over to the line below: "本报" / "讯(通讯员 玉罕)")."""
    if item.kind != BODY or len(item.lines) != 1 or is_letter_spaced(item.text):
        return None
    match = RUN_IN_GAP.match(item.text)  # the caller has seen a gap in the line
    if match is None or NUMBER_SPACING.search(match.group(1)) or names.DATELINE.match(match.group(1)):
        return None
    if under_titled_byline(before, len(before)):
        return None  # its title stands over its byline
    rest = item.text[match.end() :]
    if HALF_WIDTH.match(rest) or not (CLAUSE_MARK.search(rest) or names.DATELINE.match(rest + below)):
        return None
    above = _run_in_lines_above(before, item)
    if above is None:
        return None
    head = "".join(part.text for part in above) + match.group(1)
    if len(head) < MIN_RUN_IN_HEAD or nlp.splits_word(head, squeeze(rest)):
        return None  # a space inside a word is a justified line's gap, no head's end
    return above, match.group(1), rest


def _justified_by_gaps(items: list[Item], i: int, rest: str) -> bool:
    """The gap after a run-in head's words is one of the gaps of a column justified with its
    spacing written out: the rest of the line, or a text line near it, holds one too (a brief's
    head is set apart on its line alone, the text around it tight)."""
    if justifying_gap(rest):
        return True
    near = items[max(0, i - JUSTIFIED_REACH) : i] + items[i + 1 : i + 1 + JUSTIFIED_REACH]
    # a gap that may end another brief's run-in head tells nothing of the column's setting
    return any(
        other.kind == BODY and justifying_gap(RUN_IN_GAP.sub("", other.text, count=1)) for other in near
    )


def justifying_gap(text: str) -> bool:
    """A gap between two words of running text; a dateline's and a credit's spaces part its
    roles and names."""
    if " " not in text and "\u3000" not in text:
        return False  # most lines hold no space: no pattern is tried
    return not names.starts_with_dateline(text) and JUSTIFYING_GAP.search(BRACKETED.sub("", text)) is not None


def _run_in_lines_above(before: list[Item], item: Item) -> list[Item] | None:
    """The lines of a head wrapped before its last: none of them a clause, the first opening a
    paragraph (indented, or after a closed sentence or anything but text)."""
    above: list[Item] = []
    current = item
    while not _opens_paragraph(before, len(before) - len(above), current):
        previous = before[len(before) - len(above) - 1]
        if len(above) + 1 >= MAX_RUN_IN_LINES or previous.kind != BODY or len(previous.lines) != 1:
            return None
        if not HEAD_LINE.fullmatch(previous.text):
            return None
        above.insert(0, previous)
        current = previous
    return above


# A roundup of the week's news ("一周园区") prints each item under its day, run in: the day
# ("◎周三", "5月5日", "2日") and a space, the item's title, an em space, then its text. The day
# is the column's ornament, no word of the title (a story's sentence opening on a date runs on
# after it with no space, or reaches a clause mark long before an em space). An OCR may write a
# stray space inside the day ("◎周 一")
DAY_OF_ITEM = re.compile(r"^(?:◎\s?周\s?[一二三四五六日天]|(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日) (?=\S)")
ITEM_TITLE_END = re.compile("\u3000")
MAX_DATED_TITLE_LINES = 4  # a title of thirty characters wraps over four lines of a narrow column
MAX_DATED_TITLE = 40  # characters: longer is a paragraph's text, whatever space it holds
TITLE_BREAKS_OFF = re.compile(r"[，。；！？：,;!?]")  # a clause mark: text, no title, before the space
# A mark only a sentence holds: a headline may hold a colon ("贵阳高新区：…") or an exclamation
SENTENCE_CLAUSE = re.compile(r"[，。；,;]")
# The day's weekday after it ("5月8日 星期一 晴"): the date written out whole, a diary's day heading
# over its entry or a date line, no item's title run in after its day
WEEKDAY_AFTER_DAY = re.compile(r"^(?:星期|周)[一二三四五六日天]")


def split_dated_items(items: list[Item]) -> list[Item]:
    """An item of a week's roundup opens on its day, its title run in after it up to an em
    space: the day is furniture, the title the item's headline (wrapped over a line or more
    of its column, which may have read as a headline's lines, under the column's name or over
    the text's first line), and the text after the space opens the item. The roundup's name,
    printed right over its first item's day, is the column's logo, no kicker of the item's."""
    if not lines_hold(items, *_DAY_MARKS):
        return items  # most pages print no roundup: no line holds a day's mark
    found = _run_in_items(items, DAY_OF_ITEM, _DAY_OPENINGS, ITEM_TITLE_END, WEEKDAY_AFTER_DAY.match)
    return _split_run_in_items(items, found)


def _run_in_items(
    items: list[Item],
    opening: re.Pattern[str],
    openings: frozenset[str],
    title_end: re.Pattern[str],
    refused: Callable[[str], object],
) -> dict[int, RunInItem]:
    """The items run in after their ornament, their titles ending on `title_end`, by the index of
    the item each opens in, but those whose title `refused` turns down."""
    found = {}
    for i, item in enumerate(items):
        if item.kind in _DAY_LINE_KINDS:
            item_found = _run_in_item(items, i, opening, openings, title_end)
            if item_found is not None and not refused(item_found[3].text):
                found[i] = item_found
    return found


def _split_run_in_items(items: list[Item], found: dict[int, RunInItem]) -> list[Item]:
    """Each item found opened by its ornament (a day, a brief's mark) and its title run in: the
    ornament is furniture, the title the item's headline, the text after it opens the item; a
    column's logo over the first is furniture."""
    out: list[Item] = []
    done = 0  # the items before it are in out
    for i in sorted(found):
        if i < done:
            continue
        out += items[done:i]
        start, end, ornament, title, text = found[i]
        below = items[end + 1] if end + 1 < len(items) and _single_body_line(items[end + 1]) else None
        if len(text) == 1 and below is not None and _breaks_dateline(text[0].text, below.text):
            text, end = [replace(text[0], text=text[0].text + below.text)], end + 1  # "本" / "报讯（记者 X）"
        above = items[i].lines[:start]
        if above:
            out.append(Item(items[i].kind, above, _item_text(items[i].kind, above)))
        _set_logo_apart(out)
        out.append(Item(FURNITURE, [replace(title, text=ornament)], ornament))
        out.append(Item(HEADLINE, [title], title.text))
        # the item's text opens under its title, however short the rest of the title's line
        out.extend(Item(BODY, [line], line.text, starts_article=n == 0) for n, line in enumerate(text))
        done = end + 1
    return out + items[done:]


def _item_text(kind: str, lines: list[Line]) -> str:
    """A headline's text is its lines' joined; a body item's, its first line's."""
    return "\n".join(line.text for line in lines) if kind == HEADLINE else lines[0].text


# A column's logo: a name of a few characters, no clause, no mark
COLUMN_LOGO = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _set_logo_apart(out: list[Item]) -> None:
    """The last line read before a roundup's first day, when it is a column's name, is
    furniture (taken off the foot of a headline it was read into); a running head read between
    the name and the item is passed over."""
    k = len(out) - 1
    while k >= 0 and out[k].kind == FURNITURE:
        k -= 1
    if k < 0 or out[k].kind not in (BODY, HEADLINE) or not COLUMN_LOGO.fullmatch(out[k].lines[-1].text):
        return
    last = out.pop(k)
    logo = Item(FURNITURE, [last.lines[-1]], last.lines[-1].text)
    above = last.lines[:-1]
    out[k:k] = [Item(last.kind, above, _item_text(last.kind, above)), logo] if above else [logo]


# Kinds a day's line may have been read as: a byline's mark opens it ("◎周四 昌吉…"), or it stood
# at a headline's foot, under the column's name; and so the lines its title may wrap onto (a
# byline's words "…揭牌　本报讯（记者 阿", a headline's lines with the text's first under them)
_DAY_LINE_KINDS = (BODY, HEADLINE, BYLINE)


def _first_opening_line(lines: list[Line], openings: frozenset[str]) -> int | None:
    """The first of the lines opening on an ornament's character: a loop, not a generator, as it
    is asked of every item and most items are a line or two opening on none."""
    for n, line in enumerate(lines):
        if line.text[:1] in openings:
            return n
    return None


# An item run in after its ornament: the index of the ornament's line in its item, of the last
# item the title's lines are in, the ornament, the title's line and the text's lines after it
RunInItem = tuple[int, int, str, Line, list[Line]]


def _run_in_item(
    items: list[Item], i: int, opening: re.Pattern[str], openings: frozenset[str], title_end: re.Pattern[str]
) -> RunInItem | None:
    """The item opening on `opening` (a day, a brief's mark) at one of the lines of items[i]."""
    item = items[i]
    start = _first_opening_line(item.lines, openings)
    day = opening.match(item.lines[start].text) if start is not None else None  # most lines: a word
    if day is None:
        return None
    lines = [(i, line) for line in item.lines[start:]]
    following = range(i + 1, min(i + MAX_DATED_TITLE_LINES, len(items)))
    lines += [
        (k, line)
        for k in itertools.takewhile(lambda k: items[k].kind in _DAY_LINE_KINDS, following)
        for line in items[k].lines
    ]
    window = lines[:MAX_DATED_TITLE_LINES]
    title = ""
    for n, (end, line) in enumerate(window):
        head, space, rest = _partition(line.text[day.end() if n == 0 else 0 :], title_end)
        title += squeeze(head)
        if TITLE_BREAKS_OFF.search(title) or len(title) > MAX_DATED_TITLE:
            return None
        if not (space or _title_closes_line(window, n, title_end)):
            continue
        if len(title) < MIN_BRACKETED_HEAD:
            return None
        # the text after the space, and the lines of its item under it
        opening = (
            [replace(line, text=rest.strip(), indented=True, paragraph_indent=True)] if rest.strip() else []
        )
        text = opening + [later for k, later in lines[n + 1 :] if k == end]
        # one title run on, however its column wrapped it: no deck of title and subtitle
        return start, end, day.group().strip(), replace(lines[0][1], text=title), text
    return None


def _blank_line_under(window: list[tuple[int, Line]], n: int) -> bool:
    """A blank line under the window's line n where its other lines follow one another: an
    extractor that writes a blank line after every line (the documented one) says nothing by it."""
    numbers = [line.number for _, line in window]
    steps = [below - above for above, below in zip(numbers, numbers[1:])]
    others = steps[:n] + steps[n + 1 :]
    return steps[n] > 1 and bool(others) and all(step == 1 for step in others)


# A paper's dateline ("本报讯", "晚报讯") opens an item's text
PAPER_DATELINE = re.compile(r"^[\u4e00-\u9fff]{1,2}报\s*讯")


def _partition(text: str, end: re.Pattern[str]) -> tuple[str, str, str]:
    """str.partition at the first match of a pattern."""
    found = end.search(text)
    return (text[: found.start()], found.group(), text[found.end() :]) if found else (text, "", "")


def _title_closes_line(window: list[tuple[int, Line]], n: int, title_end: re.Pattern[str]) -> bool:
    """The em space after the title fell at a line's end, or opened the next line, where the
    extractor wrote no space (it strips a line's ends, an OCR its indents): the line ends in one,
    or the next opens the text, after an indent's space or on the paper's dateline, or reaches a
    sentence's clause mark before any space (no title holds one: the text opened there, "近日，…"). A blank
    line under a brief's title (the next line read further down the page) sets it apart from the text, a
    headline over its story under a marked kicker: a brief's title runs into its text."""
    if window[n][1].em_space_end:
        return True
    below = window[n + 1][1] if n + 1 < len(window) else None
    if below is None or (window[0][1].text[:1] in _BRIEF_OPENINGS and _blank_line_under(window, n)):
        return False
    # a stop closing the line alone ends the sentence run on from the day's line (a chronicle's
    # "11月9日 宁乡高新区举办" / "企业家沙龙。"): no text opened under a title
    opens_clause = SENTENCE_CLAUSE.search(_partition(below.text, title_end)[0].rstrip("。")) is not None
    return (
        below.indented
        or opens_clause
        or PAPER_DATELINE.match(below.text) is not None
        or _stops_short(window, n)
    )


# An em or more: a title's line wrapped in the middle runs to its column's edge; the space after its
# last word, and the text's first character, did not fit on its last one
SHORT_OF_COLUMN = 1.0
HALF_COLUMN = 0.5


def _stops_short(window: list[tuple[int, Line]], n: int) -> bool:
    """The title's line stops short of the lines it wrapped from (its column's width at the
    title's size, which may be larger than the text's) where its setter broke it before the space
    after the title: no word or figure runs on into the line below, and that line opens on nothing
    carried over (which leaves the line above short)."""
    line, below = window[n][1].text.strip(), window[n + 1][1].text.strip()
    if n == 0:
        # a title's first line alone shows only the text's column, its type maybe larger: a line
        # stopping short of half of it is cut off there ("■园区观察", a kicker over its title). A
        # title run on after the brief before opened mid-line: its line's width is no measure of it
        if window[0][1].run_on:
            return False
        # a line holding a whole paragraph (a reader that writes one a line) measures no column: it
        # ends the title only as the text opening right under it, not under the title's own wrap
        widths = [set_width(other.text) for _, other in window[1:]]
        column = widths[0] if widths[0] > WHOLE_PARAGRAPH else max(w for w in widths if w <= WHOLE_PARAGRAPH)
        return display_width(line) < column * HALF_COLUMN and not runs_on(line, below)
    column = max(set_width(above.text) for _, above in window[:n])
    if carried_over(below) or display_width(line) > column - SHORT_OF_COLUMN:
        return False
    return not runs_on(line, below)


_DAY_OPENINGS = frozenset("◎0123456789")
_DAY_MARKS = ("◎", "日 ")  # what every day DAY_OF_ITEM takes holds: its ornament, or 日 and a space


# Briefs run together in one paragraph under a column's banner (简讯, 快讯): each opens on its mark,
# its title run in up to an em space, then its dateline or text and, maybe, its closing credit;
# the next one's mark follows right after the last sentence or the credit, wherever the line falls
BRIEF_MARKS = "◆▲■●"
BRIEF_MARK = re.compile(rf"^[{BRIEF_MARKS}](?=[\u4e00-\u9fff“《])")
_BRIEF_OPENINGS = frozenset(BRIEF_MARKS)
# The em space ending a brief's title, or the ordinary space an extractor writes for it (or the
# paper sets) between a title's last word (or closing mark) and the text's first: running text holds
# no space there; a space set round a figure ("新增 5 家") or after an ornament ("□ 本报记者") is none
BRIEF_TITLE_END = re.compile("\u3000|(?<=[\u4e00-\u9fff”’」》）]) +(?=[\u4e00-\u9fff“‘「《（])")
# A mark after a closed sentence or credit, before a title's first word or at the line's end
_RUN_ON_BRIEF = re.compile(rf"(?<=[。！？”）)])[{BRIEF_MARKS}](?=[\u4e00-\u9fff“《]|$)")


def split_run_on_briefs(lines: list[Line]) -> list[Line]:
    """A brief's mark run on after the last words of the brief before opens a line of its own,
    marked as run on (a mark left at a line's end opens the next line): no subheading opens
    inside a paragraph, so the mark there opens a brief."""
    if not page_holds(lines, *BRIEF_MARKS):
        return lines
    out: list[Line] = []
    carried = ""  # a mark the line above ended on
    for line in lines:
        if carried:
            line = replace(line, text=carried + line.text.lstrip(), run_on=True, indented=False)
        parts = _RUN_ON_BRIEF.split(line.text) if any(m in line.text for m in BRIEF_MARKS) else [line.text]
        marks = _RUN_ON_BRIEF.findall(line.text) if len(parts) > 1 else []
        carried = marks.pop() if marks and not parts[-1] else ""
        if carried:
            parts.pop()
        out.append(replace(line, text=parts[0], tight=line.tight and len(parts) == 1))
        out += [
            replace(line, text=mark + part, run_on=True, indented=False, paragraph_indent=False)
            for mark, part in zip(marks, parts[1:])
        ]
    return out


def split_marked_briefs(items: list[Item]) -> list[Item]:
    """A brief opening on its mark, its title run in up to an em space, is an article of its own
    (the banner over the run the column's logo), where it shows itself a brief and no subheading
    run in at a section's head: its text opens on a dateline, or it was run on after the brief
    before, or a credit closes the item above it, or a sibling in the same run shows so, or it
    follows a brief, marked as it likes (a strip may mark its briefs each its own way), with
    nothing but that brief's text between."""
    if not lines_hold(items, *BRIEF_MARKS):
        return items  # most pages print no brief's mark: no item is asked for one
    found = _run_in_items(items, BRIEF_MARK, _BRIEF_OPENINGS, BRIEF_TITLE_END, _no_brief_title)
    unheaded = {i: brief for i, brief in found.items() if not _set_as_a_headline(items, i, brief)}
    shown = {i for i, brief in unheaded.items() if _shows_a_brief(items, i, brief)}
    briefs: dict[int, RunInItem] = {}
    for i in sorted(found):  # top down: each brief taken leads on to the next
        # right under a brief, a marked title read as a headline is the next one's, no kicker
        if _follows_a_brief(items, i, briefs) or (i in unheaded and _shown(items, i, unheaded, shown)):
            briefs[i] = found[i]
    return _split_run_in_items(items, briefs)


def _shown(items: list[Item], i: int, found: dict[int, RunInItem], shown: set[int]) -> bool:
    return i in shown or _sibling_shown(items, i, found, shown)


def _follows_a_brief(items: list[Item], i: int, briefs: dict[int, RunInItem]) -> bool:
    """Only text and its closing credit stand between the marked title and a brief above it: one
    taken already, or one split off at its brackets (its ornament kept as furniture). A story's
    subheading stands under its own title, which parts it from any brief above."""
    k = i - 1
    while k >= 0 and items[k].kind in (BODY, AUTHOR) and k not in briefs:
        k -= 1
    return k >= 0 and (k in briefs or (items[k].kind == FURNITURE and items[k].text == BRACKETS))


def _no_brief_title(title: str) -> bool:
    """A head wrapped between two marks ("◆创新驱动◆") is a section's; words naming a role after
    the mark ("■本报记者 X") are a byline, and so are names alone, one or several listed with the
    enumeration comma ("■X", "■X、Y"): a brief's title says what happened."""
    return (
        any(mark in title for mark in BRIEF_MARKS)
        or names.ROLE_PATTERN.search(title) is not None
        or _names_alone(title)
    )


def _names_alone(title: str) -> bool:
    """ "司马晓东", "芮晓彤、喻红": names the dictionary knows no word of, one at least on a listed
    surname (a title's two words may read as a name of unlisted sounds: "科技赋能")."""
    people = title.replace("、", " ")
    return reads_as_unlisted_names(people) and any(names.is_name(person) for person in people.split())


# a gap between two full-width characters: a display line letter-spaced ("常 德 高 新 区"), or a
# kicker and its title written on one line ("■园区观察 让…"); a figure set apart ("超 3000 亿元") is none
_DISPLAY_GAP = re.compile(r"[^\x00-\x7f] +[^\x00-\x7f]")


def _set_as_a_headline(items: list[Item], i: int, brief: RunInItem) -> bool:
    """A marked title closing at a line's end, set as a headline is, no brief's title run into its
    text (which is read as the text is): a gap inside its lines, or a headline's group holding it
    whole and more than its marked line, or the title running on past a headline's group, or what
    follows the marked words read as a headline. The mark is a kicker's over the story's headline,
    unless it stands right under the column's logo, where no story's headline stands (a story's
    kicker may follow the credit closing the story before)."""
    start, end, _, _, text = brief
    if _under_column_logo(items, i, start):
        return False
    if text:  # its text run in after the em space, or on the title's own lines
        return _title_under_kicker(items, end, text)
    if end + 1 < len(items) and _title_under_kicker(items, end + 1, items[end + 1].lines):
        return True
    lines = [*items[i].lines[start:], *(line for k in range(i + 1, end + 1) for line in items[k].lines)]
    headed = items[i].kind == HEADLINE and (end > i or start == 0 and len(items[i].lines) > 1)
    return headed or any(_DISPLAY_GAP.search(line.text.strip()) for line in lines)


def _title_under_kicker(items: list[Item], k: int, lines: list[Line]) -> bool:
    """The words after the marked ones (lines of items[k]) are no brief's text but the story's
    title under its kicker ("■园区观察 让…"): they hold no clause and open on no dateline, where a
    brief's text reads as a sentence at once, and are read as a headline, or stand over the
    story's byline or its text's dateline."""
    words = squeeze("".join(line.text for line in lines))
    if holds_clause(words) or names.starts_with_dateline(words):
        return False
    below = items[k + 1] if k + 1 < len(items) else None
    return items[k].kind == HEADLINE or (
        below is not None and (below.kind in (BYLINE, AUTHOR) or names.starts_with_dateline(below.text))
    )


def _shows_a_brief(items: list[Item], i: int, brief: RunInItem) -> bool:
    """Run on after the brief before, or after its closing credit, or right under the column's
    logo (快讯, 简讯), or its text opening on a dateline (broken over lines as it may be: "本" /
    "报讯（记者 X）")."""
    start, end, _, _, text = brief
    if items[i].lines[start].run_on or _where_a_brief_opens(items, i, start):
        return True
    below = items[end + 1].text if end + 1 < len(items) and items[end + 1].kind == BODY else ""
    return names.starts_with_dateline(squeeze("".join(line.text for line in text[:2]) + below))


def _where_a_brief_opens(items: list[Item], i: int, start: int) -> bool:
    """Line `start` of items[i] opens right under the closing credit of the brief before, or under
    the column's logo."""
    return _under_closing_credit(items, i, start) or _under_column_logo(items, i, start)


# A brief's closing credit the names list may not know (a name of a people's sounds): a name's few
# characters alone on a line right after the text's closed sentence
CREDIT_ALONE = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _under_closing_credit(items: list[Item], i: int, start: int) -> bool:
    """Line `start` of items[i] opens right under the closing credit of the brief before: an
    item read as one, or a name's length alone on its line under a closed sentence (read as a
    line of its own, or into the headline's group over the title)."""
    if start == 0 and i > 0 and items[i - 1].kind == AUTHOR:
        return True
    if start > 1 or (start == 0 and (i < 1 or len(items[i - 1].lines) != 1)):
        return False
    credit, k = (items[i].lines[0], i - 1) if start == 1 else (items[i - 1].lines[0], i - 2)
    closed = k >= 0 and items[k].kind == BODY and ends_sentence(items[k].text)
    return closed and CREDIT_ALONE.fullmatch(credit.text.strip()) is not None


# A run of briefs is bannered as news in brief ("园区快讯", "简讯", "短波", "速递"): a page's or
# section's name standing alone over a story's kicker ("高新区", "科技园区周刊") is no such logo
BRIEFS_BANNER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:快讯|简讯|短讯|短波|速递|速览|动态|传真|播报|集锦|资讯)")


def _under_column_logo(items: list[Item], i: int, start: int) -> bool:
    """The line read right above a marked title is the banner of a run of briefs standing alone
    (a story's subheading follows its text's paragraphs, no label)."""
    if start > 0:
        above = items[i].lines[start - 1]
    elif i > 0 and len(items[i - 1].lines) == 1 and items[i - 1].kind in (HEADLINE, BODY, FURNITURE):
        above = items[i - 1].lines[0]
    else:
        return False
    return BRIEFS_BANNER.fullmatch(above.text.strip()) is not None


def _sibling_shown(items: list[Item], i: int, found: dict[int, RunInItem], shown: set[int]) -> bool:
    """A brief of the same run shows itself one: the same mark, and no other headline or caption
    between them (a story's subheadings under their own title are no run of briefs)."""
    mark = found[i][2]
    for k in shown:
        if found[k][2] != mark:
            continue
        if not any(_parts_briefs(item) for item in items[min(i, k) + 1 : max(i, k)]):
            return True
    return False


def _parts_briefs(item: Item) -> bool:
    """A headline or caption that is no brief's marked title stands between two runs."""
    return item.kind in (HEADLINE, CAPTION) and item.text[:1] not in _BRIEF_OPENINGS


# A brief's title run into its text in lenticular brackets: "【X高新区…投产】本报讯…"
BRACKET_OPEN, BRACKET_CLOSE = "【", "】"
BRACKETS = BRACKET_OPEN + BRACKET_CLOSE  # a bracketed title's ornament, kept as the page's furniture
RUN_IN_SPACE = "\u3000"  # the em space after a subheading run in at a paragraph's head
MIN_BRACKETED_HEAD = 4  # "【链接】", "【数说】": shorter is a label, and a label stands on a line of its own


def split_bracketed_heads(items: list[Item]) -> list[Item]:
    """A brief of a bulletin may open with its title in 【】 and run its text on after the
    bracket, the title wrapped over a line or two of its column: the words inside are its
    headline, the brackets decoration of no field (kept with the page's furniture), and the text
    after them opens the brief. A 【】 line with nothing after it is a subheading or a label,
    unless 本报讯 opens the line below or the line stands where a brief opens (under the closing
    credit of the brief before, or the column's logo). A title wrapped over lines may have read as
    a headline's first lines; the bracket closing on a headline's line with words after it is a
    kicker set on its title's line ("【园区观察】让…"), no brief's."""
    if not lines_hold(items, BRACKET_OPEN):
        return items  # most pages print no bracketed title
    out: list[Item] = []
    i = 0
    while i < len(items):
        found = _bracketed_head(items, i)
        if found is None:
            out.append(items[i])
            i += 1
            continue
        start, end, head_lines, rest = found
        above = items[i].lines[:start]
        if above:
            out.append(Item(HEADLINE, above, _item_text(HEADLINE, above)))
        _set_logo_apart(out)
        # a bracketed label right under a story's headline is that story's (a photo's, a box's):
        # a brief's title stands under text, a credit or the logo, never under another headline
        opens_story = bool(above) or not (out and out[-1].kind == HEADLINE)
        out.append(Item(HEADLINE, head_lines, "\n".join(line.text for line in head_lines)))
        out.append(Item(FURNITURE, [items[i].lines[start]], BRACKETS))
        below = items[end + 1] if end + 1 < len(items) and _single_body_line(items[end + 1]) else None
        if rest and below is not None and _breaks_dateline(rest, below.text):
            rest, end = rest + below.text, end + 1  # "…】本" / "报讯（记者 X）": the dateline is one
        if rest:
            opening = replace(items[end].lines[0], text=rest, indented=True, paragraph_indent=True)
            out.append(replace(items[end], lines=[opening], text=rest, starts_article=opens_story))
        i = end + 1
    return out


def _bracketed_head(items: list[Item], i: int) -> tuple[int, int, list[Line], str] | None:
    """The line of items[i] the bracket opens on, the index of the item it closes in, the head's
    lines and the text after it."""
    start = _bracket_opening(items[i])
    if start is None:
        return None
    first = items[i].lines[start]
    if opens_editor_note(first.text):
        return None  # "【编者的话】…": a note's label, the note run on after it, no brief's title
    for end in range(i, min(i + MAX_RUN_IN_LINES, len(items))):
        if end > i and not _single_line(items[end], (BODY, HEADLINE)):
            return None
        text = first.text[1:] if end == i else items[end].text
        if BRACKET_CLOSE not in text:
            if BRACKET_OPEN in text or not HEAD_LINE.search(text) or ends_sentence(text):
                return None
            continue
        head, rest = text.split(BRACKET_CLOSE, 1)
        if rest.startswith(RUN_IN_SPACE):
            return None  # a subheading run in, set off from its text (a brief's title is set close)
        texts = [first.text[1:], *(items[k].text for k in range(i + 1, end)), head] if end > i else [head]
        if len(squeeze("".join(texts))) < MIN_BRACKETED_HEAD:
            return None
        if rest.strip() and items[end].kind == HEADLINE:
            return None  # a kicker in brackets before its title on the headline's line
        if not rest.strip() and not (_over_dateline(items, end) or _where_a_brief_opens(items, i, start)):
            return None
        starts = [first, *(items[k].lines[0] for k in range(i + 1, end + 1))]
        lines = [replace(line, text=t.strip()) for line, t in zip(starts, texts)]
        return start, end, [line for line in lines if line.text], rest.strip()
    return None


def _bracket_opening(item: Item) -> int | None:
    """The line of the item a bracketed title opens on: a body or headline line alone, or a
    headline's last line where the title wraps on below (its first line read into the headline
    group over it: the column's logo, a story's title printed after its text)."""
    if item.kind not in (BODY, HEADLINE) or not item.lines or item.lines[-1].text[:1] != BRACKET_OPEN:
        return None
    if len(item.lines) == 1:
        return 0
    wraps_on = item.kind == HEADLINE and BRACKET_CLOSE not in item.lines[-1].text
    return len(item.lines) - 1 if wraps_on else None


def _over_dateline(items: list[Item], end: int) -> bool:
    """本报讯 opens an article's text: a bracketed line right above it is that article's title,
    no subheading."""
    below = items[end + 1] if end + 1 < len(items) else None
    return below is not None and below.kind == BODY and names.starts_with_dateline(below.text)


def _single_body_line(item: Item) -> bool:
    return _single_line(item, (BODY,))


def _single_line(item: Item, kinds: tuple[str, ...]) -> bool:
    return item.kind in kinds and len(item.lines) == 1


def _breaks_dateline(rest: str, below: str) -> bool:
    """The line breaks inside the 本报讯 the text opens with ("…】本" / "报讯（记者 X）…")."""
    return not names.DATELINE.match(rest) and bool(names.DATELINE.match(rest + below))


def _opens_paragraph(before: list[Item], end: int, item: Item) -> bool:
    if item.indented or end == 0:
        return True
    previous = before[end - 1]
    return previous.kind != BODY or ends_sentence(previous.text)


def stands_apart(line: Line) -> bool:
    return line.repeated or line.listed or line.graphic or _special_text(line.text)


@memo_by_text  # asked of each line when the columns are ordered, and again when it is classified
def _special_text(text: str) -> bool:
    return special_items(Line(0, text)) is not None


@memo_by_text  # asked of each part of a line parted by a wide gap, as the lines are read
def reads_as_byline(text: str) -> bool:
    """The text on a line of its own would be a byline: roles and names, after a mark or not."""
    found = special_items(Line(0, text))
    return found is not None and len(found) == 1 and found[0].kind == BYLINE


def carried_on(line: Line) -> bool:
    """（上接第N版）: the text below goes on from another page."""
    jump = find_jump(line.text)
    return jump is not None and not _jumps_forward(jump.group(0))


def carried_on_from_page(note: str) -> bool:
    """A jump line alone ("（上接第1版）"): the text below goes on from another page."""
    return JUMP.fullmatch(note) is not None and not _jumps_forward(note) and not within_page(note)


# The label of a comment (记者观察, 短评) heads an inset inside the story it remarks on, as a box's
# does, or as a column's logo a comment of its own, over its title
COMMENT_WORDS = r"记者观察|专家点评|专家观点|专家解读|短评"
COMMENT_LABEL = re.compile(rf"【?\s*(?:{COMMENT_WORDS})\s*】?")


# A box printed with a feature under a label of its own ("【链接】", "■ 名词解释"): the names
# newspapers give such boxes, in brackets or after an ornament; the label is the box's heading
SIDEBAR_WORDS = (
    r"(?:相关|新闻|背景|知识)?链接|名词解释|数说|数读|相关阅读|延伸阅读|记者手记|编后|小贴士|背景"
    r"|人物简介|人物档案"  # a box on the person a story or an interview is about
    rf"|{COMMENT_WORDS}"
)
SIDEBAR_LABEL = re.compile(rf"【\s*(?:{SIDEBAR_WORDS})\s*】|[■□◆◇●▲]?\s*(?:{SIDEBAR_WORDS})")
# What a label ends on, asked before the pattern: the bracket closing it, or a name's last character
# (the words' optional openings, "(?:相关|新闻)?链接", taken off first)
_SIDEBAR_NAMES = re.sub(r"\(\?:[^)]*\)\?", "", SIDEBAR_WORDS).split("|")
_SIDEBAR_ENDS = "】" + "".join(sorted({name[-1] for name in _SIDEBAR_NAMES}))


def _sidebar_label_text(text: str) -> bool:
    return text[-1:] in _SIDEBAR_ENDS and SIDEBAR_LABEL.fullmatch(text) is not None


def _label_text(text: str) -> bool:
    """A box's or a coda's label, bare or wrapped whole in the marks a subheading may be set in
    ("〖记者手记〗", "**编后**")."""
    return _sidebar_label_text(_unwrapped(text))


# The labels of a coda, what closes a story (an afterword, a reporter's notebook): a story has one
CODA_LABEL = re.compile(r"【?\s*(?:编后语?|记者手记|编辑手记)\s*】?")


# The label of the note a paper prints before the first part of a new column or series ("开栏的话",
# "开篇的话", "开栏语"): a heading that opens the story's text under its headline group, never a line of
# that group, nor a box's label closing the story above
OPENER_LABEL = re.compile(r"【?\s*开(?:栏|篇)(?:的话|语)\s*】?")


def opener_label(text: str) -> bool:
    """A column's or series' opening note's label, bare or in a subheading's marks ("**开栏的话**")."""
    # a character asked before the pattern: few lines hold it among their first
    return "开" in text[:4] and OPENER_LABEL.fullmatch(_unwrapped(text).strip()) is not None


def coda_label(text: str) -> bool:
    """A coda's label, bare or wrapped whole in a subheading's marks ("〖记者手记〗", "**编后**")."""
    return CODA_LABEL.fullmatch(_unwrapped(text).strip()) is not None


def _unwrapped(text: str) -> str:
    """The words a line wraps whole in a subheading's marks; any other line as it is."""
    wrapped = wrapping_marks(text)
    return wrapped[1] if wrapped else text


def sidebar_label(item: Item) -> bool:
    """A headline that is a sidebar's label: its box goes with the article printed before it."""
    return item.kind == HEADLINE and _sidebar_label_text(item.text)


def comment_label(item: Item) -> bool:
    """A headline that is a comment's label: an inset's, or a column's logo."""
    return item.kind == HEADLINE and COMMENT_LABEL.fullmatch(_unwrapped(item.text)) is not None


# The label a paper prints over (or runs in before) a feature's lead, the 导语 set apart from its
# body in bold or in a box: the page's decoration, no word of the lead, the title or a heading.
# Its characters may be written spaced apart (an OCR layer's spaces between Han characters).
# A database's record labels the story's text itself the same way ("【正文】…").
LEAD_LABEL_WORDS = ("核心提示", "核心阅读", "阅读提示", "内容提要", "导语", "导读", "正文", "全文")
_LEAD_LABEL = "|".join(r"\s*".join(word) for word in LEAD_LABEL_WORDS)
LEAD_LABEL_ALONE = re.compile(rf"\s*【?\s*(?:{_LEAD_LABEL})\s*】?\s*[：:]?\s*")
LEAD_LABEL_RUN_IN = re.compile(rf"\s*【\s*(?:{_LEAD_LABEL})\s*】\s*")
_LEAD_LABEL_OPENINGS = "【 \u3000" + "".join(sorted({word[0] for word in LEAD_LABEL_WORDS}))


def lead_label(line: Line) -> list[Item] | None:
    """A lead's label on a line of its own, furniture; or run in before the lead's first words
    ("【导语】记者从…"), the label furniture and the words after it opening the lead's paragraph."""
    text = line.text
    if LEAD_LABEL_ALONE.fullmatch(text):
        return [Item(FURNITURE, [line], text.strip())]
    run_in = LEAD_LABEL_RUN_IN.match(text)
    if run_in is None or run_in.end() == len(text):
        return None
    rest = text[run_in.end() :]
    opening = replace(line, text=rest, indented=True, paragraph_indent=True)
    return [Item(FURNITURE, [line], run_in.group().strip()), Item(BODY, [opening], rest)]


def special_items(line: Line) -> list[Item] | None:
    """Furniture, jump lines, sidebar labels, captions and bylines, recognised by their own text."""
    text = line.text
    if text[:1] in _LEAD_LABEL_OPENINGS:  # a character asked before the patterns: few lines open so
        found = lead_label(line)
        if found is not None:
            return found
    if (
        line.repeated
        or line.listed
        or line.graphic
        or text[:1] == "["  # asked before the pattern: most lines open on a word
        and _PHOTO_MARK_ALONE.fullmatch(text) is not None
        or is_furniture_line(text)
        or record_header(text)
        or text.endswith(_END_MARK_CLOSES)  # asked before the call: most lines close on no end mark
        and is_end_mark(text)
    ):
        return [Item(FURNITURE, [line], text)]
    if _sidebar_label_text(text) or opener_label(text):
        return [Item(HEADLINE, [line], text)]  # a heading as printed, like any subheading
    jump = find_jump(text)
    if jump:
        rest = (text[: jump.start()] + " " + text[jump.end() :]).strip()
        furniture = Item(FURNITURE, [line], jump.group(0))
        if not rest:
            return [furniture]
        body = Item(BODY, [Line(line.number, rest, line.tight)], rest)
        _mark_jump(body, jump.group(0), forward=jump.start() > 0)
        return [body, furniture] if body.ends_article else [furniture, body]
    continued = CONTINUED_TITLE.search(text) if "续" in text else None  # a word asked before a pattern
    if continued and not ends_sentence(text[: continued.start()]) and display_width(text) <= 30:
        return [Item(HEADLINE, [line], text)]
    # "策划：X｜执笔：Y": the writers' credit after the staff's, asked only of a line a byline's mark may
    # open (no comma): the rest never read it
    credit = names.writers_credit(text) if "，" not in text else text
    marked = (
        "，" not in text  # a character asked before the pattern: most lines of text hold a comma
        and BYLINE_MARK.match(credit)
        and not ends_sentence(text)
        and display_width(text) <= 30
        and not REPORTED_RUNS_ON.search(text)
        and names.byline_authors(text)  # a mark before no name opens a subheading ("■从卖纤维到卖制品")
        # words that read as phrases make a marked line a subheading listing things; "文/" opens
        # no subheading, and a compound surname reads as two words ("文/诸葛明远 陆晓冬")
        and (names.TEXT_CREDIT.match(credit) or not names.lists_phrases(credit))
    )
    metadata = metadata_byline(text) if AUTHOR_FIELD in text else ""  # a word asked before the pattern
    if metadata:
        return [Item(BYLINE, [line], metadata)]
    bracketed = names.lenticular_credit(text)  # "【融媒体记者 X 通讯员 Y】": the byline, set off
    if bracketed and reads_as_byline(bracketed):
        return [Item(BYLINE, [line], bracketed)]
    sourced = ("来源" in text and SOURCE_CREDIT.match(text)) or names.is_reprint_source(text)
    if sourced or names.credits_supplier(text):
        return [Item(AUTHOR, [line], text)]  # closes the article it credits, as its author's name does
    if marked and names.TEXT_CREDIT.match(credit):
        return [Item(BYLINE, [line], text)]  # "文/X 图/Y": the writer's credit, the photo's after it
    # 摄 looked for first: the photographer's pattern is the costliest search of every line
    if is_caption(text):
        return [Item(CAPTION, [line], text)]
    if "，" in text:
        return None  # a comma, which most lines of text hold, parts no names: no byline's line
    if marked or names.is_byline(text) and not _interview_turn(line) or reads_as_slashed_names(text):
        return [Item(BYLINE, [line], text)]
    return None


# A column's logo over the headline of each story filed under it ("〖一线观察〗", "‖他山之石‖"): the
# column's name of a few characters framed in white lenticular brackets or double bars, no clause. A
# subheading printed in the same brackets stands between two paragraphs of its story, in its text,
# never among its headlines; a box's or a lead's label opens text. (A name in plain lenticular
# brackets over a title, "【一线见闻】", is the story's kicker, as papers print a series' name.)
COLUMN_LABEL = re.compile(r"〖[\u4e00-\u9fff]{2,6}〗|‖[\u4e00-\u9fff]{2,6}‖")
_COLUMN_LABEL_OPENINGS = "〖‖"


def column_label(text: str) -> bool:
    """A column's label in its brackets or bars, no box's, coda's or lead's label."""
    text = text.strip()
    return (
        text[:1] in _COLUMN_LABEL_OPENINGS  # asked before the patterns: most lines open on a word
        and COLUMN_LABEL.fullmatch(text) is not None
        and not (_label_text(text) or coda_label(text) or LEAD_LABEL_ALONE.fullmatch(_unwrapped(text)))
    )


def metadata_byline(text: str) -> str:
    """ "作者：X　Y" of a metadata line made of fields alone, two at least, opening on one; "" for
    any other line (a sentence's "作者：" has no field before or after it)."""
    fields = list(METADATA_FIELD.finditer(text))
    if len(fields) < 2 or text[: fields[0].start()].strip(FIELD_GAPS):
        return ""
    ends = [field.start() for field in fields[1:]] + [len(text)]
    values = {field.group(1): text[field.end() : end].strip(FIELD_GAPS) for field, end in zip(fields, ends)}
    if not all(values.values()) or not values.get(AUTHOR_FIELD):
        return ""  # a label with no value: a line of text that names such words
    byline = f"{AUTHOR_FIELD}：{values[AUTHOR_FIELD]}"
    return byline if names.byline_authors(byline) else ""


def _interview_turn(line: Line) -> bool:
    """ "　　记者：这些产品…": a role's label opening an indented line opens a paragraph, an
    interview's turn; a credit line is set flush under its headline."""
    return line.indented and names.has_role_label(line.text)


def apply_jump_lines(items: list[Item]) -> None:
    """A jump line on its own closes the article above (下转) or opens the one below (上接)."""
    for i, item in enumerate(items):
        if item.kind != FURNITURE or not JUMP.fullmatch(item.text):
            continue
        forward = _jumps_forward(item.text)
        j = neighbour(items, i, -1 if forward else +1)
        # a subheading set centred over a section the page breaks off is the last line of the
        # text printed here: no title is set centred over a jump line
        if j is not None and (items[j].kind == BODY or forward and set_centred(items[j])):
            _mark_jump(items[j], item.text, forward)
        elif j is not None and not forward and within_page(item.text) and items[j].kind == HEADLINE:
            # a tail carried on in another column of the page may open on a subheading or a
            # closing box's label ("编后"): the story's title stands over its first part
            _mark_jump(items[j], item.text, forward)


def _jumps_forward(note: str) -> bool:
    return bool(FORWARD_JUMP.search(note))


def _mark_jump(body: Item, note: str, forward: bool) -> None:
    """A body line before a jump note ends the part of an article printed here, one after it
    opens it. The page (or column) number is kept, for joining the parts of an issue (or of a
    page), when the note points the way it stands (下转 after the text, 上接 before it)."""
    number = jump_number(note) if forward == _jumps_forward(note) else 0
    page, column = (0, number) if within_page(note) else (number, 0)
    if forward:
        body.ends_article, body.continues_on, body.continues_in_column = True, page, column
    else:
        body.starts_article, body.continued_from, body.continued_from_column = True, page, column


MIN_REPEATED_LINE = 4  # characters of a line whose repeats are no chance: "问：" may recur in a text
# A speaker's colon, a question or an exclamation: an interview's turn, or its question pulled out
# and printed again in large type, is text however often it is printed
_SPOKEN = re.compile(r"[：:？！?!]")


# An entry of a contents box: a bullet, then the title of a story on the page
CONTENTS_BULLETS = "■□◆◇●○◎·•▶►★☆"
CONTENTS_ENTRY = re.compile(rf"^[{CONTENTS_BULLETS}]\s*(?P<title>\S.*)$")
MIN_CONTENTS_ENTRIES = 2  # a box lists the page's stories: one bulleted line is a list's item
MAX_CONTENTS_LABEL = 6  # the box's label: "本期导读", "今日看点"
MIN_TITLE_LINE = 4  # characters of the shortest title a box lists: a phrase at the least


def mark_contents_box(lines: list[Line]) -> list[Line]:
    """A page may open on a box listing its stories ("本期导读" over "● 承德高新区…" / "◇ 江阴高新区…"):
    each entry a bullet and a title that the page prints again over its story, lower down. Two
    such entries running, and the short label over them, are the page's furniture: no headline
    of a story, however much they look like one."""
    if not _entries_running(lines):
        return lines  # most pages: no box's entries to look up
    page_text, starts, openings = _page_text_run_together(lines)
    run: list[int] = []
    for k, line in enumerate(lines + [Line(0, "")]):
        if k < len(lines) and _lists_title_below(line.text, page_text, starts[k + 1], openings):
            run.append(k)
            continue
        if len(run) >= MIN_CONTENTS_ENTRIES:
            label = run[0] - 1
            if label >= 0 and _contents_label(lines[label].text):
                run.insert(0, label)
            for j in run:
                lines[j].listed = True
        run = []
    return lines


def _page_text_run_together(lines: list[Line]) -> tuple[str, list[int], list[int]]:
    """The page's lines squeezed and run together, where each line starts in that text, and where
    each line or each part of a line apart by a gap starts (a title may open a part: written on
    one line with its kicker, or across the gutter from the column beside it). A title printed
    again is found there however its column wraps it, and whatever shares its lines (its kicker,
    its byline, a run-in item's text, an image's alt-text brackets)."""
    parts = [[squeeze(part) for part in line.text.split()] for line in lines]
    starts = list(itertools.accumulate((sum(map(len, line)) for line in parts), initial=0))
    part_lengths = (len(part) for line in parts for part in line)
    openings = sorted({*starts, *itertools.accumulate(part_lengths, initial=0)})
    return "".join(part for line in parts for part in line), starts, openings


# A chart printed as a graphic beside the stories, under a label of its own ("数读", "数读园区",
# "图说数据"): a box of figures, each set large over its label or under it ("46家" / "平台接入园区"),
# or a bar chart whose callouts the extractor reads as label, bars and figure ("园区企业 ▇ 1家");
# its source or its maker under it ("数据来源：园区管委会", "制图：本报美术编辑部"). The extractor
# reads it wherever the graphic sits in the content stream, over a title or between a story's
# lines: the page's furniture, never a title, nor a story's text
# the labels of a box of figures, set as a graphic or as bulleted rows (set_aside_facts_boxes)
FACTS_LABELS = "数说|数读"
# (or "一图读懂" and its kin over a graphic that sums a park's figures up)
_CHART_WORDS = (
    *FACTS_LABELS.split("|"),
    "图说",
    "图解",
    "一图",
)  # what every label names, asked of the page first
CHART_LABEL = re.compile(
    rf"[■□◆◇●▲]?\s*(?:(?:{'|'.join(_CHART_WORDS[:-1])})(?:数据)?[\u4e00-\u9fff]{{0,4}}"
    r"|一图(?:读懂|看懂|速览|了解|解读)[\u4e00-\u9fff]{0,6})"
)
_CHART_LABEL_OPENINGS = "数图一■□◆◇●▲"
# the graphic's own title under its label, a phrase of no clause ("江门高新区前三季度“成绩单”")
CHART_TITLE = re.compile(r"[\u4e00-\u9fff“”‘’：·\d]{4,24}")
# a figure and its unit, after its label and its bars or not ("99.99%", "1.2万吨", "中心已有 ▇ 9个")
CHART_FIGURE = re.compile(
    r"(?P<label>[\u4e00-\u9fff“”]{2,12}\s*)?(?:[\u2580-\u259f■]+\s*)?\d+(?:\.\d+)?\s*(?:[%‰]|[\u4e00-\u9fff]{1,3})"
)
# a figure's label printed on a line of its own: a phrase, no clause nor figure ("级氧化镁纯度")
CHART_FIGURE_LABEL = re.compile(r"[\u4e00-\u9fff“”]{2,12}")
CHART_SOURCE_LABEL = r"(?:资料来源|数据来源|来源|制图|制表)\s*[：:]"
CHART_SOURCE = re.compile(rf"{CHART_SOURCE_LABEL}\s*[^，。；：:]{{2,20}}")
HAN = re.compile(r"[\u4e00-\u9fff]")


def mark_charts(lines: list[Line]) -> list[Line]:
    """A chart's label, its figures and their labels, and its source line are the page's
    furniture: each line is marked to stand apart. A label over no figure (a box of sentences
    under "数读") marks nothing."""
    if page_holds(lines, *_TITLED_CHART_WORDS):
        for k, line in enumerate(lines):
            if line.text[:1] in _TITLED_CHART_OPENINGS and TITLED_CHART_LABEL.match(line.text):
                for j in _titled_chart_lines(lines, k):
                    lines[j].graphic = True
    if page_holds(lines, *_CHART_WORDS):
        for k, line in enumerate(lines):
            text = line.text
            if text[:1] in _CHART_LABEL_OPENINGS and CHART_LABEL.fullmatch(text):  # most lines: neither
                if k + 1 < len(lines) and lines[k + 1].box_row:
                    continue  # a box set in type, the story's own text (open_facts_rows)
                for j in _chart_lines(lines, k):
                    lines[j].graphic = True
    for k, line in enumerate(lines):
        # a figure asked before the pattern: most lines open on a word
        if line.text[:1].isdigit() and not line.graphic:
            for j in _figures_strip(lines, k):
                lines[j].graphic = True
    return lines


# A chart or a table set as a graphic under its label and its title on one line ("图表：园区产值一览",
# "图示：…"), its title wrapped or not, over its labels and figures, words or numbers alone on their
# lines ("工业硅" / "20万吨", "集群营业收入" / "512亿元 622亿元", "2023年 2024年"), closed by its source
# ("数据来源：园区管委会", its last word or two run over to a line of their own). Every line between is
# a phrase or a figure: a sentence among them is a story's text, and the label marks nothing.
_TITLED_CHART_WORDS = ("图表", "图示", "图解")
_TITLED_CHART_OPENINGS = "图"
TITLED_CHART_LABEL = re.compile(rf"(?:{'|'.join(_TITLED_CHART_WORDS)})\s*[：:]\s*\S")
CHART_CELL = re.compile(r"[^，。；！？,;!?]{1,24}")  # a label, a title's last words, figures: no clause
MAX_TITLED_CHART_LINES = 24  # a chart's rows, each label and figure on a line of its own
# the bodies a source names close on one of these ("…管委会", "…统计局"): a source line cut short of
# it ran over to the next line
_SOURCE_BODY_END = re.compile(r"[会局委院所部司厅办室处站社网心]$")
MAX_SOURCE_RUN_OVER = 6  # the body's name past the column's measure ("…高新" / "区管委会")


def _titled_chart_lines(lines: list[Line], k: int) -> list[int]:
    """The lines of the chart whose label and title open line k, down to its source line and
    what of the source ran over; none when no source closes phrases and figures."""
    for j in range(k + 1, min(k + MAX_TITLED_CHART_LINES, len(lines))):
        text = lines[j].text
        if CHART_SOURCE.fullmatch(text):
            end = j + 1
            if end < len(lines) and _source_runs_over(text, lines[end].text):
                end += 1
            return list(range(k, end)) if j > k + 1 else []
        if CHART_CELL.fullmatch(text) is None:
            return []
    return []


def gather_chart_captions(items: list[Item]) -> list[Item]:
    """A chart under its label and title is a caption of the story it is printed with, as a photo
    is: its title, labels and figures the caption's text, its source line the credit. Its lines,
    marked as a graphic's (mark_charts), are gathered into one caption item."""
    out: list[Item] = []
    for item in items:
        if out and _chart_line(item) and _open_chart(out[-1]):
            # the source's last words run on from it; each label and figure is a cell of its own
            joint = "" if CHART_SOURCE.fullmatch(out[-1].lines[-1].text) else " "
            out[-1] = Item(CAPTION, out[-1].lines + item.lines, out[-1].text + joint + item.text)
            continue
        if _chart_line(item) and TITLED_CHART_LABEL.match(item.text):
            item = replace(item, kind=CAPTION)
        out.append(item)
    return out


def _chart_line(item: Item) -> bool:
    return item.kind == FURNITURE and all(line.graphic for line in item.lines)


def _open_chart(item: Item) -> bool:
    """A chart's caption gathered from its label on, its source line not yet reached or its last
    words not yet read."""
    if item.kind != CAPTION or TITLED_CHART_LABEL.match(item.text) is None:
        return False
    last, before = item.lines[-1].text, item.lines[-2].text if len(item.lines) > 1 else ""
    if CHART_SOURCE.fullmatch(before) and not CHART_SOURCE.fullmatch(last):
        return False  # the source and its run-over read
    return True


def _source_runs_over(source: str, below: str) -> bool:
    """The line under a source line holds its last words ("数据来源：园区管" / "委会", "…管委" / "会")."""
    cut_short = _SOURCE_BODY_END.search(source) is None or source.endswith("委") and below[:1] == "会"
    return (
        cut_short
        and len(below) <= MAX_SOURCE_RUN_OVER
        and HAN.fullmatch(below[:1]) is not None
        and _SOURCE_BODY_END.search(below) is not None
    )


# A strip of figures set large with no chart's label word over it, under a name of a word or two
# ("数字经济" / "459亿元" / "规上数字经济核心产业营业收入" / "29.0%" / "同比增长"): figures alone on their
# lines, each over its label, twice at least. No column of text holds a figure alone on a line
# twice over with a phrase between: an extractor that writes a figure apart writes it in a sentence
MIN_STRIP_FIGURES = 2
STRIP_FIGURE_LABEL = re.compile(r"[\u4e00-\u9fff“”]{2,16}")  # a phrase, longer than a chart's callout
MAX_STRIP_NAME = 6  # characters of the strip's name over its first figure


def _figures_strip(lines: list[Line], k: int) -> list[int]:
    """The strip's lines from its first figure at k on, and its name over it; none for a figure
    that is no strip's."""
    rows: list[int] = []
    j = k
    while j + 1 < len(lines) and _bare_figure(lines[j]) and STRIP_FIGURE_LABEL.fullmatch(lines[j + 1].text):
        rows += [j, j + 1]
        j += 2
    if len(rows) < 2 * MIN_STRIP_FIGURES:
        return []
    if j < len(lines) and _bare_figure(lines[j]):
        return []  # a figure under the last label: each figure stands under its label, a table's rows
    name = lines[k - 1].text if k > 0 else ""
    named = len(name) <= MAX_STRIP_NAME and CHART_FIGURE_LABEL.fullmatch(name) is not None
    return [k - 1, *rows] if named else rows


# A strip or a corner under its name ("数说园区", "一句话新闻", "读者来信", "园区问答"): items one
# after another, each opened by who or where it tells of and a colon ("X高新区：…", "河北读者 唐先生问：…",
# "答：…"), a strip of figures setting each item's figure large on a line of its own over it ("90万元" /
# "X高新区：…约90万元"). Each item is a paragraph of its own, its figure its first words; the name
# over them is the strip's title. An item's lines run on over the column, a figure among them
# ("…产值突破" / "1.5亿元"): a figure opens an item only over an opener's line.
STRIP_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
# An item opens on a place or a body it tells of ("X高新区：", "X公司："), a reader's question
# ("X读者 Y先生问：") or the answer ("答："); a role's or a deck's label ("记者：", "副题：") opens none.
STRIP_ITEM_OPENER = re.compile(
    r"(?:(?P<place>[\u4e00-\u9fff]{1,11}[区市县省州盟旗园港城镇乡村司厂院所校局委会])"
    r"|(?P<turn>[\u4e00-\u9fff]{0,8}读者 ?[\u4e00-\u9fff]{1,6}问|[问答]))[：:]"
)
# (a field's label and its value, "责任编辑：X", "时间：3月2日", "地点：X", opens a page's or an ad's
# line, no item)
STRIP_FIELD_LABEL = re.compile(rf"(?:{METADATA_LABELS}|地点|地址|(?:咨询|联系)?电话|{_PAGE_STAFF})[：:]")
MIN_STRIP_ITEMS = 2
MAX_STRIP_ITEM_LINES = 6  # an item's sentence on the narrowest column


def open_strip_items(lines: list[Line]) -> list[Line]:
    """Each item of a strip or a corner opens a paragraph (written as after an indent), its figure
    joined to its opener's line; its lines, down to the next item's, are text."""
    starts: dict[int, int] = {}  # an item's opener's line: its figure's line, or itself
    for k, line in enumerate(lines[:-1]):
        items = _strip_items(lines, k) if _names_strip(lines, k) else {}
        line.strip_name = bool(items)
        starts |= items
        openers = sorted(items)
        for above, below in zip(openers, openers[1:]):
            for inside in lines[above + 1 : items[below]]:
                inside.strip_item = True
    if not starts:
        return lines
    figures = {first for opener, first in starts.items() if first != opener}
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in figures:
            continue
        if k in starts:
            text = f"{lines[starts[k]].text} {line.text}" if starts[k] != k else line.text
            line = replace(line, text=text, indented=True, strip_item=True)
        out.append(line)
    return out


def _strip_items(lines: list[Line], k: int) -> dict[int, int]:
    """The items under the name at k: each opener's line and the line its item opens on (its figure's
    or its own); none unless an item opens right under the name and another follows. Each item of
    a strip of figures opens on its figure; each of a strip of sentences after the one above closed."""
    starts: dict[int, int] = {}
    j, running, of_figures = k + 1, 0, False
    while j < len(lines) and running <= MAX_STRIP_ITEM_LINES and not _names_next_strip(lines, j, of_figures):
        figure = _bare_figure(lines[j]) and j + 1 < len(lines) and _opens_strip_item(lines[j + 1])
        of_figures = of_figures or (figure and not starts)
        opens = figure if of_figures else (not starts or ends_sentence(lines[j - 1].text))
        if opens and (figure or _opens_strip_item(lines[j])):
            opener = j + 1 if figure else j
            if starts and _strip_item_kind(lines[opener]) != _strip_item_kind(lines[min(starts)]):
                break  # a place's item, then an interview's turn: a facts box over an interview
            starts[opener] = j
            j, running = opener + 1, 1
            continue
        if not starts:
            return {}
        j, running = j + 1, running + 1
    return starts if len(starts) >= MIN_STRIP_ITEMS else {}


def _names_next_strip(lines: list[Line], j: int, of_figures: bool) -> bool:
    """Line j names the next strip or corner, not the last words of an item of this one: an item
    of sentences closes on its full stop, and an item of figures runs on over lines as short as a
    name, the next strip's being no strip of figures."""
    return _names_strip(lines, j) and not (of_figures and _bare_figure(lines[j + 1]))


def _names_strip(lines: list[Line], k: int) -> bool:
    """Line k is a strip's name: a word or two over an item's opener, or over its figure."""
    text = lines[k].text
    if len(text) > MAX_STRIP_NAME or not STRIP_NAME.fullmatch(text):  # most lines: longer, asked first
        return False
    below = lines[k + 1 : k + 3]
    if below and _bare_figure(below[0]):
        below = below[1:]
    return bool(below) and _opens_strip_item(below[0])


def _opens_strip_item(line: Line) -> bool:
    return _strip_item_kind(line) is not None


def _strip_item_kind(line: Line) -> str | None:
    """What the item a line opens tells of: a place or a body ("place"), or a reader's question or
    its answer ("turn"); None for a line that opens no item. A strip's items all tell of one kind:
    a corner's questions and answers, or a strip's places."""
    opener = STRIP_ITEM_OPENER.match(line.text)
    if opener is None or STRIP_FIELD_LABEL.match(line.text) is not None:
        return None
    return "place" if opener.group("place") else "turn"


# A photo of a slideshow on an e-paper page: its counter ("1/1", "2/5") printed over its caption
PHOTO_COUNTER = re.compile(r"\d{1,2}\s*/\s*\d{1,2}")


def mark_photo_counters(lines: list[Line]) -> list[Line]:
    """A slideshow's counter alone on its line, the photo's caption on the next, is furniture
    printed with the photo: no figure of the text, nor of the caption. (The extractor writes the
    caption after a single newline: the half-width end would join the two.)"""
    if not page_holds(lines, "/"):
        return lines
    for k, line in enumerate(lines[:-1]):
        if "/" in line.text and PHOTO_COUNTER.fullmatch(line.text) and is_caption(lines[k + 1].text):
            line.graphic = True
    return lines


def _chart_lines(lines: list[Line], k: int) -> list[int]:
    """The lines of the chart under the label at k: its rows, figures and their labels in the
    order the first row sets (a figure over its label, or under it), and its source line. A line
    holding no word (a reader's screen counter) may be read among them and is left as it is."""
    rows: list[int] = []
    labels_under: bool | None = None  # whether a figure's label is printed under it: the first row tells
    j = k + 1
    if _titles_chart(lines, j):
        rows.append(j)
        j += 1
    while j < len(lines):
        text = lines[j].text
        figure = CHART_FIGURE.fullmatch(text)
        if figure is None and HAN.search(text) is None:
            j += 1  # a counter or a mark the reader wrote inside the graphic
            continue
        if figure is None and rows and CHART_SOURCE.fullmatch(text):
            return [k, *rows, j]
        if figure is not None:
            labels_under = figure.group("label") is None if labels_under is None else labels_under
            rows.append(j)
            below = _next_worded(lines, j)
            if labels_under and _bare_figure(lines[j]) and below is not None and _figure_label(lines[below]):
                rows.append(below)
                j = below
        elif not labels_under and _figure_label(lines[j]):
            figure_at = _next_worded(lines, j)
            if figure_at is None or not _bare_figure(lines[figure_at]):
                break
            labels_under = False
            rows += [j, figure_at]
            j = figure_at
        else:
            break
        j += 1
    return [k, *rows] if rows else []


# A box of figures set in type inside its story under its label ("数读" / "纺纱 520万锭" / "新引进
# 面料项目 9个" / "集群企业 2023年 352家 / 2025年 431家"): each row a figure's label, then its figures
# and their units, no bar drawn (a graphic's), a row wrapped over a line or two in a narrow column. It
# is the story's text, its label a heading, each row a paragraph, as a 链接 box's lines are.
FACTS_BOX_LABEL = re.compile(rf"(?:{FACTS_LABELS})")
FACTS_ROW = re.compile(r"[\u4e00-\u9fff“”]{2,16}\s*\d[\d.%‰/\s]*(?:[\u4e00-\u9fff]{1,3}[\d.%‰/\s]*)*")
FACTS_ROW_OPENING = re.compile(r"[\u4e00-\u9fff“”]{2,16}\s*\d")  # the first row: its label, then its figure
# a row closed on a figure and its unit (a reader's space may stand inside the unit: "70%以 上")
ROW_CLOSED = re.compile(r"\d\s*(?:[%‰]\s*(?:[\u4e00-\u9fff]\s*){0,2}|(?:[\u4e00-\u9fff]\s*){1,3})$")
ROW_RUNS_ON = tuple("0123456789/")  # what only a row's wrapped figures open a line on
MAX_ROW_LINES = 3
# A box whose figures are set large, each over its label or before it on one line ("62家" / "量子企业数量",
# "最高50万元 首次升规", "6英寸/8英寸 晶圆尺寸"): a row is the figure and its label, whatever the label
# holds; no label runs on to a line under it. With no source line under it, no graphic's: the story's
# box set in type, as the rows above are
_BOX_FIGURE_PART = r"\d[\d.]*\s*(?:[%‰]|[\u4e00-\u9fffA-Za-z]{0,3})"
# a figure, a word before it or none ("最高50万元", "140余台套", "6英寸/8英寸")
BOX_FIGURE = re.compile(rf"[\u4e00-\u9fff]{{0,3}}{_BOX_FIGURE_PART}(?:/{_BOX_FIGURE_PART})?")
BOX_FIGURE_LABEL = re.compile(r"[^\s，。；：:、！？,;]{2,14}")
FIGURE_FIRST_ROW = re.compile(rf"(?:{BOX_FIGURE.pattern})\s+{BOX_FIGURE_LABEL.pattern}")
# (an OCR's paragraph written on one line glues a label of words to its figure: "62家量子企业数量")
_GLUED_FIGURE_PART = r"\d[\d.]*(?:[%‰]|[\u4e00-\u9fff]{1,3})"  # its unit in Chinese, none in letters
FIGURE_GLUED_ROW = re.compile(
    rf"[\u4e00-\u9fff]{{0,3}}{_GLUED_FIGURE_PART}(?:/{_GLUED_FIGURE_PART})?[\u4e00-\u9fff“”]{{3,14}}"
)
# the box may set a product large over its use, words over words ("航空紧固件" / "钛合金棒材")
BOX_WORDS = re.compile(r"[\u4e00-\u9fff“”A-Za-z\d]{2,10}")
BOX_WORDS_LABEL = re.compile(r"[\u4e00-\u9fff“”]{2,10}")
WORDS_FIRST_ROW = re.compile(rf"{BOX_WORDS.pattern} {BOX_WORDS_LABEL.pattern}")


def open_facts_rows(lines: list[Line]) -> list[Line]:
    """Under a 数读 label, a box of rows set as text: each row written on one line (its wrapped lines
    joined), a paragraph of its own, and the first line of the text under the box opens one (marked
    as after an indent). Any other box under the label (figures alone on their lines, bars, a source
    under them) is left to be read as a chart."""
    if not page_holds(lines, *FACTS_LABELS.split("|")):
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        out.append(line)
        k += 1
        if line.text[:1] not in "数【" or not FACTS_BOX_LABEL.fullmatch(line.text.strip()):
            continue  # most lines: no label, asked by their first character
        rows = _facts_rows_under(lines, k)
        for start, end in rows:
            text = "".join(row.text.strip() for row in lines[start:end])
            out.append(replace(lines[start], text=text, indented=True, box_row=True))
        k = rows[-1][1] if rows else k
        if rows and k < len(lines):
            lines[k].indented = True
    return out


def _facts_rows_under(lines: list[Line], k: int) -> list[tuple[int, int]]:
    """The rows from line k on, each as (first line, line past it); none if no source line under
    them marks them as a graphic's."""
    if k >= len(lines) or not _opens_facts_row(lines, k):
        return []  # a figure's label over it: a graphic's figures
    rows = []
    while k < len(lines) and (end := _facts_row_end(lines, k)) is not None:
        rows.append((k, end))
        k = end
    if k < len(lines) and CHART_SOURCE.fullmatch(lines[k].text.strip()):
        return []
    return rows


def _opens_facts_row(lines: list[Line], k: int) -> bool:
    text = lines[k].text.strip()
    return FACTS_ROW_OPENING.match(text) is not None or _figure_first_row_end(lines, k) is not None


def _figure_first_row_end(lines: list[Line], j: int) -> int | None:
    """The line past a row whose figure (or words) opens it: on its line before its label, or over it."""
    text = lines[j].text.strip()
    # the figure set large over its label, or before it on one line
    below = lines[j + 1].text.strip() if j + 1 < len(lines) else ""
    if BOX_FIGURE.fullmatch(text) and BOX_FIGURE_LABEL.fullmatch(below):
        return j + 2
    if FIGURE_FIRST_ROW.fullmatch(text) or FIGURE_GLUED_ROW.fullmatch(text):
        return j + 1  # a figure's row whole on its line: the line under it is the next row's
    if BOX_WORDS.fullmatch(text) and BOX_WORDS_LABEL.fullmatch(below):
        return j + 2
    return j + 1 if WORDS_FIRST_ROW.fullmatch(text) else None


def _facts_row_end(lines: list[Line], j: int) -> int | None:
    """The line past the row opening at j (its wrapped lines taken in), or None if no row opens there."""
    if (end := _figure_first_row_end(lines, j)) is not None:
        return end
    text = lines[j].text.strip()
    end = j + 1
    while end < len(lines) and end - j < MAX_ROW_LINES and _row_goes_on(text, lines[end].text.strip()):
        text += lines[end].text.strip()
        end += 1
    return end if FACTS_ROW.fullmatch(text) else None


def _row_goes_on(text: str, following: str) -> bool:
    """The row's text goes on onto the next line: it has not closed on a figure's unit yet, or the
    next line opens on a figure (a row's second column) where no row nor sentence opens."""
    closed = FACTS_ROW.fullmatch(text) is not None and ROW_CLOSED.search(text) is not None
    return not closed or following.startswith(ROW_RUNS_ON)


# A story's box of figures set in type may stand in the column under its head, beside the top of its
# text (the head, a photo and its caption, the box, then the byline and the text): the reader takes
# it in after the lead, as a box printed in the text's flow after its lead paragraph is read
MAX_LEAD_ITEMS = 20  # lines of a lead paragraph on the narrowest column


def read_head_boxes_after_leads(items: list[Item]) -> list[Item]:
    """A box of figures (its label, its rows set as text) printed between a story's head and its
    text moved after the text's lead paragraph; the text after the box opens a paragraph."""
    i = 0
    while i < len(items):
        rows = _box_rows_from(items, i)
        lead = _lead_past(items, i + 1 + rows) if rows and _under_head(items, i) else None
        if lead is None:
            i += 1
            continue
        box = items[i : i + 1 + rows]
        items = items[:i] + items[i + 1 + rows : lead] + box + items[lead:]
        if lead < len(items) and items[lead].kind == BODY:
            items[lead].lines[0] = replace(items[lead].lines[0], indented=True)
        i = lead
    return items


def _box_rows_from(items: list[Item], i: int) -> int:
    """How many items under a 数说 label at i are its rows set as text (open_facts_rows)."""
    if items[i].kind != HEADLINE or not FACTS_BOX_LABEL.fullmatch(items[i].text.strip()):
        return 0
    rows = itertools.takewhile(lambda item: all(line.box_row for line in item.lines), items[i + 1 :])
    return sum(1 for _ in rows)


def _under_head(items: list[Item], i: int) -> bool:
    """The item at i stands under a headline, past a photo and its caption, and past a deck's line
    read as text (a subtitle holding a comma): a line closing no sentence right under the title."""
    above = [k for k in range(i - 1, -1, -1) if items[k].kind not in (CAPTION, FURNITURE)][:2]
    if above and items[above[0]].kind == HEADLINE:
        return True
    deck = len(above) == 2 and items[above[0]].kind == BODY and len(items[above[0]].lines) == 1
    return deck and items[above[1]].kind == HEADLINE and not ends_sentence(items[above[0]].text)


def _lead_past(items: list[Item], k: int) -> int | None:
    """The index past the lead paragraph of the text from k on (past a credit line over it): its
    lines up to the first that closes a sentence; None if no lead follows."""
    while k < len(items) and items[k].kind in (BYLINE, AUTHOR):
        k += 1
    for j in range(k, min(k + MAX_LEAD_ITEMS, len(items))):
        if items[j].kind != BODY:
            return None
        if ends_sentence(items[j].text):
            return j + 1
    return None


def _titles_chart(lines: list[Line], j: int) -> bool:
    """The line at j is the graphic's title: a phrase, a figure after its label on the line under
    it (over figures alone the phrase may as well be the first one's label)."""
    if j + 1 >= len(lines) or CHART_TITLE.fullmatch(lines[j].text) is None:
        return False
    figure = CHART_FIGURE.fullmatch(lines[j + 1].text)
    return (
        figure is not None
        and figure.group("label") is not None
        and CHART_FIGURE.fullmatch(lines[j].text) is None
    )


def _next_worded(lines: list[Line], j: int) -> int | None:
    """The next line after j that holds a word or a figure, past a counter's line."""
    for at in range(j + 1, min(j + 3, len(lines))):
        if not _no_word(lines[at].text):
            return at
    return None


def _no_word(text: str) -> bool:
    """A line of marks and numbers alone ("— 2/5 —"), no figure of a chart's."""
    return HAN.search(text) is None and CHART_FIGURE.fullmatch(text) is None


def _figure_label(line: Line) -> bool:
    return CHART_FIGURE_LABEL.fullmatch(line.text) is not None


def _bare_figure(line: Line) -> bool:
    """A figure alone on its line, its label printed on a line of its own."""
    figure = CHART_FIGURE.fullmatch(line.text)
    return figure is not None and figure.group("label") is None


# The boxes a financial page's desk sets beside its stories, in the same forms in every securities
# paper, each known by how it opens and where it closes:
# - a listed company's disclosure notice (信息披露), headed by its codes ("证券代码：002981 证券简称：X
#   公告编号：2025-083") and signed by its board ("X股份有限公司董事会"), whatever it announces;
# - a listed company's advertisement, its name and code ("X 股票代码：002981") over its slogan and
#   the number investors may call ("投资者热线：010-…");
# - a listing of deals under a column's name ("融资速递", "上市公司一览"): rows of cells, one a company's
#   six-digit code, closed by the data's source ("数据来源：Wind");
# - a strip of announcements under its label ("公告速览"), each row a company's name and one sentence;
# - an analyst's view under its label ("机构观点"), a paragraph of one or two sentences;
# - the lead's box of points under its label ("核心提示", "导读"), each point opened by a bullet
#   (or, a bullet a reader dropped, a sentence the lead's text goes on to say again).
# A reader may write a box's lines one a line, or all on one line, parted by spaces.
_SIGNED_BY_BOARD = r"(?:董事会|监事会)(?:\d{4}年\d{1,2}月\d{1,2}日)?$"
DISCLOSURE_HEAD = re.compile(r"^(?:证券|股票)代码[：:]\d{6}(?:\.[A-Z]{2})?.{0,30}?(?:证券|股票)简称[：:]")
NOTICE_SIGNER = re.compile(r"[\u4e00-\u9fff]{2,30}" + _SIGNED_BY_BOARD)
FIRM_ADVERT_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:股票|证券)代码[：:]\d{6}")
INVESTOR_LINE = re.compile(r"(?:投资者|客服|服务)?(?:热线|电话)[：:][\d（()）\-－]{7,}$")
MAX_DISCLOSURE_LINES = 80  # a notice's text runs long, on the narrowest column
MAX_ADVERT_LINES = 5  # the firm's name and code, a slogan wrapped at the most, the number to call
LISTING_WORDS = ("一览", "一览表", "速递")
LISTING_LABEL = re.compile(rf"^[\u4e00-\u9fff]{{2,10}}(?:{'|'.join(LISTING_WORDS)})$")
SECURITIES_CODE = re.compile(r"(?<!\d)\d{6}(?:\.[A-Z]{2})?(?![\d.])")
MAX_LISTING_CELL = 30  # characters of a listing's row with its cells run together
MAX_LISTING_LINES = 60  # a few rows, each of a few cells, one a line
# (a quick look, "速览", labels a box of figures too: set_aside_facts_boxes)
GLANCE = "速览"
GLANCE_LABEL = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}{GLANCE}$")
GLANCE_ROW = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:][^。！？!?]+[。！？!?]$")
# (an institution's or a broker's: a column of experts' views, "专家视点", is a story of its own)
VIEW_WORDS = ("观点", "看市", "视点")
VIEW_LABEL = re.compile(rf"^(?:机构|券商)(?:{'|'.join(VIEW_WORDS)})$")
# the characters a listing's, a glance's, a view's or a lead's label (LEAD_LABEL_ALONE) ends on:
# asked of a line's first word before it is measured, as most lines' first words end on none
DESK_LABEL_ENDS = frozenset(
    "】：:" + "".join(word[-1] for word in (*LISTING_WORDS, GLANCE, *VIEW_WORDS, *LEAD_LABEL_WORDS))
)
MAX_VIEW_LINES = 12
POINT_BULLETS = "◆◇●■▲"
MAX_POINT_LINES = 8  # a point's lines, on the narrowest column
MIN_RESTATED_POINT = 8  # characters of a point the text is looked for in: a clause at the least
WORDS_ONLY = re.compile(r"[^\w]")  # what a reader may write either width, or drop: marks and spaces


def mark_desk_boxes(lines: list[Line]) -> list[Line]:
    """Each line of a financial desk's box is marked to stand apart: the page's furniture."""
    k = 0
    while k < len(lines):
        size = _desk_box_size(lines, k)
        for line in lines[k : k + size]:
            line.graphic = True
        k += max(size, 1)
    return lines


def _desk_box_size(lines: list[Line], k: int) -> int:
    """How many lines from k on a desk's box takes: none if no box opens at k."""
    if "代" in lines[k].text:  # both heads name a code ("证券代码"): most lines are squeezed for neither
        text = squeeze(lines[k].text)
        if text[:1] in "证股" and DISCLOSURE_HEAD.match(text):  # a character asked before the patterns
            return _lines_through(lines, k, NOTICE_SIGNER, MAX_DISCLOSURE_LINES)
        if "代码" in text and FIRM_ADVERT_HEAD.match(text):
            return _lines_through(lines, k, INVESTOR_LINE, MAX_ADVERT_LINES)
    label, _, rest = lines[k].text.strip().partition(" ")
    if label[-1:] not in DESK_LABEL_ENDS or display_width(label) > MAX_BOX_LABEL:
        return 0  # most lines: no label's end, or longer than any label
    if LISTING_LABEL.match(label):
        return _listing_size(lines, k, squeeze(rest))
    if GLANCE_LABEL.match(label):
        return _glance_size(lines, k, rest)
    if VIEW_LABEL.match(label):
        return 1 if rest and ends_sentence(rest) else _lines_through_sentence(lines, k)
    if not rest and LEAD_LABEL_ALONE.fullmatch(label):
        return _points_size(lines, k)
    return 0


def _lines_through(lines: list[Line], k: int, closing: re.Pattern[str], most: int) -> int:
    """The lines from k to the first that ends on the closing words, if within reach."""
    for j in range(k, min(k + most, len(lines))):
        if closing.search(squeeze(lines[j].text)):
            return j - k + 1
    return 0


def _listing_row(text: str) -> bool:
    """A row of a listing, or a cell of one: no clause, short."""
    return len(text) <= MAX_LISTING_CELL and not holds_clause(text) and not ends_sentence(text)


def _listing_size(lines: list[Line], k: int, rest: str) -> int:
    """The label at k, its rows down to the data's source (a code among them); on one line, the
    rows and the source after the label."""
    if rest:
        source = CHART_SOURCE.search(rest)
        if source is None or source.end() != len(rest) or ends_sentence(rest[: source.start()]):
            return 0
        return 1 if SECURITIES_CODE.search(rest) else 0
    coded = False
    for j in range(k + 1, min(k + MAX_LISTING_LINES, len(lines))):
        text = squeeze(lines[j].text)
        if CHART_SOURCE.fullmatch(text):
            return j - k + 1 if coded else 0
        if not _listing_row(text):
            return 0
        coded = coded or SECURITIES_CODE.search(text) is not None
    return 0


def _glance_size(lines: list[Line], k: int, rest: str) -> int:
    """The label at k and the announcements under it, each a company's name and a sentence."""
    if rest:
        rows = re.split(r"(?<=[。！？!?])\s+", rest.strip())
        return 1 if all(GLANCE_ROW.match(squeeze(row)) for row in rows) else 0
    j = k + 1
    while j < len(lines) and GLANCE_ROW.match(squeeze(lines[j].text)):
        j += 1
    return j - k if j > k + 1 else 0


def _lines_through_sentence(lines: list[Line], k: int) -> int:
    """The label at k and the lines of the paragraph under it, down to its closing sentence."""
    for j in range(k + 1, min(k + 1 + MAX_VIEW_LINES, len(lines))):
        if ends_sentence(lines[j].text):
            return j - k + 1
    return 0


def _points_size(lines: list[Line], k: int) -> int:
    """The label at k and the points under it: each opened by a bullet and run on over the lines
    until it closes a sentence, or a sentence the text below says again; up to the first line that
    is neither (a byline, the lead's first words)."""
    j, open_lines = k + 1, 0
    while j < len(lines):
        text = squeeze(lines[j].text)
        if text[:1] in POINT_BULLETS or 0 < open_lines < MAX_POINT_LINES:
            open_lines = 0 if ends_sentence(text) else open_lines + 1
        elif not (ends_sentence(text) and _restated_below(lines, j)):
            break
        j += 1
    return j - k if j > k + 1 else 0


def _restated_below(lines: list[Line], j: int) -> bool:
    """The point on line j, its closing mark aside, is words of the text below it."""
    point = WORDS_ONLY.sub("", lines[j].text)
    below = WORDS_ONLY.sub("", "".join(line.text for line in lines[j + 1 :]))
    return len(point) >= MIN_RESTATED_POINT and point in below


def _entries_running(lines: list[Line]) -> bool:
    """Whether MIN_CONTENTS_ENTRIES lines running read as a box's entries, a bullet and a title."""
    running = 0
    for line in lines:
        text = line.text.strip()  # its bullet asked before the pattern: most lines open with a word
        running = running + 1 if text[:1] in CONTENTS_BULLETS and CONTENTS_ENTRY.match(text) else 0
        if running >= MIN_CONTENTS_ENTRIES:
            return True
    return False


# What a title printed again may have before it on its line: a bullet or a run-in item's mark
# ("◆"), or an image's alt text opening ("[图片：")
_BEFORE_TITLE = re.compile(r"[^\u4e00-\u9fff\w]*(?:[\[［【][\u4e00-\u9fff]{1,4}[：:])?")
# or, run in, a mark after the sentence or the credit that closed the item before it ("…投产。▲…")
_RUN_IN_OPENING = re.compile(r"[。！？”）)][◆◇■□●○▲△▶►★☆]$")
# and what never follows it: the mark of a sentence going on, as after the same words in a
# story's text, which a box of the story's highlights lists ("● 金属回收率达到96%以上")
_IN_SENTENCE_AFTER = "，、；：。！？,;:"


def _lists_title_below(text: str, page_text: str, below: int, openings: list[int]) -> bool:
    """A bullet and a title that the page prints again from `below` on, as a headline is: at its
    line's or its part's opening, and no sentence going on after it."""
    entry = CONTENTS_ENTRY.match(text.strip())
    if entry is None:
        return False
    title = "".join(squeeze(entry.group("title")).split())  # as the page's text is run together
    if len(title) < MIN_TITLE_LINE:
        return False
    at = page_text.find(title, below)
    while at >= 0:
        opening = openings[bisect.bisect_right(openings, at) - 1]
        after = page_text[at + len(title) : at + len(title) + 1]
        before = page_text[opening:at]
        opens = _BEFORE_TITLE.fullmatch(before) or _RUN_IN_OPENING.search(before)
        if opens and (after == "" or after not in _IN_SENTENCE_AFTER):
            return True
        at = page_text.find(title, at + 1)
    return False


def _contents_label(text: str) -> bool:
    text = squeeze(text)
    if not 2 <= len(text) <= MAX_CONTENTS_LABEL or "，" in text or "。" in text:
        return False
    return HAN_CHAR.match(text) is not None


def mark_repeated_lines(items: list[Item]) -> None:
    """A line printed again and again on the page is its furniture: a running head between the
    stories, a rule above and below each headline, a "read on" prompt after a story. No story
    repeats a line of its own text word for word, and no two stories share a headline."""
    # asked once a line, and only of a text printed more than once (most are printed once)
    printed = Counter([item.text for item in items])
    twice = [i for i, item in enumerate(items) if printed[item.text] > 1]
    passages = Counter(_with_next_line(items, i) for i in twice)
    # a line each copy of which the text wraps from is text, whatever other lines repeat
    wrapped = Counter(items[i].text for i in twice if _wraps_into_next(items, i, passages))
    could_repeat = [
        i for i in twice if wrapped[items[i].text] < printed[items[i].text] and _could_repeat(items[i])
    ]
    counts = Counter(items[i].text for i in could_repeat)
    for i in could_repeat:
        if counts[items[i].text] > 1 and not _written_again_under(items, i, counts):
            items[i].kind = FURNITURE
            if not (is_rule(items[i]) and sets_off_section(items, i)):  # rules set off its sections too
                _end_story_above(items, i)


def _with_next_line(items: list[Item], i: int) -> tuple[str, str]:
    """The line and the body line under it, which its text may run on into."""
    below = items[i + 1] if i + 1 < len(items) and items[i + 1].kind == BODY else None
    return items[i].text, below.text if below else ""


def _wraps_into_next(items: list[Item], i: int, passages: Counter[tuple[str, str]]) -> bool:
    """A line its column's text wraps from into the next is that text's line: two stories may
    break a stock phrase alike, a word cut at the break ("园区相关负责人表" / "示，…"), or
    say a stock sentence alike, each copy over the same next line ("明年将再推出一批应用" /
    "场景和公共服务平台。"). Furniture repeats a line of its own."""
    line, below = _with_next_line(items, i)
    if not below or ends_sentence(line):
        return False
    return passages[line, below] > 1 or holds_clause(below) and nlp.splits_word(line, below)


def _written_again_under(items: list[Item], i: int, counts: Counter[str]) -> bool:
    """ "新引进项目（个）  5  —" twice running: the extractor wrote a column's last line again,
    and that line only; the first is the story's own (a data box's row, a last line with no
    closing mark), the copy under it the furniture."""
    text = items[i].text
    return counts[text] == 2 and i + 1 < len(items) and items[i + 1].text == text


def close_at_page_notes(items: list[Item]) -> None:
    """A note on the whole page printed between two stories (a running head, a read-on prompt)
    ends the one above, past the other furniture printed under that story (its editors' line,
    another note)."""
    for i, item in enumerate(items):
        if item.kind == FURNITURE and PAGE_NOTE.match(item.text):
            _end_story_above(items, _above_furniture(items, i))


# A notice the desk prints among the stories, from its label to the words that close it: a
# correction (更正：… 特此更正), a call for copy (征稿启事 … 来稿请注明…。) or a firm's advertorial
# (企业风采 … 本版文字由X提供). It belongs to no story on the page, whatever its words name.
# Each: the word asked first, the label it opens with, what its closing words say
_NOTICES = (
    ("更正", CORRECTION_OPENING, re.compile("特此更正")),
    (
        "稿",
        re.compile(r"^(?:征稿|征文|约稿)(?:启事|启示|通知|通告)$|^(?:投稿须知|稿约)$"),
        # how or where to send the copy: "来稿请注明…。", "投稿邮箱：…"
        re.compile(
            r"(?:来稿|投稿|赐稿)(?:请|须|需|时|者|应|一律)[^。！？]{0,30}[。！]$|(?:投稿|来稿)(?:邮箱|信箱|地址)[：:]\S+$"
        ),
    ),
    (
        # an advert for an event (a park's fair to draw investors, a job fair): the event's name, then
        # when and where it is held, closed by the number to call; a story on a fair says no number
        "会",
        re.compile(r"^[^。，；！？]{2,24}(?:推介会|招商会|洽谈会|说明会|招聘会|博览会|交易会|展销会)$"),
        re.compile(r"(?:咨询|报名|联系)(?:电话|热线)[：:][\d\-－()（）]{7,}$"),
    ),
    (
        "企业",
        re.compile(r"^(?:企业|品牌)(?:风采|展示|推介|形象|巡礼)$"),
        # who supplied its words: "本版文字由X提供", "（广告）"
        re.compile(
            r"(?:本版|本文|本栏|以上)(?:文字|稿件|图文|内容|图片)?均?由[^。，！？]{2,30}(?:提供|供稿)$|[（(]广告[）)]$"
        ),
    ),
)
# a label word's first character: one class sought at once, cheaper than a look-up of each
_NOTICE_INITIAL = re.compile("[" + "".join(sorted({re.escape(word[0]) for word, _, _ in _NOTICES})) + "]")


def _may_hold_notice_word(text: str) -> bool:
    """Whether a label word's first character is in the text."""
    return _NOTICE_INITIAL.search(text) is not None


MAX_NOTICE_LINES = 8  # a few sentences, on the narrowest column


def set_aside_notices(items: list[Item]) -> None:
    """A notice's lines, from its label to the words that close it, are the page's furniture, and
    the story above ends where it begins. Without its closing words within a few lines the label
    opens something else (a story about a correction, a call for copy), and stays."""
    for i, item in enumerate(items):
        if item.kind not in (BODY, HEADLINE) or not _may_hold_notice_word(item.text):
            continue  # most items: no label word's first character, asked before the spaces are taken out
        label = squeeze(item.text)  # an OCR's spaces between its characters taken out: "征 稿 启 事"
        for word, opening, closing in _NOTICES:
            if word not in label or not opening.match(label):
                continue  # most items: the label's word asked before the pattern
            end = _notice_end(items, i, closing)
            if end is None:
                continue
            for k in range(i, end + 1):
                items[k].kind = FURNITURE
            _end_story_above(items, i)


def _notice_end(items: list[Item], i: int, closing: re.Pattern[str]) -> int | None:
    """The index of the item whose text completes the closing words, if within reach. A line
    of furniture may close the notice ("本版文字由…提供" is the page's note too)."""
    text, lines = "", 0
    for k in range(i, len(items)):
        if items[k].kind not in (BODY, HEADLINE, FURNITURE):
            return None
        text += squeeze(items[k].text)
        lines += len(items[k].lines)
        if lines > MAX_NOTICE_LINES:
            return None
        if closing.search(text):
            return k
    return None


# An official notice the page prints as an item of its own (a 公示, a 通知, a 公告) closes on its
# formula, "特此公示。", and under it on lines of their own the body that issues it and the date it
# was issued: its signature (落款), as printed under every such notice in any paper. Those two lines
# are the notice's last paragraphs, no headline's (the issuer is a body's name) and no masthead's
# date (the page's own date stands in its head, with its weekday).
NOTICE_FORMULA = re.compile(r"特此(?:公示|通知|公告|通告|函告|说明|批复)\s*[。.！!]?$")
SIGNATURE_DATE = re.compile(rf"^{_MASTHEAD_DATE}$")
MAX_SIGNATURE_LINES = 2  # the issuer and the date


def keep_notice_signatures(items: list[Item]) -> None:
    """The issuer's name and the date under a notice's closing formula are its text: each a
    paragraph of its own, whatever the passes made of them alone (a title's line, the page's date),
    and the notice's last."""
    for i, item in enumerate(items):
        if item.kind != BODY or "特此" not in item.text or not NOTICE_FORMULA.search(squeeze(item.text)):
            continue  # most items: the formula's first words asked before the pattern
        item.table_row = True  # the formula ends its paragraph, whatever the reader wrote after it
        signature = _signature_lines(items, i)
        for line in signature:
            line.kind, line.table_row = BODY, True
        if signature:
            signature[-1].ends_article = True  # the notice ends signed: what follows is another item


def _signature_lines(items: list[Item], i: int) -> list[Item]:
    """The items right under the formula at i that sign it: the issuer's name, then the date."""
    below = items[i + 1 : i + 1 + MAX_SIGNATURE_LINES]
    issuer = below[:1] if below and _names_issuer(below[0]) else []
    rest = below[len(issuer) :]
    return issuer + (rest[:1] if rest and _dates_notice(rest[0]) else [])


def _names_issuer(item: Item) -> bool:
    return len(item.lines) == 1 and names.is_organisation(squeeze(item.text))


def _dates_notice(item: Item) -> bool:
    return len(item.lines) == 1 and SIGNATURE_DATE.match(squeeze(item.text)) is not None


# A box the page prints as an item of its own (a job or an investment offer, a firm's card) sets
# its facts in rows, each a label and a colon, and closes on whom to write to or call: "报名邮箱：…",
# "招商热线：…", "联系电话：…". That last row is the box's text, where the page's contact line (its
# foot's address and telephone) stands under a story's last sentence or among the furniture; a
# row's value (a number, an address in Latin letters, no words after it) may be broken over lines of
# its own ("0683-765" / "8481"), as a column's measure cuts it.
CONTACT_ROW = re.compile(
    rf"^[\u4e00-\u9fff]{{0,4}}{_CONTACT_LABEL}\s*[：:]\s*(?=[^。，]*[\d@])[0-9A-Za-z_@.\-（）() ]{{3,60}}$"
)
ROW_LABEL = re.compile(r"^([\u4e00-\u9fff]{2,6})\s*[：:]")
CONTACT_ROW_LABEL = re.compile(rf"[\u4e00-\u9fff]{{0,4}}{_CONTACT_LABEL}")
VALUE_BROKEN_OFF = re.compile(r"^[\w@.\-]{1,20}$", re.ASCII)  # the rest of an address or a number
MAX_VALUE_LINES = 2


def contact_row(text: str) -> bool:
    """A box's contact row ("联系电话：…"), its colon asked before the pattern: most lines hold none."""
    return ("：" in text or ":" in text) and CONTACT_ROW.match(squeeze(text)) is not None


def keep_contact_rows_in_boxes(items: list[Item]) -> None:
    """A contact row under a box's row is the box's last: its text, the lines its value breaks
    onto with it, and the item closes there. The rows over it are the box's text as well, each a
    paragraph of its own with the lines its value breaks onto."""
    for i in range(1, len(items)):
        if len(items[i].lines) != 1 or not contact_row(items[i].text):
            continue
        first = _first_box_row(items, i)
        if first is None:
            continue
        row = [items[i], *_value_broken_off(items, i)]
        for item in row:  # no title's line
            item.kind, item.box_row = BODY, True
        row[-1].table_row = row[-1].ends_article = True  # its own paragraph, however short
        if sum(_box_row(item) for item in items[first:i]) >= MIN_BOX_ROWS:
            for k in range(first, i):
                items[k].box_row = True
                items[k].table_row = _box_row(items[k + 1]) or k + 1 == i


MAX_ROW_LINES = 6  # a row's lines, on the narrowest column
# Rows over a contact row that make a box: one alone may be a title printed under its story
# ("稀土高新区：“稀土+”链条越拉越长"), over the page's contact line
MIN_BOX_ROWS = 2


def _first_box_row(items: list[Item], i: int) -> int | None:
    """Where the box's rows right above item i begin: the paragraph closed over it opens as a box's
    row, and so may those over that (a column's lines may each have been read as an item of its
    own, and a row may close on no stop)."""
    first, k = None, i - 1
    while k >= 0 and (i if first is None else first) - k <= MAX_ROW_LINES:
        if items[k].kind != BODY or (k < i - 1 and ends_paragraph(items[k])):
            break
        if _box_row(items[k]):
            first = k
        k -= 1
    return first


def _box_row(item: Item) -> bool:
    return item.kind == BODY and _opens_box_row(item.text)


def _opens_box_row(text: str) -> bool:
    """A row of a box in text: a label and a colon open it, the label no speaker's (an interview's
    turn, a person's name, says its words after a colon as well)."""
    label = ROW_LABEL.match(squeeze(text))
    return (
        label is not None
        and not interview_turn(text)
        and not reads_as_any_names(label.group(1))
        and not CONTACT_ROW_LABEL.fullmatch(label.group(1))  # a hotline over an advert: no box's row
    )


def _value_broken_off(items: list[Item], i: int) -> list[Item]:
    out: list[Item] = []
    for item in items[i + 1 : i + 1 + MAX_VALUE_LINES]:
        if len(item.lines) != 1 or not VALUE_BROKEN_OFF.match(item.text.strip()):
            break
        out.append(item)
    return out


# A box of facts in figures under its label ("数说" over "●总投资26亿元" / "●…", or all on one line,
# "数说●…●…"): each row a figure's phrase after a bullet, never a sentence. Such a box is set
# apart on the page, wherever it stands, and no part of the story it is printed by; a box whose
# rows are sentences ("156亿元：去年园区…产值。") is the feature's own text and stays. A box
# labelled as a quick look at the figures ("数据速览") is the same box, each row a label and its
# figure parted as a table's cells are ("总投资　　46亿元"); a story's data box under a name of
# its own ("5G建设一览", "1—10月主要指标") is a table of its text (items.data_boxes)
FACTS_LABEL = re.compile(rf"\s*【?\s*(?:{FACTS_LABELS}|[\u4e00-\u9fff]{{0,4}}{GLANCE})\s*】?")
FACTS_ROW_BULLET = "●"
FACTS_ROW_CELLS = 2  # a figure's label and the figure
BOX_LABEL_KINDS = (BODY, HEADLINE, FURNITURE)
SENTENCE_STOPS = re.compile(r"[。！？]")


def set_aside_facts_boxes(items: list[Item]) -> list[Item]:
    """A box of facts in figures, its label and its bulleted rows, is the page's furniture, and the
    story above ends where it begins. The box's last rows may be printed in one group with the
    title under the box: they are parted from it."""
    if not page_holds(items, *FACTS_LABELS.split("|"), GLANCE):
        return items
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        # a label printed twice on the page (a box with each of two stories) is read as a repeated line
        rows = _facts_rows(items, i) if item.kind in BOX_LABEL_KINDS and _may_label_facts(item.text) else []
        if not rows:  # most items: a character asked before the pattern
            out.append(item)
            i += 1
            continue
        _end_story_above(items, i)
        item.kind = FURNITURE
        out.append(item)
        for k, count in enumerate(rows, start=i + 1):
            out.extend(_rows_apart(items[k], count))
        i += 1 + len(rows)
    return out


def _may_label_facts(text: str) -> bool:
    """Asked before the pattern: most lines neither open on 数 nor hold 速览."""
    return "数" in text[:3] or GLANCE in text


def _facts_row(text: str) -> bool:
    if text.startswith(FACTS_ROW_BULLET):
        return not SENTENCE_STOPS.search(text)
    cells = table_cells(text)
    return len(cells) == FACTS_ROW_CELLS and FIGURE.search(cells[1]) is not None


def _facts_rows(items: list[Item], i: int) -> list[int]:
    """How many lines of each item after the label at i are its box's rows; none if it heads no
    box (a title opening on the word, "数说长沙高新区这十年", or a box of sentences)."""
    label = FACTS_LABEL.match(items[i].text)
    if label is None:
        return []
    if i + 1 < len(items) and _header_row(items[i + 1].lines[0].text):
        return []  # a table of the story's figures under a header, its own text (keep_box_rows_in_text)
    rest = items[i].text[label.end() :].strip()
    if rest and not all(_facts_row(line.strip()) for line in rest.split("\n")):
        return []
    rows: list[int] = []
    for item in items[i + 1 :]:
        count = _leading_rows(item) if item.kind in (BODY, HEADLINE) else 0
        if count:
            rows.append(count)
        if count < len(item.lines):
            break
    return rows if rows or rest else []


def _leading_rows(item: Item) -> int:
    """How many of the item's first lines are a box's rows."""
    rows = (k for k, line in enumerate(item.lines) if not _facts_row(line.text.strip()))
    return next(rows, len(item.lines))


def _rows_apart(item: Item, count: int) -> list[Item]:
    """The item's first lines, rows of a box, set apart as furniture; the lines after them stay."""
    if count == len(item.lines):
        item.kind = FURNITURE
        return [item]
    rows, rest = item.lines[:count], item.lines[count:]
    return [
        Item(FURNITURE, rows, "\n".join(line.text for line in rows)),
        Item(item.kind, rest, "\n".join(line.text for line in rest)),
    ]


# A table set in a box under its label ("数读" over "●项目 一期 二期" / "●年产能 5亿平方米 8亿平方米"):
# its first row heads its columns, words of no figure parted by spaces, as no row of figures set
# apart as a graphic does ("●总投资26亿元"); its rows are the story's own text.
MIN_HEADER_CELLS = 2
MAX_HEADER_CELL = 10  # characters of a column's head: a word or two


def _header_row(text: str) -> bool:
    """A table's header row after its bullet: two words or more parted by spaces, no figure."""
    mark = BOX_ROW_MARK.match(text)
    cells = text[mark.end() :].split() if mark else []
    return (
        len(cells) >= MIN_HEADER_CELLS
        and all(len(cell) <= MAX_HEADER_CELL and HAN_CHAR.match(cell) for cell in cells)
        and FIGURE.search(text) is None
    )


# A box inside a story under its label ("小贴士", "数读"), its rows each opened by a bullet or a
# number in a circle ("①指标 现在 目标" / "②工业用水重复利用率" / "85% 92%"): short lines, read as a
# headline's or a credit's, they are rows of the story's text, and the story goes on under them.
BOX_ROW_MARK = re.compile(rf"\s*[{FACTS_ROW_BULLET}{CIRCLED_NUMBER}]")
ROW_KINDS = (BODY, HEADLINE, BYLINE, AUTHOR, FURNITURE)
MAX_ROW_WRAP = 2  # lines a last row may run over onto


def keep_box_rows_in_text(items: list[Item]) -> None:
    """The rows of a box under its label inside a story, and the lines they run over onto, are
    text: each row a paragraph of its own. The label, no heading of the story's, is furniture."""
    for i, item in enumerate(items):
        if item.kind == HEADLINE and _sidebar_label_text(item.text):  # asked first: few items are labels
            rows = _rows_under_label(items, i)
            if rows:
                item.kind = FURNITURE
            for k in rows:
                items[k].kind = BODY
                items[k].table_row = k + 1 not in rows or BOX_ROW_MARK.match(items[k + 1].text) is not None


def _rows_under_label(items: list[Item], i: int) -> list[int]:
    """The items after the label at i that hold its box's rows: from the first marked row to the
    last, and the short lines the last runs over onto, up to the text under the box."""
    marked: list[int] = []
    for k in range(i + 1, len(items)):
        if items[k].kind not in ROW_KINDS:
            break
        if BOX_ROW_MARK.match(items[k].text):
            marked.append(k)
        elif not marked or k - marked[-1] > MAX_ROW_WRAP:
            break
    if len(marked) < 2 or marked[0] != i + 1:
        return []  # one line under a label is a box of a sentence, no table
    last = marked[-1]
    wraps = itertools.takewhile(
        lambda k: items[k].kind != BODY and len(items[k].lines) == 1,
        range(last + 1, min(last + 1 + MAX_ROW_WRAP, len(items))),
    )
    return list(range(i + 1, last + 1)) + list(wraps)


# A box the desk sets among the stories under a label of its own line: a fact card ("园区名片",
# "企业名片", "人物档案"), the name it presents and its label：value rows; or a public-service
# advert ("公益广告"), its slogan and the line of who placed it ("晚报社 宣", "中央网信办 中国文明网"),
# or a firm's ("广告"), what it offers and whom to call. Its lines are no story's: the page's furniture.
CARD_LABEL = re.compile(r"^[【〖\[]?\s*[\u4e00-\u9fff]{0,4}(?:名片|档案)\s*[】〗\]]?$")
# a card's row: a short label, a colon, a value of no sentence (an interview's turn says one)
CARD_ROW = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[：:]\s*[^。！？：:]{1,30}$")
MAX_CARD_NAMES = 2  # lines naming what the card presents (a park's name, its full name) over the rows
MAX_CARD_NAME = 12  # characters of such a line: a name, no sentence
ADVERT_LABEL = re.compile(_ADVERT_LABEL)
# who placed it: "晚报社 宣", "市文明办宣", or the bodies alone, each named to its kind's word
_PLACER = r"[\u4e00-\u9fff]{1,10}(?:社|办|委|局|部|会|台|中心|网)"
ADVERT_CREDIT = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,12}}\s*宣|{_PLACER}(?:\s+{_PLACER}){{0,2}})$")
CONTACT_LINE = re.compile(_CONTACT_LINE)
MAX_SLOGAN_LINES = 3  # an advert's slogan over its credit: a line or two, perhaps wrapped
MAX_SLOGAN = 20  # characters of a slogan's line: two short phrases, no sentence


def set_aside_desk_boxes(items: list[Item]) -> list[Item]:
    """A fact card or a public-service advert, its label and its lines, is the page's furniture,
    and the story above ends where it begins. Its last lines may be printed in one group with
    the lines under the box: they are parted from them."""
    out: list[Item] = []
    done = 0  # the items before it are in out
    for i in [i for i, item in enumerate(items) if _may_label_box(item)]:
        rows = _box_rows(items, i) if i >= done else []
        if not rows:
            continue
        out += items[done:i]
        _end_story_above(items, _above_furniture(items, i))
        for k, count in enumerate(rows, start=i):
            out.extend(_rows_apart(items[k], count))
        done = i + len(rows)
    return out + items[done:]


def _above_furniture(items: list[Item], i: int) -> int:
    """Where the furniture printed right above item i (a rule, a tail under a story) begins."""
    while i and (items[i - 1].kind == FURNITURE or is_rule(items[i - 1])):
        i -= 1
    return i


def _may_label_box(item: Item) -> bool:
    """Asked before the patterns: a label's words, on the item's first line, of a kind of text."""
    first = item.lines[0].text if item.lines else ""
    return item.kind in (BODY, HEADLINE, BYLINE, AUTHOR, FURNITURE) and (
        "名片" in first or "档案" in first or "广告" in first or "公益" in first
    )


def _box_rows(items: list[Item], i: int) -> list[int]:
    """How many lines of item i (its first a box's label) and of each item after it are the
    box's; none if the label heads no box (a title naming a card, a paragraph under it)."""
    label = items[i].lines[0].text.strip()  # asked before the lines under it are gathered
    if CARD_LABEL.match(label):
        box_size = _card_size
    elif ADVERT_LABEL.match(label):
        box_size = _advert_size
    else:
        return []
    size = box_size([line.text.strip() for item in items[i:] for line in item.lines])
    rows: list[int] = []
    for item in items[i:]:
        if size <= 0:
            break
        rows.append(min(size, len(item.lines)))
        size -= rows[-1]
    return rows


def _card_size(lines: list[str]) -> int:
    """The card's lines, its label first: the names under it, then its rows (at least one). A card
    closing on whom to call presents a firm to the readers, an item of the page's: none."""
    parts = _card_parts(lines)
    return 0 if not parts or _closes_on_contact(lines, parts) else parts[-1].stop


def _card_parts(lines: list[str]) -> list[range]:
    """The card's label, the names under it and its rows, each the lines it is printed on (a row's
    value may be broken over lines of its own, as a narrow column cuts it); none without a row."""
    parts = [range(0, 1)]
    while len(parts) <= MAX_CARD_NAMES and len(parts) < len(lines) and _card_name(lines[len(parts)]):
        parts.append(range(len(parts), len(parts) + 1))
    names = len(parts)
    while parts[-1].stop < len(lines) and (size := _card_row_size(lines, parts[-1].stop)):
        parts.append(range(parts[-1].stop, parts[-1].stop + size))
    return parts if len(parts) > names else []


def _card_row_size(lines: list[str], k: int) -> int:
    """How many lines the card's row at k is printed on: its label's, and those its value breaks
    onto: the rest of a number or an address, or a few words the next row's label stands under."""
    if not CARD_ROW.match(lines[k]):
        return 0
    size = 1
    while size <= MAX_VALUE_LINES and k + size < len(lines) and _row_value_broken_off(lines, k, size):
        size += 1
    return size


def _row_value_broken_off(lines: list[str], k: int, size: int) -> bool:
    """Whether line k + size holds the rest of the value of the row printed from line k."""
    rest = lines[k + size]
    if not CARD_ROW.match("".join(lines[k : k + size + 1])):
        return False
    if VALUE_BROKEN_OFF.match(rest):
        return True
    after = k + size + 1
    return _card_name(rest) and after < len(lines) and CARD_ROW.match(lines[after]) is not None


def _closes_on_contact(lines: list[str], parts: list[range]) -> bool:
    last = "".join(lines[parts[-1].start : parts[-1].stop]) if parts else ""
    return contact_row(last)


def open_contact_cards(items: list[Item]) -> list[Item]:
    """A card closing on whom to call, read as a headline's lines or a box's, is an item: its label
    the title, each row a paragraph of its text, the item ending on its last."""
    out: list[Item] = []
    done = 0  # the items before it are in out
    for i in [i for i, item in enumerate(items) if _may_label_box(item) and _labels_card(item)]:
        texts = _texts(items[i:])
        parts = _card_parts(texts)
        if i < done or not _closes_on_contact(texts, parts):
            continue
        lines = [line for item in items[i:] for line in item.lines][: parts[-1].stop]
        taken, held = 0, 0  # the items the card's lines fill, the lines of the last left over
        while taken < len(lines):
            taken += len(items[i + held].lines)
            held += 1
        label, *rows = [lines[part.start : part.stop] for part in parts]
        out += items[done:i]
        out.append(Item(HEADLINE, label, label[0].text))
        out += [
            Item(BODY, [line], line.text, table_row=line is row[-1], box_row=True)
            for row in rows
            for line in row
        ]
        out[-1].ends_article = True
        last = items[i + held - 1]
        if taken > len(lines):  # the item's lines under the card stay as they were
            rest = last.lines[len(last.lines) - (taken - len(lines)) :]
            out.append(Item(last.kind, rest, "\n".join(line.text for line in rest)))
        done = i + held
    return out + items[done:]


def _labels_card(item: Item) -> bool:
    """A card's label ("企业名片"), no advert's: an advert closing on a number is furniture."""
    return CARD_LABEL.match(item.lines[0].text.strip()) is not None


def _texts(items: list[Item]) -> list[str]:
    return [line.text.strip() for item in items for line in item.lines]


def _card_name(text: str) -> bool:
    return (
        len(text) <= MAX_CARD_NAME
        and not holds_clause(text)
        and not CARD_ROW.match(text)
        and "：" not in text
    )


def _advert_size(lines: list[str]) -> int:
    """The advert's lines, its label first, down to its credit or the number to call: its slogan
    or its offer above it (a slogan's first line may end as a body's name does, "共建和谐社会")."""
    for k in range(1, min(len(lines), MAX_SLOGAN_LINES + 2)):
        if k > 1 and (ADVERT_CREDIT.match(lines[k]) or CONTACT_LINE.match(lines[k])):
            return k + 1
        if len(lines[k]) > MAX_SLOGAN or SENTENCE_STOPS.search(lines[k]):
            return 0
    return 0


def _end_story_above(items: list[Item], i: int) -> None:
    """A rubric printed between stories: the one above, closed by a sentence, ends here."""
    before = items[i - 1] if i else None
    if before is not None and before.kind == BODY and ends_sentence(before.text):
        before.ends_article = True


# A rule printed across the column in box-drawing strokes ("━━━━━━━━"), or in dashes run on
# longer than any dash of a sentence ("——————"): punctuation's dash is two of them; or a wavy
# rule in wave dashes ("～～～～～～"), of which a range of figures prints one
WAVE_DASHES = "～〜"
MIN_WAVE_RULE = 6
_WAVE_RULE = (
    rf"[{WAVE_DASHES}](?: ?[{WAVE_DASHES}]){{{MIN_WAVE_RULE - 1}}}"  # an OCR may read a space into it
)
RULE_LINE = re.compile(
    rf"^(?:[\u2500-\u257f](?: ?[\u2500-\u257f]){{2,}}|\u2014{{6,}}|{_WAVE_RULE}(?: ?[{WAVE_DASHES}])*)$"
)


MAX_RULED_LINES = 2  # a headline the rules set off is a line, or one wrapped at its measure


def mark_ruled_headlines(items: list[Item]) -> None:
    """A lone line with a rule printed right above and right below it is a headline the rules
    set off, whatever marks it holds ("氢能产业要走稳“最后一公里”"): no line of text stands
    between two rules alone. So are two lines between them, the lower one finishing the upper
    ("…交易额突破10" / "亿元"): a title wrapped at its measure, as no text is that is not boxed."""
    for i in range(1, len(items) - 1):
        if not is_rule(items[i - 1]):
            continue
        for count in range(1, MAX_RULED_LINES + 1):
            run = items[i : i + count]
            if i + count >= len(items) or not all(_ruled_title_line(item) for item in run):
                break
            wrapped = all(runs_on(a.text, b.text) for a, b in zip(run, run[1:]))
            if is_rule(items[i + count]) and wrapped:
                for item in run:
                    item.kind = HEADLINE


def _ruled_title_line(item: Item) -> bool:
    return item.kind == BODY and len(item.lines) == 1 and not ends_sentence(item.text)


# A rule's stroke anywhere on the page, its dashes perhaps written over two lines: a page
# without one prints no rule
_RULE_STROKE = re.compile(rf"[\u2500-\u257f]|\u2014(?:\s*\u2014){{5}}|{_WAVE_RULE}")


def prints_rules(text: str) -> bool:
    """The page's text holds a rule's stroke: asked of the whole page once, so that its lines
    need not each be asked whether they are a rule (most pages print none)."""
    return _RULE_STROKE.search(text) is not None


def is_rule(item: Item) -> bool:
    first = item.text[:1]  # asked before the pattern: most lines open with a word
    return (first == "\u2014" or "\u2500" <= first <= "\u257f" or first in WAVE_DASHES) and RULE_LINE.match(
        item.text
    ) is not None


SECTION_OPENING = 6  # lines under a ruled heading read for its text's first sentence, at the most


def sets_off_section(items: list[Item], i: int) -> bool:
    """Rule i is the upper of two setting off a section's heading inside a story, not the next
    story's title: a paragraph follows the lower rule (no byline, no dateline), and neither the
    heading nor that paragraph's first sentence names a park. A story's lead names the park it
    reports from, and its title mostly does too; a section goes on about the park named above."""
    lower = _lower_rule(items, i)
    if lower is None or lower + 1 == len(items):
        return False
    first = items[lower + 1]
    if first.kind != BODY or names.starts_with_dateline(first.text):
        return False
    below = [item.text for item in items[lower + 1 : lower + 1 + SECTION_OPENING] if item.kind == BODY]
    opening = "".join(below).split("。", 1)[0]
    heading = "".join(item.text for item in items[i + 1 : lower])
    return not parks_in(heading) and not parks_in(opening)


def _lower_rule(items: list[Item], i: int) -> int | None:
    """The rule under the line or two that rule i sets off."""
    for k in range(i + 1, min(i + 2 + MAX_RULED_LINES, len(items))):
        if is_rule(items[k]):
            return k if k > i + 1 else None
    return None


def set_rules_apart(items: list[Item]) -> None:
    """A rule printed across a column is the page's furniture wherever it stands: never a title,
    a kicker or a line of text, though the extractor writes it as a line of characters."""
    for item in items:
        if is_rule(item):
            item.kind = FURNITURE


def _between_rules(items: list[Item], i: int) -> bool:
    """A line with a rule right above and right below it is a heading the rules set off."""
    return 0 < i < len(items) - 1 and is_rule(items[i - 1]) and is_rule(items[i + 1])


def _could_repeat(item: Item) -> bool:
    """A line of no sentence nor speech: bylines and captions may repeat (one reporter, two stories),
    and so may a sidebar's or a coda's label (two stories, each with its 记者手记, bare or wrapped)."""
    return (
        item.kind in (BODY, HEADLINE)
        and len(item.lines) == 1
        and len(item.text) >= MIN_REPEATED_LINE
        and not holds_clause(item.text)  # before the label's pattern: it settles most lines
        and not _SPOKEN.search(item.text)
        and not _label_text(item.text)
        # a dateline broken inside its credit's brackets ("本报讯（记者" / "X 通讯员 Y）…") opens
        # each story it credits: two stories by reporters of one role open on the same line
        and not names.starts_with_dateline(item.text)
    )


def mark_page_rail(items: list[Item]) -> None:
    """A page's name printed down the page's edge, a character under another (a rail beside the
    columns), is read back one character a line before the page's first story or after its
    last: joined, its characters name the page ("园" / "区" / "新" / "闻"). A title set upright
    stands beside its own text, inside the page; the rail stands at its very edge."""
    for run in (_edge_run(items, range(len(items))), _edge_run(items, range(len(items) - 1, -1, -1))):
        lines = [line for k in sorted(run) for line in items[k].lines]
        if len(lines) < 2 and not (lines and lines[0].upright):
            continue
        text = "".join(line.text for line in lines)
        if PAGE_NAME.match(text) or LONG_PAGE_NAME.match(text):
            for k in run:
                items[k].kind = FURNITURE


def _edge_run(items: list[Item], order: range) -> list[int]:
    """The items from the page's edge on that are read down a rail: each line one character, or
    a line joined from such (upright)."""
    run: list[int] = []
    for k in order:
        item = items[k]
        upright = len(item.lines) == 1 and item.lines[0].upright
        one_a_line = all(len(line.text) == 1 for line in item.lines)
        if item.kind not in (HEADLINE, BODY) or not (upright or one_a_line):
            break
        run.append(k)
    return run


def mark_page_name(items: list[Item]) -> None:
    """A short bare word is the page's name (园区, 高新区, 园区·产业), printed among the date,
    page number and editor lines at the top or bottom; no headline is three characters. A
    longer one ("国家高新区") only between two furniture lines, where no kicker stands; a dotted
    one ("园区新闻·高新区") wherever it is read out."""
    for index, item in enumerate(items):
        if item.kind != BODY and not (item.kind == HEADLINE and len(item.lines) == 1):
            continue
        text = squeeze(item.text) if " " in item.text else item.text  # spaced out: "园 区", "区 域 创 新"
        ornamented = _between_ornaments(text)
        text = text[1:-1] if ornamented else text
        if len(text) > MAX_PAGE_NAME and " " not in text and text.isprintable():
            continue  # longer than any name, and no space (any other is unprintable) to stretch one
        if not PAGE_NAME.match(text) and not LONG_PAGE_NAME.match(text):
            continue  # as most lines: no bare word, whatever is printed around it
        if _sidebar_label_text(text):
            continue  # a box's label, spaced out or not ("链 接", "背景"): the heading of a story's box
        furniture = [0 <= j < len(items) and items[j].kind == FURNITURE for j in (index - 1, index + 1)]
        near_edge = index < EDGE_LINES or index >= len(items) - EDGE_LINES
        # the bar's ornaments set the name off as a rubric, at the page's head or foot (a
        # subheading inside a story may be set between two marks)
        dotted = DOTTED_PAGE_NAME.match(text) is not None or ornamented and near_edge
        # the page's first line over its date line ("高新区周刊" / "2024年11月8日 星期五") is its
        # running head: a headline stands over its text, never over furniture alone
        # (between two rules stands a heading the rules set off, no page's name)
        enclosed = all(furniture) and not _between_rules(items, index) or index == 0 and furniture[1]
        if item.kind == HEADLINE and not enclosed and not dotted:
            # printed tight between the date and the page number, the name reads as a group's
            # display line; a headline stands over its text, never between two furniture lines
            continue
        named = PAGE_NAME.match(text) or enclosed and LONG_PAGE_NAME.match(text)
        if not named or reads_as_names(text) or counts_a_point(text) or _under_open_title_line(items, index):
            continue
        if _under_joining_dot(items, index):
            continue
        if not near_edge and not furniture[0] and _over_headline_group(items, index):
            continue  # mid-page over a story's title and deck: its kicker
        beside_furniture = any(furniture)
        # "…企业。" then "王明": a trailing author, though the dictionary knows the name; so is a
        # name the surname list does not know ("其其格"): a page's name is a word the dictionary
        # knows. The page's foot may follow the author of the article ending the page, a name no
        # word ("扎西次仁") or set in from the column's edge as no page's name is ("    高峰").
        reads_as_author = reads_as_authors(text) or reads_as_unlisted_name(text)
        over_foot = not furniture[0] and (item.indented or not nlp.is_known_word(text))
        if reads_as_author and (not beside_furniture or over_foot) and _after_closed_sentence(items, index):
            continue
        at_edge = index == 0 or index == len(items) - 1 or beside_furniture
        # a page's head or foot printed mid-text (read out between two columns) is furniture
        # still; a dotted rubric read out mid-page stands between two stories
        if dotted:
            item.kind = FURNITURE
            _end_story_above(items, index)
        elif len(text) <= 3 or at_edge and near_edge or all(furniture):
            item.kind = FURNITURE


def split_bars_off_headlines(items: list[Item]) -> list[Item]:
    """The section's bar at the page's head (its name dotted, parted by a bar, or set between
    ornaments: "园区·动态", "科创 | 周刊", "◆科创园区◆") printed in one group with the first
    story's headline under it is parted from it: the page's furniture, no kicker. So is the
    column's label right under it, a bare word ("人物", "读者热线"), over the headline. Down the
    page, a column's name dotted of words ("县域经济·园区", "回音壁·问政") over a story's
    headline is parted from it too: no kicker or title is two words joined by a middle dot. So
    is one read right under a headline, the title of a story printed after its text and the
    logo heading the next story's column read in one group with it."""
    if not lines_hold(items, *BAR_ORNAMENTS, *_NAME_JOINS):
        return items  # most pages print no bar: no line holds a bar's ornament or a name's joint
    out: list[Item] = []
    for index, item in enumerate(items):
        at_head = index < EDGE_LINES
        grouped = item.kind == HEADLINE and len(item.lines) > 1
        if grouped and _bar_line(item.lines[0], at_head):
            cut = 2 if at_head and len(item.lines) > 2 and _column_label(item.lines[1]) else 1
            bar, rest = item.lines[:cut], item.lines[cut:]
            out.append(Item(FURNITURE, bar, "\n".join(line.text for line in bar)))
            out.append(replace(item, lines=rest, text="\n".join(line.text for line in rest)))
        elif grouped and not at_head and _bar_line(item.lines[-1], at_head=False):
            rest, bar = item.lines[:-1], item.lines[-1:]
            out.append(replace(item, lines=rest, text="\n".join(line.text for line in rest)))
            out.append(Item(FURNITURE, bar, bar[0].text))
        else:
            out.append(item)
    return out


MAX_COLUMN_LABEL = 4  # characters of a column's label under the bar: a word or two ("人物", "读者热线")


def _column_label(line: Line) -> bool:
    text = line.text.strip()
    return len(text) <= MAX_COLUMN_LABEL and PAGE_NAME.match(text) is not None and not reads_as_names(text)


def _bar_line(line: Line, at_head: bool) -> bool:
    """The section's bar at the page's head; a dotted name of dictionary words anywhere."""
    text = squeeze(line.text)
    if _between_ornaments(text):
        return at_head and PAGE_NAME.match(text[1:-1]) is not None
    if at_head:
        return DOTTED_PAGE_NAME.match(text) is not None and not reads_as_names(text)
    return DOTTED_PAGE_NAME.match(text) is not None and not reads_as_authors(text)


def _between_ornaments(text: str) -> bool:
    """The line's words stand between two of a bar's ornaments, the same on either side."""
    return len(text) > 2 and text[0] == text[-1] and text[0] in BAR_ORNAMENTS


# Lines between two of the masthead's: a strap, or the page's name and the strap under it
MAX_STRAP_LINES = 2
MAX_STRAP = 16  # characters of a strap line: two short phrases, no sentence


_ISSUE_NUMBER_LINE = re.compile(ISSUE_NUMBER)


def mark_paper_name(items: list[Item]) -> None:
    """The page's first line, over the issue's number (第N期), is the paper's name, whatever it is
    called ("X通讯", "X简报" as much as "X报"): a masthead prints the number under the name, and
    no headline stands over a masthead's line."""
    if len(items) < 2 or items[0].kind not in (HEADLINE, BODY) or len(items[0].lines) != 1:
        return
    name, below = items[0], items[1]
    if below.kind == FURNITURE and _ISSUE_NUMBER_LINE.match(below.text) and not holds_clause(name.text):
        name.kind = FURNITURE


def mark_masthead_straps(items: list[Item]) -> None:
    """A page's head (or its foot) prints its date, number and name and a staff line, and may
    print a strap line under the name ("聚焦国家高新区 服务创新发展"): a slogan over the whole
    page. A line or two of no clause between a date or number line (or the name under one) and
    the next line of that furniture is the masthead's: a headline stands over its text, never
    inside the masthead. A rubric over a story ("评论") is no page's name under a masthead line."""
    for index in _strap_runs(items):
        items[index].kind = FURNITURE


def _strap_runs(items: list[Item]) -> list[int]:
    straps: list[int] = []
    last = len(items) - 1
    near_edges = [*range(min(EDGE_LINES, last)), *range(max(EDGE_LINES, len(items) - EDGE_LINES), last)]
    for k in near_edges:
        if not (_masthead_line(items[k]) or _name_under_masthead(items, k)):
            continue
        end, count = k + 1, 0
        while end < len(items) and _strap_like(items[end]):
            count += len(items[end].lines)
            end += 1
        if end < len(items) and _masthead_line(items[end]) and 0 < count <= MAX_STRAP_LINES:
            straps += range(k + 1, end)
    return straps


def _name_under_masthead(items: list[Item], k: int) -> bool:
    """The page's name, the date or page number printed right over it."""
    name, above = items[k], items[k - 1]
    if k == 0 or name.kind != FURNITURE or above.kind != FURNITURE:
        return False
    text = squeeze(name.text)
    named = PAGE_NAME.match(text) or LONG_PAGE_NAME.match(text)
    return bool(named) and is_furniture_line(above.text)


def _masthead_line(item: Item) -> bool:
    """A date, page number or staff line: no mark closing a story (□, （完）)."""
    return item.kind == FURNITURE and is_furniture_line(item.text)


def _strap_like(item: Item) -> bool:
    """A line of the masthead: short, no clause nor sentence, not spaced out as a title's letters
    are (a group of such lines in one item)."""
    if item.kind not in (BODY, HEADLINE):
        return False
    texts = [line.text.strip() for line in item.lines]
    return all(
        len(squeeze(t)) <= MAX_STRAP
        and not is_letter_spaced(t)
        and not CLAUSE_MARK.search(t)
        and not ends_sentence(t)
        for t in texts
    )


# An editor's note runs a few sentences: a paragraph of some eight lines in a narrow column
NOTE_LINES = 8


def place_editor_notes(items: list[Item]) -> list[Item]:
    """An editor's note (编者按：…) printed over a headline, its last sentence closed right over it.
    Opening the page under its running head, a note that names no park the story under it names
    introduces the page (the series its stories belong to): its furniture. Any other is the note
    of the story under the headline, set over the title to lead into it: the text's first
    paragraph, read under the headline and byline, before a dateline that opens the text under
    them. (A story's note printed under its headline is in its place already.)"""
    if not page_holds(items, "编"):
        return items  # most pages: no text holds a note's label (each opens on 编)
    out = list(items)
    # from the bottom: a note moved (or made furniture) leaves those above in place, as found
    notes = [k for k, item in enumerate(out) if _opens_editor_note(item)]
    if not notes:  # most pages print none
        return out
    opening = next((i for i, item in enumerate(out) if item.kind != FURNITURE), None)
    for start in reversed(notes):
        end = _note_over_headline(out, start)
        if end is None:
            continue
        head = neighbour(out, end - 1, 1)
        text = _text_under_headline(out, head)
        if start == opening and not _names_park_of_story(out, start, end, text):
            for item in out[start:end]:
                item.kind = FURNITURE
        elif text < len(out) and out[text].kind == BODY:
            if names.DATELINE.match(out[text].text):
                out[text].starts_article = False  # the note opens the text now
            out[start:text] = [*out[end:text], *out[start:end]]
    return out


def _opens_editor_note(item: Item) -> bool:
    return item.kind == BODY and opens_editor_note(item.text)


def _note_over_headline(items: list[Item], start: int) -> int | None:
    """Where the note opening at `start` ends, if its paragraph is closed right over a headline:
    no headline over it (it would be that one's note, in its place), no more lines than a note
    runs, no sentence closed short of the column before its last line (text going on after one
    is a story's own)."""
    if _under_headline(items, start):
        return None
    end = start
    while end < len(items) and items[end].kind == BODY and end - start <= NOTE_LINES:
        end += 1
    below = neighbour(items, end - 1, 1)
    if below is None or items[below].kind != HEADLINE or not ends_sentence(items[end - 1].text):
        return None
    inner = list(range(start, end - 1))
    widths = local_widths(items, inner)
    if any(ends_sentence(items[k].text) and not reaches_edge(items[k].text, widths[k]) for k in inner):
        return None
    return end


def _under_headline(items: list[Item], start: int) -> bool:
    """Line `start` stands under a headline, or under the byline printed under one (a byline
    over it alone may close the story above, printed at its foot)."""
    above = neighbour(items, start, -1)
    if above is not None and items[above].kind == BYLINE:
        above = neighbour(items, above, -1)
    return above is not None and items[above].kind == HEADLINE


def _text_under_headline(items: list[Item], head: int) -> int:
    """The first line of text under the headline at `head`, past its lines, byline and floats."""
    k = head
    while k < len(items) and items[k].kind in (HEADLINE, BYLINE, *FLOATING):
        k += 1
    return k


def _names_park_of_story(items: list[Item], start: int, end: int, text: int) -> bool:
    """The note names a park the story's headline or first lines name: it speaks of that story."""
    note = "".join(item.text for item in items[start:end])
    story = "".join(item.text for item in items[end : text + NOTE_LINES] if item.kind != FURNITURE)
    return name_same_park(note, story)


def _under_open_title_line(items: list[Item], index: int) -> bool:
    """A title wrapped at its measure leaves a word or two for its last line ("园区与职业院校共建产业"
    / "学院"): under a line printed straight above it that stops short of the column, closing no
    sentence and holding no clause, a bare word is what that line had no room for. So is the
    measure word of a figure the line above ends on ("…交易额突破10" / "亿元"), however wide that
    line: a figure is printed with what it counts, and only a full measure parts them; and so is
    the rest of a word a headline's last line broke, whatever its width. A title as long as its
    measure is wide fills the line to the edge: a bare word under it is its rest too when nothing
    runs on into that line and the text it heads, or its subtitle, follows the word."""
    if index == 0 or items[index - 1].kind not in (BODY, HEADLINE):
        return False
    above = items[index - 1].text
    if ends_sentence(above) or CLAUSE_MARK.search(above):
        return False
    if counted_on(above, items[index].text):
        return True
    if items[index - 1].kind == HEADLINE and nlp.splits_word(above.split("\n")[-1], items[index].text):
        return True  # a headline's last line broken inside a word ("…连接设备超百" / "万台")
    if not reaches_edge(above, local_widths(items, [index - 1])[index - 1]):
        return True
    below = neighbour(items, index, +1)
    headed = below is not None and (reads_as_text(items[below]) or _opens_subtitle_dash(items[below]))
    if items[index - 1].kind == HEADLINE and _wrapped_at_measure(above, items[index].text):
        # a title wrapped at its measure ends on the word, over its text or the next story's head
        return headed or below is not None and items[below].kind == HEADLINE
    first = _first_line_at_measure(items, index - 1)
    marked = ORNAMENT.match(items[first].text) is not None or label_over(items, first)
    return headed and (marked or _nothing_runs_into(items, first))


def _first_line_at_measure(items: list[Item], index: int) -> int:
    """The first of the lines straight over line `index` as wide as it, none closing a sentence or
    holding a clause: a title wrapped over several lines at its measure, each filled to the edge."""
    width = display_width(items[index].text)
    while index > 0 and items[index - 1].kind == BODY:
        above = items[index - 1].text
        if ends_sentence(above) or CLAUSE_MARK.search(above) or abs(display_width(above) - width) > 1:
            break
        index -= 1
    return index


def _under_joining_dot(items: list[Item], index: int) -> bool:
    """A line ending on a joining dot ("产业链·") broke the rubric or name it joins: the word
    under it is that rubric's second word ("新材料"), no page's name."""
    return index > 0 and items[index - 1].text.rstrip().endswith(tuple(names.NAME_DOTS))


def _over_headline_group(items: list[Item], index: int) -> bool:
    """The next two items are headlines: a title and its deck. A page's name is printed among
    its head's or its foot's lines, and a page's head read out mid-page stands over one story's
    title at the most; a bare word over a title and its deck is that story's kicker ("人物")."""
    below = items[index + 1 : index + 3]
    return len(below) == 2 and all(item.kind == HEADLINE for item in below)


def _wrapped_at_measure(headline: str, word: str) -> bool:
    """A headline of several lines all as wide, wider than the word under it: a title wrapped at
    its column's measure, whatever runs into its first line, and the word is its last line."""
    widths = [display_width(line) for line in headline.split("\n")]
    return len(widths) > 1 and max(widths) - min(widths) <= 1 and display_width(word) < min(widths)


def _opens_subtitle_dash(item: Item) -> bool:
    """A line opening on a dash ("——访…"): the subtitle printed under the title's last line."""
    return item.text.lstrip().startswith("——")


def _nothing_runs_into(items: list[Item], index: int) -> bool:
    """Nothing runs on into line `index`: it opens the page, or follows a headline, the page's
    furniture, a closed sentence, or a line stopping at half its column or short of it (a label,
    "图片新闻", or the word a credit ends on, "摄"): text runs on only from a line its measure
    filled."""
    before = neighbour(items, index, -1)
    if before is None or items[before].kind in (HEADLINE, FURNITURE):
        return True
    return items[before].kind == BODY and (ends_paragraph(items[before]) or _half_column_line(items, before))


def _half_column_line(items: list[Item], index: int) -> bool:
    column = local_widths(items, [index]).get(index)
    return column is not None and display_width(items[index].text) <= HALF_COLUMN * column


def _after_closed_sentence(items: list[Item], index: int) -> bool:
    before = neighbour(items, index, -1)
    return before is not None and items[before].kind == BODY and ends_sentence(items[before].text)


# A pull quote: a speaker's words repeated from the text, set large among its columns ("“…”")
QUOTED_PULLQUOTE = re.compile(r"^[“「][^“”「」]{6,}[”」][。！？]?$")
# or a whole sentence of the text repeated, quoted or plain, closed by its own full stop, which no
# title prints: a quoted title ("“做材料要耐得住寂寞”") may take a phrase its text says unquoted
SENTENCE_PULLQUOTE = re.compile(r"^[“「]?([^“”「」]{6,}。)[”」]?$")
# or an interview's question repeated ("记者：园区在引进企业方面有什么考虑？"): a title may ask, but
# in a phrase, with no clause parted by a comma and no speaker's colon
ASKED_PULLQUOTE = re.compile(r"^[“「]?([^“”「」]{2,}[，、；：][^“”「」]{2,}？)[”」]?$")


# A pull quote is set in a few short lines of display type, a sentence worth repeating: more than
# a speaker's tag ("企业负责人说。"). In a narrow column (nine to eleven characters) its box is
# narrower still, six or seven characters: a sentence of forty runs to seven lines
PULLQUOTE_LINES = 7
MIN_PULLQUOTE = 10


def set_aside_pullquotes(items: list[Item]) -> None:
    """Display lines printed apart from the text that the text itself says word for word are a
    pull quote: decoration repeating the article, no headline of it and no text of its own."""
    body = "".join([squeeze(item.text) for item in items if item.kind == BODY])
    for item in items:
        if item.kind == HEADLINE and _repeats(squeeze(item.text), body):
            item.kind = FURNITURE


# A sentence of the text: up to its closing mark and the quotes or brackets that close with it
SENTENCE_CLOSE = re.compile(rf"[{SENTENCE_END}][{SENTENCE_END}]*[{CLOSERS}]*")  # on a class: sought fast
# (possessive: a run of text that no mark closes is given up whole, not a character at a time)
WHOLE_SENTENCE = re.compile(rf"[^{SENTENCE_END}\n]++{SENTENCE_CLOSE.pattern}")
# A sentence may say another after a clause mark or a closing bracket: "……（记者 X）近日，……"
CLAUSE_BREAK = re.compile(r"[，、；：]|[）)」』]+")


OWN_QUOTES = "“”「」"


@dataclass(frozen=True)
class _Sayings:
    """The sentences the text says as it flows, their own quotes aside. A sentence begins after
    another's end or where the text resumes past a headline or a byline (it flows on past a
    caption or the page's furniture printed in its way)."""

    flow: str
    sentences: list[str]

    @cached_property
    def whole(self) -> Counter[str]:
        """How many times the text says each sentence, its own quotes aside (counted when first
        asked: a quote read as a headline is told by the sentences alone)."""
        return Counter(sentence.strip(OWN_QUOTES) for sentence in self.sentences)

    def says(self, said: str) -> bool:
        """A sentence says it, whole or as its close from a clause on."""
        if said not in self.flow:
            return False
        saying = (sentence for sentence in self.sentences if said in sentence)
        return any(close.strip(OWN_QUOTES) == said for sentence in saying for close in _closes(sentence))

    def closes_twice(self, said: str) -> bool:
        """Two sentences say it, whole or as their close from a clause on (a photo's words,
        "…车间里，机器人正在装配。", printed again under it); cheap first, the flow says it twice."""
        if self.flow.count(said) < 2:
            return False
        saying = (sentence for sentence in self.sentences if said in sentence)
        return sum(any(close.strip(OWN_QUOTES) == said for close in _closes(s)) for s in saying) > 1


def _sayings(texts: dict[int, str], opens: dict[int, bool]) -> _Sayings:
    flow = "".join([("\n" if opens[i] else "") + text for i, text in texts.items()])
    sentences = WHOLE_SENTENCE.findall(flow)
    return _Sayings(flow, sentences)


@dataclass(frozen=True)
class _SentenceReading:
    """How the page's body lines read as sentences (`_sentence_openings`), and the sentences
    they say, read from the lines' kinds and texts alone."""

    lines: list[tuple[str, str]]  # each item's kind and text, all the reading depends on
    opens: dict[int, bool]
    resumed: set[int]
    texts: dict[int, str]

    @cached_property
    def sayings(self) -> _Sayings:
        return _sayings(self.texts, self.opens)


_LAST_READING: list[_SentenceReading] = []  # the page's reading by the last pass that asked


def _read_sentences(items: list[Item]) -> _SentenceReading:
    """The page's sentences, read again only if a line's kind or text changed since the last
    pull-quote pass read them: the passes after the headlines are decided most often find the
    page as the one before left it (few pages print a quote it sets aside)."""
    lines = [(item.kind, item.text) for item in items]
    if _LAST_READING and _LAST_READING[0].lines == lines:
        return _LAST_READING[0]
    reading = _SentenceReading(lines, *_sentence_openings(items))
    _LAST_READING[:] = [reading]
    return reading


def _closes(sentence: str) -> list[str]:
    """The sentence and what follows each of its clause marks or closing brackets, or its dateline
    (a quote repeats an article's first sentence without its "本报讯")."""
    dateline = names.DATELINE.match(sentence)
    after_dateline = [sentence[dateline.end() :]] if dateline else []
    return [sentence, *after_dateline] + [sentence[mark.end() :] for mark in CLAUSE_BREAK.finditer(sentence)]


def set_aside_repeated_sentences(items: list[Item]) -> None:
    """An extractor that writes every line alike leaves a pull quote's lines among the text's: a
    run of lines holding one whole sentence that the text says elsewhere as well is that
    sentence printed again, no text of its own. The quote may be set between two sentences (the
    text may say it as the close of a longer one) or in the middle of a sentence the text carries
    on past it: it is a sentence the text says whole then."""
    reading = _read_sentences(items)
    opens, resumed, texts, sayings = reading.opens, reading.resumed, reading.texts, reading.sayings
    ends = _sentence_ends(items)
    shown_to_end = _texts_to_sentence_end(texts, ends)
    copies: dict[str, list[list[int]]] = {}
    # read down the page: of copies alike, the later is the repeat
    whole = sayings.whole
    for i, shown in reversed(shown_to_end.items()):  # the body lines to the close, a quote's few
        if len(shown) < MIN_PULLQUOTE:
            continue  # fewer characters than a quote holds ideographs: asked nothing (`_quotable`)
        end = ends[i]
        said = shown.strip(OWN_QUOTES)
        # told by the sayings first, each line starting a run: the run's own tests cost more (a
        # count is read with get: most runs say no sentence, and a Counter makes a missing key's 0
        # in Python)
        if i in resumed:  # a quote may say the whole of a sentence a headline broke off
            repeated = whole.get(said, 0) > 1  # the close of it is the text's
        elif opens[i]:
            repeated = sayings.closes_twice(said)  # once where the run stands
        else:  # or the sentence the text reads across the run (cheap first: its end, the body
            # line under the run, opens with words the run says)
            below = texts.get(end + 1)
            repeated = whole.get(said, 0) > 0 or (
                below is not None
                and below[:2] in said
                and said == _sentence_read_across(items, list(range(i, end + 1)))
            )
        # an indent kept opens a paragraph, the original a pull quote repeats
        if repeated and not items[i].paragraph_indent and _quotable(said, shown):
            run = list(range(i, end + 1))
            if not _set_as_paragraph(items, run) and not _said_by_another_story(items, run, said):
                copies.setdefault(said, []).append(run)
    for runs in copies.values():
        quote = _repeat(items, runs)
        for k in quote:
            items[k].kind = FURNITURE
        if quote and quote[0] > 0:
            _hand_end_above(items[quote[-1]], items[quote[0] - 1])


def _said_by_another_story(items: list[Item], run: list[int], said: str) -> bool:
    """A pull quote repeats words of its own story. Lines set between two sentences of a story's
    text (a body line closing one above them, one of the same story's under them) saying a
    sentence the text says again only in another story, past a dateline from them, are their
    story's own: two stories on a page may say one stock sentence. A page that carries a story
    on in another of its columns prints its parts apart: its datelines part no stories there."""
    above, below = neighbour(items, run[0], -1), neighbour(items, run[-1], +1)
    if above is None or below is None or not _between_sentences(items[above], items[below]):
        return False
    if any(item.continued_from_column for item in items):
        return False
    start = max((k for k in range(run[0]) if _opens_story(items[k])), default=0)
    stop = next((k for k in range(run[-1] + 1, len(items)) if _opens_story(items[k])), len(items))
    story = (squeeze(items[k].text) for k in range(start, stop) if items[k].kind == BODY and k not in run)
    return said not in "".join(story)


def _between_sentences(above: Item, below: Item) -> bool:
    """Two body lines of one story's text, the upper closing its sentence."""
    text_above = above.kind == BODY and not above.ends_article and ends_sentence(squeeze(above.text))
    return text_above and below.kind == BODY and not _opens_story(below)


def _opens_story(item: Item) -> bool:
    """A dateline opens a story's text, and a jump line a part of one carried on from another page."""
    return bool(item.continued_from) or item.kind == BODY and names.starts_with_dateline(item.text)


def set_aside_quotes_read_as_headlines(items: list[Item]) -> list[Item]:
    """A pull quote's short lines of display type, read at the head of a story's text (or under
    the headline read before it), may pass for a headline, whole or in part: the lines from a
    headline's on (or from a sentence's opening over one) to the first closing a sentence, no
    more than a quote's few, that hold a whole sentence the text says elsewhere word for word
    are that copy, no headline and no text. A headline's own lines above the quote's stay its own."""
    heads = [i for i, item in enumerate(items) if item.kind == HEADLINE]
    if not heads:
        return items
    reading = _read_sentences(items)
    opens = reading.opens
    runs = {i: run for i in _quote_starts(items, heads, opens) if (run := _display_run(items, i))}
    if not runs:
        return items  # most headlines stand over a byline or a sentence longer than a quote
    sayings = reading.sayings
    parted: dict[int, list[Item]] = {}  # what each item a quote opens in is parted into, read down the page
    for i in sorted(runs):
        item = items[i]
        if item.kind == FURNITURE:
            continue  # set aside with a quote run above it
        held = _quote_held(items, runs[i], sayings)
        if held is None:
            continue
        own = [_of_lines(item, item.lines[:held], HEADLINE)] if held else []
        parted[i] = [*own, _of_lines(item, item.lines[held:], FURNITURE)]
        for k in runs[i][1:]:
            items[k].kind = FURNITURE
    if not parted:
        return items  # most quote runs say no sentence the text says: the items stand as read
    return [part for i, item in enumerate(items) for part in parted.get(i, [item])]


def _quote_starts(items: list[Item], heads: list[int], opens: dict[int, bool]) -> set[int]:
    """Each headline, and each body line a quote's few lines above one opening a sentence whose
    lines to its close hold a headline (asked only near a headline: most lines are far from one)."""
    above = {k for i in heads for k in range(max(0, i - PULLQUOTE_LINES + 1), i) if opens.get(k)}
    return {*heads, *(k for k in above if any(items[j].kind == HEADLINE for j in _display_run(items, k)))}


def _of_lines(item: Item, lines: list[Line], kind: str) -> Item:
    return replace(item, kind=kind, lines=lines, text="\n".join(line.text for line in lines))


def _display_run(items: list[Item], i: int) -> list[int]:
    """The headline or body items from i to the first closing a sentence, if a quote's few lines."""
    run, count = [], 0
    for k in range(i, len(items)):
        if items[k].kind not in (HEADLINE, BODY):
            return []
        run.append(k)
        count += len(items[k].lines)
        if ends_sentence(squeeze(items[k].text)):
            return run if count <= PULLQUOTE_LINES else []
        if count >= PULLQUOTE_LINES:
            return []
    return []


def _quote_held(items: list[Item], run: list[int], sayings: _Sayings) -> int | None:
    """Where in the lines of the run's first item a quote of a sentence the text says opens, if
    one does: the number of that item's lines above it, a headline's own."""
    rest = "".join(squeeze(items[k].text) for k in run[1:])
    lines = items[run[0]].lines
    for held in range(len(lines)):
        shown = "".join(squeeze(line.text) for line in lines[held:]) + rest
        if held and (closes_more_than_it_opens(shown) or CLAUSE_MARK.search(lines[held - 1].text)):
            continue  # the line above opens the quotation or the sentence this one goes on with
        said = shown.strip(OWN_QUOTES)
        if _quotable(said, shown) and sayings.says(said):
            return held
    return None


def _hand_end_above(quote: Item, above: Item) -> None:
    """A pull quote printed at the foot of an article's part, over its jump line: the text broke
    off at the line above the quote, which ends the part in its stead."""
    if quote.ends_article:
        above.ends_article = True
        above.continues_on, above.continues_in_column = quote.continues_on, quote.continues_in_column


def _repeat(items: list[Item], runs: list[list[int]]) -> list[int]:
    """Of the copies of a sentence printed on lines of their own, the one a pull quote's narrower
    measure sets apart. Of copies set alike, a line printed twice (as an extractor may) is the
    later, the text having said it first; lines printed alike twice are no display type."""
    measures = [_measure(items, run) for run in runs]
    narrowest = min(measures)
    alike = [run for run, measure in zip(runs, measures) if measure == narrowest]
    return alike[-1] if len(alike) == 1 or len(alike[-1]) == 1 else []


def _quotable(said: str, shown: str) -> bool:
    """A statement closed by its full stop: an interview's question printed again is its turn,
    unless set in quote marks its turn does without."""
    closed = said.endswith("。") or QUOTED_PULLQUOTE.match(shown) is not None
    return closed and holds_han(said, MIN_PULLQUOTE)


def _measure(items: list[Item], run: list[int]) -> float:
    """The widest of a run's lines but its last, which may stop short: a lone line shows none."""
    return max((display_width(items[k].text) for k in run[:-1]), default=math.inf)


def _sentence_openings(items: list[Item]) -> tuple[dict[int, bool], set[int], dict[int, str]]:
    """Each body line, and whether a sentence opens on it: none runs on into it from the line
    read above it (past what floats), as `_runs_on_from` tells line by line. And the lines that
    resume a sentence the text broke off at a headline or a byline set into its column ("…项目
    总投资65亿元，" / title / byline / "全部建成后…。"). And each body line's text without its
    extraction spaces, squeezed here once for the rules that read the text."""
    opens = {}
    resumed = set()
    texts = {}
    text_closed = True  # the body line read last closes its sentence
    runs_on = False  # the line read last, past what floats, is text leaving its sentence open
    for i, item in enumerate(items):
        if item.kind == BODY:
            opens[i] = not runs_on
            if opens[i] and not text_closed:
                resumed.add(i)
            texts[i] = squeeze(item.text)
            text_closed = ends_sentence(texts[i])
            runs_on = not text_closed
        elif item.kind not in FLOATING:
            runs_on = False
    return opens, resumed, texts


def _texts_to_sentence_end(texts: dict[int, str], ends: list[int | None]) -> dict[int, str]:
    """For each body line a pull quote's few lines above the first closing a sentence (only body
    lines leading there), the text from it to that close: read up from each close, every line's
    is its own text and the one below it (no run is joined anew for each of its lines)."""
    shown: dict[int, str] = {}
    for i in reversed(texts):
        end = ends[i]
        if end is None or end - i >= PULLQUOTE_LINES:
            continue  # most lines are far from their sentence's end
        shown[i] = texts[i] if i == end else texts[i] + shown[i + 1]
    return shown


def _runs_on_from(items: list[Item], i: int) -> int | None:
    """The body line whose sentence runs on into line i, if any (read as the text is: a line
    letter-spaced to its end, "…买 到 。 ”", closes its sentence)."""
    before = neighbour(items, i, -1)
    if before is None or items[before].kind != BODY or ends_sentence(squeeze(items[before].text)):
        return None
    return before


def _sentence_read_across(items: list[Item], run: list[int]) -> str:
    """The sentence the text reads across a run of lines: a pull quote set in the middle of the
    very sentence it repeats parts it in two, its start above the quote and its end below."""
    above = []
    k = _runs_on_from(items, run[0])
    while k is not None and len(above) < PULLQUOTE_LINES:
        above.append(squeeze(items[k].text))
        k = _runs_on_from(items, k)
    start = SENTENCE_CLOSE.split("".join(reversed(above)))[-1]
    end = WHOLE_SENTENCE.match(_text_below(items, run[-1] + 1))
    return start + end.group() if start and end else ""


def _text_below(items: list[Item], i: int) -> str:
    """The body text from line i to the first line a sentence closes in, if a few lines down."""
    below = ""
    for k in range(i, min(i + PULLQUOTE_LINES, len(items))):
        if items[k].kind != BODY:
            break
        below += squeeze(items[k].text)
        if SENTENCE_CLOSE.search(items[k].text):
            break
    return below


def _sentence_ends(items: list[Item]) -> list[int | None]:
    """For each line, the first line from it on that closes a sentence, if only body lines lead
    there."""
    ends: list[int | None] = [None] * len(items)
    end = None
    for k in range(len(items) - 1, -1, -1):
        if items[k].kind != BODY:
            end = None
        elif ends_sentence(items[k].text):
            end = k
        ends[k] = end
    return ends


def _set_as_paragraph(items: list[Item], run: list[int]) -> bool:
    """A pull quote's lines are set to one measure; a paragraph's first line is short by its
    indent (told where a full line follows it, not just the last)."""
    if len(run) < 3:
        return False
    first, second = (display_width(items[k].text) for k in run[:2])
    return second - first >= INDENT - 0.5


def _repeats(shown: str, body: str) -> bool:
    if QUOTED_PULLQUOTE.match(shown) and shown.rstrip("。！？") in body:
        return True
    sentence = SENTENCE_PULLQUOTE.match(shown) or ASKED_PULLQUOTE.match(shown)
    return bool(sentence) and sentence[1] in body


def under_sidebar_label(items: list[Item], i: int) -> bool:
    """A sidebar's first line under its label opens its text ("名词解释" / "先进陶瓷：指…")."""
    above = [item for item in items[max(0, i - 2) : i] if item.kind != FURNITURE]
    return bool(above) and sidebar_label(above[-1]) and not comment_label(above[-1])


def close_spaced_datelines(items: list[Item]) -> None:
    """ "本 报 讯 日 前 ， 宁 波…": a short first line set letter-spaced opens its article with
    本报讯 all the same; written without the spaces, it reads as the dateline it is."""
    for item in items:
        if item.kind == BODY and is_letter_spaced(item.text) and names.DATELINE.match(squeeze(item.text)):
            item.text = squeeze(item.text)


def keep_dateline_credits_whole(items: list[Item]) -> None:
    """ "本报乌鲁木齐讯（记者 阿" / "依古丽·买买提 通讯员 热合曼" / "·吐尔逊）近日，…": a dateline
    whose credit in brackets runs over its line goes on in the line under it, though that line,
    roles and names alone, reads as a byline: it is inside the brackets the dateline opened."""
    for i, item in enumerate(items):
        if item.kind == BYLINE and inside_dateline_credit(items, i):
            item.kind = BODY


# Lines a dateline's credit in brackets runs over, at the most: a narrow column breaks a long
# name off its role ("本报讯（记者" / "阿衣古丽·买买提明" / "通讯员 於振兴）")
DATELINE_CREDIT_LINES = 3


def inside_dateline_credit(items: list[Item], i: int) -> bool:
    """The line goes on with the credit in brackets that a dateline's line opened right above
    it, or a line or two higher, the lines between going on with it: no headline nor byline,
    whatever its roles and names alone read as. (A credit opened on the line under the
    dateline's may have a headline read into it, where the columns were read across.)"""
    for j in range(i - 1, max(i - 1 - DATELINE_CREDIT_LINES, -1), -1):
        if items[j].kind != BODY:
            return False
        if names.starts_with_dateline(items[j].text):  # the credit's text joined only once found
            credit = "".join(item.text for item in items[j:i])
            return leaves_bracket_open(items[j].text) and leaves_bracket_open(credit)
    return False


def mark_dateline_starts(items: list[Item]) -> None:
    """本报讯 opens an article's text, and so does an editor's note; a dateline printed right under
    a story's note (its text closed, no headline between) opens that story's text, no other."""
    note = None  # where the body lines since the last headline or opening began with a note
    for i, item in enumerate(items):
        if item.kind != BODY:
            note = None
            continue
        if opens_editor_note(item.text) and not inside_sentence(items, i):
            item.starts_article, note = True, i
        elif names.starts_with_dateline(item.text) and not _under_note(items, i, note):
            item.starts_article, note = True, None


def _under_note(items: list[Item], i: int, note: int | None) -> bool:
    return note is not None and i - note <= NOTE_LINES and ends_sentence(items[i - 1].text)


def inside_sentence(items: list[Item], i: int) -> bool:
    """The body line above leaves a sentence open: whatever this line is, it is not where a text
    begins (the columns were read out of order)."""
    return i > 0 and items[i - 1].kind == BODY and not ends_sentence(items[i - 1].text)
