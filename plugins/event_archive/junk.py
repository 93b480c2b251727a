"""The shapes and phrases of page junk, across languages, for clean.py.

Phrase lists hold the boilerplate that news sites print around articles (share buttons,
"related news" headings, comment forms, update times, photo credits) in the languages
such sites use; the patterns are the shapes of lines no article sentence has.
"""

from __future__ import annotations

import re

TOKEN_WITH_LETTER = re.compile(r"\S*[^\W\d_]\S*")
# Scripts written without spaces between words, and about how many characters make a word.
CJK = re.compile("[\u3040-\u9fff\uf900-\ufaff]")  # Kana and Han: about two
SOUTHEAST = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")  # Thai, Lao...: four


def word_count(text: str) -> int:
    """Words in the text, estimated from characters where words are not spaced."""
    cjk, southeast = len(CJK.findall(text)), len(SOUTHEAST.findall(text))
    if cjk + southeast == 0:
        return len(TOKEN_WITH_LETTER.findall(text))
    spaced = SOUTHEAST.sub(" ", CJK.sub(" ", text))
    return cjk // 2 + southeast // 4 + len(TOKEN_WITH_LETTER.findall(spaced))


def alternation(phrases: str) -> str:
    """A regex alternation from a "|"-separated phrase list, longest phrase first."""
    items = sorted({p.strip() for p in phrases.split("|") if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p) for p in items)


LANGUAGE_NAMES = (
    "English|Vietnamese|Chinese|French|German|Indonesian|Japanese|Khmer|Korean|Laotian|Lao"
    "|Russian|Spanish|Thai|Arabic|Portuguese|Italian|Dutch|Malay|Hindi|Turkish|Polish"
    "|Ukrainian|Persian|Burmese|Filipino|Tagalog|Swedish|Czech|Greek|Hebrew|Bengali"
    "|Mongolian|Kazakh|Uzbek|Cambodian|Hungarian|Romanian|Bulgarian|Serbian|Croatian"
    "|Tiếng Việt|Việt|Tiếng Anh|Français|Deutsch|Español|Português|Italiano|Nederlands"
    "|Bahasa Indonesia|Bahasa Melayu|Русский|Українська|Български|العربية|فارسی|Türkçe"
    "|Polski|Čeština|Ελληνικά|עברית|हिन्दी|ไทย|ລາວ|ខ្មែរ|မြန်မာ|中文|简体中文|繁體中文"
    "|简体|繁體|日本語|한국어|Anglais|Vietnamien|Chinois|Allemand|Espagnol|Japonais|Coréen"
    "|Russe|Englisch|Chinesisch|Französisch|Russisch|Spanisch|Japanisch|Koreanisch"
)
LANGUAGE_NAME = re.compile(rf"(?<!\w)(?:{alternation(LANGUAGE_NAMES)})(?!\w)", re.I)

TEMPERATURE = re.compile(r"-?\d+(?:[.,]\d+)?\s*°\s*[CF]?")
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)")
FULL_STOP = re.compile(r"[.!?。！？।؟۔።။]\s*$")
NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?!\d)"
)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

STAMP_LABELS = (
    "Cập nhật|Cập nhật lúc|Ngày đăng|Đăng lúc|Thời gian đăng|Updated|Last updated|Update"
    "|Published|Posted|Posted on|Mis à jour|Publié|Publié le|Mise à jour|Обновлено"
    "|Опубликовано|Дата публикации|Actualizado|Publicado|Atualizado|Aktualisiert"
    "|Veröffentlicht|Diperbarui|Dipublikasikan|Diterbitkan|时间|发布时间|發佈時間|更新时间"
    "|更新時間|公開日|更新日|更新日時|配信|입력|수정|업데이트|기사입력|등록"
)
STAMP_LABEL = re.compile(rf"^\W*(?:{alternation(STAMP_LABELS)})\s*[:：]?", re.I)

# Betting-spam injected into hijacked pages, and the page furniture of its template.
SPAM_PHRASES = (
    "kèo nhà cái", "nhận định bóng đá", "soi kèo", "tỷ lệ kèo", "tỉ lệ kèo", "link vào",
    "slot gacor", "您的当前位置", "网络整理", "網絡整理",
)
SPAM_SUFFIX = re.compile(r"_[^_]{0,60}$")

# Inline image placeholders: "... - ảnh 1Caption", "Headline hinh anh 1Caption".
IMAGE_MARK = re.compile(r"\s*(?:[-–]\s*ảnh|hình ảnh|hinh anh)\s+\d{1,2}(?!\d)\s*", re.I)
IMAGE_WORDS = ("ảnh", "hinh anh")
MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)\s*\|?")
IMAGE_FILE = re.compile(r"\S+\.(?:jpe?g|png|gif|webp|bmp|svg)(?:\?\S*)?", re.I)

UI_PHRASES = (
    "chia sẻ|chia sẻ bài viết|chia sẻ bài|share|share this|share this article|share article"
    "|share on facebook|share on twitter|tweet|print|email|in bài|in bài viết|gửi bài"
    "|quay lên trên|lên đầu trang|về đầu trang|back to top|top|partager|partager cet article"
    "|imprimer|envoyer|поделиться|распечатать|分享|分享到|打印|返回顶部|공유|공유하기|인쇄"
    "|맨 위로|피드백|기타|feedback|đính kèm file|bình luận|comments|comment|commentaires"
    "|xem thêm|đọc thêm|read more|lire aussi|lire la suite|follow us|theo dõi chúng tôi"
    "|bookmark|zalo|facebook|twitter|copy link|sao chép liên kết|quảng cáo|advertisement"
    "|publicité|реклама|广告|광고|subscribe|newsletter|đăng ký nhận tin|s'abonner"
)
UI_LINE = re.compile(
    rf"\W*(?:(?:{alternation(UI_PHRASES)})\W*)+"
    r"|(?:tags?|từ khóa|mots-clés|теги|标签|태그)\s*[:：].*"
    r"|gửi file đính kèm.*"
    r"|(?:xem thêm|đọc thêm|read more|read also|see also|lire aussi|à lire aussi|voir aussi"
    r"|читайте также|baca juga|>>)\s*[:：>»].*"  # a link to another article
    r"|(?:©|copyright\s*(?:©|\(c\)|\d)|bản quyền|all rights reserved).{0,150}"
    r"|(?:biên tập|btv|editor|edited by|reporter|phóng viên|tác giả|author|auteur|автор"
    r"|记者|编辑|責任編輯|기자|chủ đề|topics?)\s*[:：].{0,80}"  # people and topic labels
    r"|[\W_]+",
    re.I,
)

# Headings after which the page holds no more of the article.
STOP_PHRASES = (
    "tin liên quan|các tin/bài khác|tin/bài khác|các tin khác|tin khác|bài liên quan"
    "|tin cùng chuyên mục|tin mới nhất|đọc nhiều nhất|phản hồi|ý kiến bạn đọc|bình luận"
    "|related news|related articles|related stories|related|more news|more stories"
    "|latest news|most read|see also|also read|you may also like|read next"
    "|articles liés|sur le même sujet|à lire aussi|dans la même rubrique|voir aussi"
    "|читайте также|похожие новости|другие новости|новости по теме|相关新闻|相关阅读"
    "|相关文章|延伸阅读|相關新聞|関連記事|関連ニュース|관련기사|관련 기사|관련뉴스"
    "|noticias relacionadas|notícias relacionadas|verwandte artikel|berita terkait"
    "|artikel terkait|baca juga"
)
STOP_LINE = re.compile(rf"\W*(?:{alternation(STOP_PHRASES)})\W*$", re.I)
COMMENT_PHRASES = (
    "ý kiến của bạn đọc", "gửi ý kiến", "gửi bình luận", "your comment", "leave a comment",
    "post a comment", "votre commentaire", "laisser un commentaire", "ваш комментарий",
    "оставить комментарий", "发表评论", "댓글을", "コメントを",
)


def has_phrase(line: str, phrases: tuple[str, ...]) -> bool:
    """Whether the line holds one of the (lowercase) phrases, in any letter case."""
    lower = line.lower()
    return any(phrase in lower for phrase in phrases)


def is_spam(line: str) -> bool:
    return has_phrase(line, SPAM_PHRASES)


def is_comment_form(line: str) -> bool:
    return has_phrase(line, COMMENT_PHRASES)

# The article's own end marks, dropped without a trace: "(完)", "(END)", the "/." of "./.".
END_MARKS = ("(完)", "（完）", "(END)", "(hết)", "(Hết)")


def without_end_mark(line: str) -> str:
    line = line.rstrip()
    for mark in END_MARKS:
        if line.endswith(mark):
            return line[: -len(mark)].rstrip()
    return line[:-2] if line.endswith(("./.", "!/.", "?/.")) else line

CREDIT_WORDS = (
    "Photo|Photos|Ảnh|Nguồn|Source|Sources|Foto|Fotos|Фото|Источник|Crédit|Crédits"
    "|Crédit photo|Image|来源|图片来源|圖片來源|出典|写真|사진|출처|뉴스출처"
)
CREDIT = alternation(CREDIT_WORDS)
AGENCY = r"[A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7})*"
CREDIT_LINE = re.compile(
    rf"\(?\s*(?i:{CREDIT})\s*[:：=]\s*.{{0,80}}"  # "Photo: VNA", "Photo : Pham Kiên/VNA/CVN"
    rf"|[—–-]?\s*\(?{AGENCY}\)?\.?"  # "VNA/CVN", "— VNS", "(VOV5)"
    rf"|\(?(?i:theo|according to|selon)\s+{AGENCY}(?:\s*[,-]\s*\w+)?\)?\.?"  # "(Theo VNA)"
)
CREDIT_LEADER = re.compile(rf"^\(({AGENCY})\)\s*[-–—]\s*")  # "(VOV5) - " before the lead
CREDIT_REACH = 120  # characters from the end of a line where an inline credit may start
CREDIT_TAILS = [
    re.compile(rf"\s*[(（]\s*(?:{CREDIT})\s*[:：=][^()（）]{{1,80}}[)）]\s*$", re.I),
    re.compile(rf"(?<=[.!?])\s*(?:{CREDIT})\s*:\s*[^.!?]{{1,60}}$", re.I),
    re.compile(rf"\s+[—–]\s*{AGENCY}(?:\s+(?:Photo|Ảnh)\b[^.!?]{{0,60}})?\s*$"),
    re.compile(r"(?<=[。.])\s*(?:图自|图片来源|圖片來源|摄影|攝影)[:：]?[^。]{1,20}$"),
]


def credit_split(line: str) -> tuple[str, list[str]]:
    """The line without its photo or agency credits, and the credits."""
    if CREDIT_LINE.fullmatch(line):
        return "", [line]
    credits = []
    leader = CREDIT_LEADER.match(line)
    if leader:
        credits.append(leader.group(1))
        line = line[leader.end():]
    for tail in CREDIT_TAILS:
        offset = max(0, len(line) - CREDIT_REACH)  # credits sit at the end: search only there
        found = tail.search(line, offset)
        if found and found.start() > 0:
            credits.append(found.group().strip(" —–-"))
            line = line[: found.start()].rstrip()
            if not FULL_STOP.search(line) and not re.search(r"[\u3040-\u9fff]", line):
                line += "."  # a caption is a sentence once its credit is gone
    return line, credits


def folded_key(line: str) -> str:
    """The line without case, spaces and punctuation: to spot repeated lines."""
    return re.sub(r"[\W_]+", "", line.casefold())
