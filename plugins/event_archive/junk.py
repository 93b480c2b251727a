"""The shapes and phrases of page junk, across languages, for clean.py.

Phrase lists hold the boilerplate that news sites print around articles (share buttons,
"related news" headings, comment forms, update times, photo credits) in the languages
such sites use; the patterns are the shapes of lines no article sentence has.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

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
    "|Suomi|Svenska|Dansk|Norsk|Magyar|Română|Slovenčina|Hrvatski|Srpski|Српски|Slovenščina"
    "|Kiswahili|Swahili|Català|Galego|Euskara|Eesti|Latviešu|Lietuvių|Shqip|Bosanski"
    "|Македонски|Беларуская|Қазақша|Oʻzbekcha|O'zbek|Монгол|Azərbaycan|Afrikaans|Hausa"
    "|Kurdî|پښتو|اردو|বাংলা|தமிழ்|తెలుగు|ქართული|Հայերեն|नेपाली|සිංහල|አማርኛ|Melayu"
    "|Bahasa|Tiếng Lào|Tiếng Khmer|Tiếng Thái|Tiếng Trung|Tiếng Nhật|Tiếng Hàn|Tiếng Nga"
    "|Tiếng Pháp|Tiếng Đức|Tiếng Tây Ban Nha|Português do Brasil|Urdu|Farsi|Malay"
)
LANGUAGE_NAME = re.compile(rf"(?<!\w)(?:{alternation(LANGUAGE_NAMES)})(?!\w)", re.I)
# The locales whose names of languages a site's language menu may be written in (CLDR).
MENU_LOCALES = ("en", "vi", "fr", "de", "es", "pt", "it", "nl", "ru", "uk", "pl", "cs", "zh",
                "zh_Hant", "ja", "ko", "ar", "fa", "he", "tr", "th", "lo", "km", "my", "id",
                "ms", "hi", "el", "sv", "hu", "ro", "bg", "sr")
MENU_TOKEN = re.compile(r"[^\s|/•·,]+")


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Every one-word name CLDR gives a major language in those locales, folded: "英语",
    "베트남어", "английский", "Inglés"."""
    names: set[str] = set()
    for code in MENU_LOCALES:
        languages = Locale.parse(code).languages
        names.update(name.casefold() for lang, name in languages.items()
                     if len(lang) == 2 and " " not in name)
    return frozenset(names)


TEMPERATURE = re.compile(r"-?\d+(?:[.,]\d+)?\s*°\s*[CF]?")
CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)")
STOP_MARKS = ".!?。！？।؟۔።။"  # what ends a sentence
FULL_STOP = re.compile(rf"[{re.escape(STOP_MARKS)}]\s*$")
FULL_STOPS = frozenset(STOP_MARKS)


def has_full_stop(line: str) -> bool:
    """What FULL_STOP.search says, from the last character: a search scans the whole line."""
    return line.rstrip()[-1:] in FULL_STOPS


NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?!\d)"
)
YEAR = re.compile(r"(?<!\d)(?:19|20|25)\d{2}(?!\d)")  # 25xx: Thai Buddhist-era years
# Arabic-Indic, Persian, Devanagari, Bengali, Thai, Lao, Khmer, Burmese and full-width digits.
DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x17E0, 0x1040, 0xFF10)
ASCII_DIGITS = str.maketrans({chr(zero + n): str(n) for zero in DIGIT_ZEROS for n in range(10)})
NATIVE_DIGIT = re.compile("|".join(f"[{chr(zero)}-{chr(zero + 9)}]" for zero in DIGIT_ZEROS))


def with_ascii_digits(line: str) -> str:
    """The line with its digits in ASCII, translated only when it has others (it is slow)."""
    if line.isascii() or not NATIVE_DIGIT.search(line):
        return line
    return line.translate(ASCII_DIGITS)

STAMP_LABELS = (
    "Cập nhật|Cập nhật lúc|Ngày đăng|Đăng lúc|Thời gian đăng|Updated|Last updated|Update"
    "|Published|Posted|Posted on|Mis à jour|Publié|Publié le|Mise à jour|Обновлено"
    "|Опубликовано|Дата публикации|Actualizado|Publicado|Atualizado|Aktualisiert"
    "|Veröffentlicht|Diperbarui|Dipublikasikan|Diterbitkan|时间|发布时间|發佈時間|更新时间"
    "|更新時間|公開日|更新日|更新日時|配信|입력|수정|업데이트|기사입력|등록"
    "|Publicado el|Publicado em|Atualizado em|Actualizado el|Aktualisiert am|Veröffentlicht am"
    "|Pubblicato|Pubblicato il|Aggiornato|Aggiornato il|Dikemaskini|Diterbitkan pada"
    "|Opublikowano|Aktualizacja|Zaktualizowano|Data publikacji|Опубліковано|Оновлено"
    "|Publikováno|Aktualizováno|Publicerad|Uppdaterad|Publicat|Actualizat|Publicat la"
    "|Közzétéve|Frissítve|Frissítés|Yayınlanma|Yayın tarihi|Güncelleme|Güncellenme"
    "|Son güncelleme|Gepubliceerd|Bijgewerkt|Laatst bijgewerkt|Imechapishwa|Nai-publish"
    "|Na-update|نشر في|تاريخ النشر|آخر تحديث|تحديث|تاریخ انتشار|به‌روزرسانی|تاریخ"
    "|פורסם|עודכן|प्रकाशित|अपडेट|अपडेटेड|प्रकाशित तिथि|প্রকাশিত|প্রকাশ|আপডেট|เผยแพร่"
    "|อัปเดต|อัพเดท|วันที่|ປັບປຸງ|ເຜີຍແຜ່|ចុះផ្សាយ|បានផ្សាយ|ထုတ်ဝေ|Ilichapishwa"
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
    "|drucken|imprimir|stampa|cetak|drukuj|друк|печать|yazdır|طباعة|พิมพ์|anzeige|werbung"
    "|publicidad|publicidade|pubblicità|iklan|reklama|reklam|إعلان|โฆษณา|विज्ञापन"
    "|leer más|ler mais|weiterlesen|continua a leggere|selengkapnya|czytaj dalej"
)
# Prompts to share, follow or comment: the verb, then a few words ("Compartir en
# Facebook", "Bagikan artikel ini", "Udostępnij na Facebooku", "แชร์ข่าวนี้").
PROMPT_WORDS = (
    "share|partager|partagez|compartir|compártelo|compartilhe|compartilhar|partilhar|partilhe|teilen|condividi"
    "|bagikan|kongsi|deel|delen|dela|shiriki|ibahagi|udostępnij|поделиться|поділитися"
    "|sdílet|sdílejte|zdieľať|megosztás|distribuie|paylaş|שתפו|שתף|شارك|مشاركة|اشتراک گذاری"
    "|اشتراک|शेयर करें|शेयर|শেয়ার করুন|শেয়ার|chia sẻ|follow us|síguenos|siga-nos|siganos"
    "|folgen sie uns|seguici|ikuti kami|ikuti|obserwuj nas|bizi takip edin|takip edin"
    "|підписуйтесь|подписывайтесь|volg ons|följ oss|sledujte nás|urmăriți-ne|تابعونا"
    "|yorum yap|komentuj|kommentieren|comenta|comente|commenta|kirim komentar"
    "|हमें फॉलो करें|फॉलो करें|फ़ॉलो करें|ফলো করুন|تابعنا|دنبال کنید|עקבו אחרינו"
    "|subscribe|suscríbete|suscribirse|abonnieren sie|iscriviti|assine|inscreva-se|langganan"
    "|subskrybuj|zapisz się|підпишіться|подпишитесь|abone ol|اشترك|सब्सक्राइब करें"
    "|ver vídeo|ver video|video abspielen|guarda il video|tonton video|xem video"
    "|assista ao vídeo|смотреть видео|дивитися відео|شاهد الفيديو|watch video"
    "|κοινοποίηση|κοινοποιήστε|μοιραστείτε|شیئر کریں|jaa|del artikkelen|del artiklen"
    "|del på facebook|dela på facebook|zdieľať|zdieľajte|сподели|споделете|podijeli|podeli"
    "|подели|поделите|გაზიარება|бөлісу|ulashish|хуваалцах|सेयर गर्नुहोस्|බෙදාගන්න|பகிர்|አጋራ"
)
PROMPT_LINE = re.compile(
    rf"\W*(?:{alternation(PROMPT_WORDS)})(?:[\s:：]+[^\s.!?。]+){{0,3}}\W*"
    r"|\W*(?:แชร์|ແບ່ງປັນ|ចែករំលែក|ติดตามข่าว|ติดตามเรา|မျှဝေ)[^\s.!?]{0,30}\W*",
    re.I,
)
# Headings of "read also" lists, in the languages of news sites: standing alone they end
# the article, followed by ":" and a title they are a link to another article.
READ_ALSO = (
    "xem thêm|đọc thêm|read more|read also|see also|also read|lire aussi|à lire aussi"
    "|voir aussi|читайте также|читайте також|baca juga|lee también|leer también|ver también"
    "|leia também|leia mais|veja também|veja mais|lesen sie auch|lesen sie mehr|mehr zum thema"
    "|leggi anche|vedi anche|lees ook|lees meer|czytaj także|czytaj też|zobacz także"
    "|zobacz też|čtěte také|čtěte též|läs också|läs även|citește și|citeşte şi|citește mai mult"
    "|okuyun|ayrıca okuyun|bunu da okuyun|soma pia|soma zaidi|basahin din|basahin"
    "|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|اقرأ المزيد|بیشتر بخوانید|بخوانید|ये भी पढ़ें|यह भी पढ़ें"
    "|और पढ़ें|আরও পড়ুন|আরো পড়ুন|อ่านเพิ่มเติม|อ่านต่อ|ອ່ານຕໍ່|អានបន្ថែម|קראו עוד|קרא עוד"
    "|baca lagi|baca selanjutnya|>>|διαβάστε επίσης|διαβάστε ακόμα|δείτε επίσης|مزید پڑھیں"
    "|یہ بھی پڑھیں|lue myös|lue lisää|læs også|læs mere|les også|les mer|čítajte tiež"
    "|prečítajte si aj|прочетете още|pročitajte još|pročitajte i|прочитајте још|preberite tudi"
    "|ასევე წაიკითხეთ|həmçinin oxuyun|сондай-ақ оқыңыз|यो पनि पढ्नुहोस्"
    "|இதையும் படிக்க|මෙයත් කියවන්න"
)
# "Read more" buttons: they open a list of other articles, or the rest of this one.
EXPANDERS = (
    "xem thêm|đọc thêm|read more|lire la suite|leia mais|ler mais|leer más|lees meer|lue lisää"
    "|læs mere|les mer|soma zaidi|اقرأ المزيد|और पढ़ें|อ่านต่อ|อ่านเพิ่มเติม|ອ່ານຕໍ່|អានបន្ថែម"
    "|citește mai mult|lesen sie mehr|weiterlesen|baca selanjutnya|selengkapnya|baca lagi"
    "|קראו עוד|קרא עוד|czytaj dalej|continua a leggere|আরও পড়ুন|بیشتر بخوانید"
)
EXPANDER = re.compile(rf"\W*(?:{alternation(EXPANDERS)})\W*", re.I)
UI_LINE = re.compile(
    rf"\W*(?:(?:{alternation(UI_PHRASES)})\W*)+"
    r"|(?:tags?|từ khóa|mots-clés|теги|теґи|标签|태그|etiquetas|schlagwörter|schlagworte|tagi"
    r"|štítky|címkék|etichete|etiketler|etiketter|trefwoorden|kata kunci|topik|الوسوم"
    r"|الكلمات المفتاحية|برچسب‌ها|برچسب ها|תגיות|टैग|ট্যাগ|แท็ก|ແທັກ|ស្លាក)\s*[:：].*"
    r"|gửi file đính kèm.*"
    rf"|(?:{alternation(READ_ALSO)})\s*[:：>»].*"  # a link to another article
    r"|(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d)|bản quyền|all rights reserved|riproduzione riservata"
    r"|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten"
    r"|tous droits réservés|hak cipta|все права защищены|усі права захищені"
    r"|wszelkie prawa zastrzeżone|tüm hakları saklıdır|جميع الحقوق محفوظة).{0,150}"
    r"|(?:biên tập|btv|editor|edited by|reporter|phóng viên|tác giả|author|auteur|автор"
    r"|autor|autora|autores|redaktor|redakcja|redacción|redação|redazione|redaktion|penulis"
    r"|wartawan|yazar|muhabir|editör|szerző|författare|auteur|לכתב|المحرر|संपादक"
    r"|记者|编辑|责任编辑|責任編輯|기자|chủ đề|topics?)\s*[:：].{0,80}"  # people and topic labels
    # Chinese, Japanese and Korean page furniture: print, close, scan, report an error, rights
    r"|\W*(?:打印本页|关闭窗口|扫一扫在手机打开当前页|纠错|シェアする|この記事を共有|기사제보"
    r"|많이 본 뉴스|좋아요\s*\d*)\W*"
    r"|\W*(?:comments?|bình luận|commentaires|댓글|评论|コメント)\W*\d+\W*"  # "Comments (0)"
    r"|\W*(?:저작권자|무단\s*전재|無断転載|版权所有|版權所有).{0,150}"
    r"|[^@\s]{1,20}(?:\s[^@\s]{1,20}){0,3}\s+\S+@\S+\.[a-z]{2,}\W*"  # a byline with its address
    r"|[\W_]+",
    re.I,
)

# A cookie notice: whole sentences, but about the site, never the news.
COOKIE = re.compile(r"[Cc]ookie|[Çç]erez|คุกกี้|ملفات تعريف الارتباط|الكوكيز|کوکی|עוגיות|कुकीज़")
# What each COOKIE branch holds: substring tests, much faster than the search, rule most
# lines out.
COOKIE_PIECES = ("ookie", "erez", "คุกกี้", "ملفات تعريف الارتباط", "الكوكيز", "کوکی", "עוגיות",
                 "कुकीज़")
COOKIE_NOTICE = 400  # characters: longer text naming cookies is an article about them


def is_cookie_notice(line: str) -> bool:
    return len(line) <= COOKIE_NOTICE and has_piece(line, COOKIE_PIECES) and bool(
        COOKIE.search(line))


def has_piece(line: str, pieces: tuple[str, ...]) -> bool:
    """Whether the line holds one of the substrings."""
    for piece in pieces:  # noqa: SIM110 - a loop: any() would start a generator for every line
        if piece in line:
            return True
    return False


# A breadcrumb: the first step of the site's path to the article ("Home > World").
HOME_WORDS = (
    "home|homepage|trang chủ|accueil|inicio|início|página inicial|startseite|home page"
    "|beranda|laman utama|utama|strona główna|главная|головна|domů|hlavní stránka|főoldal"
    "|startsida|hem|acasă|pagina principală|anasayfa|ana sayfa|nyumbani|الرئيسية"
    "|الصفحة الرئيسية|صفحه اصلی|דף הבית|होम|मुख्य पृष्ठ|হোম|প্রচ্ছদ|หน้าแรก|ໜ້າຫຼັກ"
    "|ទំព័រដើម|首页|首頁|ホーム|홈"
)
HOME = re.compile(rf"\W*(?:{alternation(HOME_WORDS)})\W*", re.I)
PATH_MARK = re.compile(r"[>›»/]")
PATH_STEP = re.compile(r"\s+[>›»/]\s+|\s*[>›»]\s*")


def is_breadcrumb(line: str) -> bool:
    """A site path: short steps between ">" or "/" marks, from "Home" or three steps long."""
    if len(line) > 120 or not PATH_MARK.search(line) or has_full_stop(line):
        return False
    steps = [step for step in PATH_STEP.split(line) if step.strip()]
    if len(steps) < 2 or any(word_count(step) > 3 for step in steps):
        return False
    return len(steps) >= 3 or bool(HOME.fullmatch(steps[0]))


# Headings after which the page holds no more of the article: "read also" lists, related
# and latest news, most-read lists and comments, in the languages of news sites.
STOP_PHRASES = (
    "tin liên quan|các tin/bài khác|tin/bài khác|các tin khác|tin khác|bài liên quan"
    "|tin cùng chuyên mục|tin mới nhất|đọc nhiều nhất|phản hồi|ý kiến bạn đọc|bình luận"
    "|related news|related articles|related stories|related|more news|more stories"
    "|latest news|most read|you may also like|read next|comments"
    "|articles liés|sur le même sujet|dans la même rubrique|commentaires"
    "|похожие новости|другие новости|новости по теме|комментарии|相关新闻|相关阅读"
    "|相关文章|延伸阅读|相關新聞|関連記事|関連ニュース|관련기사|관련 기사|관련뉴스"
    "|noticias relacionadas|relacionados|relacionadas|te puede interesar"
    "|también te puede interesar|lo más leído|lo más visto|últimas noticias|más noticias"
    "|comentarios|notícias relacionadas|mais lidas|últimas notícias|saiba mais|comentários"
    "|verwandte artikel|verwandte themen|das könnte sie auch interessieren|meistgelesen"
    "|weitere artikel|weitere nachrichten|kommentare|notizie correlate|articoli correlati"
    "|ultime notizie|potrebbe interessarti|i più letti|commenti|berita terkait"
    "|artikel terkait|berita lainnya|berita berkaitan|artikel berkaitan|berita terkini"
    "|terpopuler|komentar|gerelateerde artikelen|gerelateerd|meer nieuws|meest gelezen"
    "|reacties|habari zinazohusiana|habari nyingine|kaugnay na balita|iba pang balita"
    "|powiązane artykuły|powiązane|najnowsze|najczęściej czytane|polecane|komentarze"
    "|новини за темою|інші новини|схожі новини|останні новини|коментарі"
    "|související články|související|další zprávy|nejčtenější|diskuse|relaterade artiklar"
    "|mest läst|fler nyheter|kapcsolódó cikkek|kapcsolódó|ezek is érdekelhetik"
    "|legolvasottabb|hozzászólások|articole similare|știri similare|cele mai citite"
    "|comentarii|ilgili haberler|benzer haberler|bunlar da ilginizi çekebilir"
    "|en çok okunanlar|yorumlar|yorum yap|أخبار ذات صلة|اخبار ذات صلة|ذات صلة|أخبار متعلقة"
    "|مواضيع ذات صلة|الأكثر قراءة|التعليقات|اخبار مرتبط|مطالب مرتبط|پربازدیدترین|نظرات"
    "|כתבות נוספות|כתבות קשורות|עוד באתר|תגובות|संबंधित खबरें|संबंधित ख़बरें|ताज़ा खबरें"
    "|सम्बंधित खबरें|টপ নিউজ|সম্পর্কিত খবর|আরও খবর|ข่าวที่เกี่ยวข้อง|ข่าวล่าสุด|ข่าวอื่นๆ"
    "|ข่าวแนะนำ|ข่าวยอดนิยม|ความคิดเห็น|แสดงความคิดเห็น|ຂ່າວທີ່ກ່ຽວຂ້ອງ|ຂ່າວອື່ນໆ|ຂ່າວລ່າສຸດ"
    "|ព័ត៌មានទាក់ទង|ព័ត៌មានពាក់ព័ន្ធ|អត្ថបទទាក់ទង|ព័ត៌មានថ្មីៗ|ဆက်စပ်သတင်းများ"
    "|σχετικά άρθρα|σχετικές ειδήσεις|τελευταία νέα|δημοφιλή|σχόλια|متعلقہ خبریں|تازہ ترین"
    "|aiheesta lisää|luetuimmat|uusimmat|kommentit|relaterede artikler|mest læste"
    "|relaterte artikler|mest lest|súvisiace články|najčítanejšie|свързани новини|най-четени"
    "|povezane vesti|повезане вести|povezane vijesti|najčitanije|najnovije|povezane novice"
    "|oxşar xəbərlər|digər xəbərlər|тақырыпқа қатысты|тегишли янгиликлар|холбоотой мэдээ"
    "|सम्बन्धित समाचार|தொடர்புடைய செய்திகள்|ተዛማጅ ዜናዎች|მსგავსი სიახლეები"
)
STOP_LINE = re.compile(
    rf"\W*(?:{alternation(STOP_PHRASES)}|{alternation(READ_ALSO)})\W*(?:\d+\W*)?$", re.I
)
COMMENT_PHRASES = (
    "ý kiến của bạn đọc", "gửi ý kiến", "gửi bình luận", "your comment", "leave a comment",
    "post a comment", "votre commentaire", "laisser un commentaire", "ваш комментарий",
    "оставить комментарий", "发表评论", "댓글을", "コメントを", "deja tu comentario",
    "escribe tu comentario", "deixe seu comentário", "deixe o seu comentário",
    "schreiben sie einen kommentar", "lascia un commento", "tulis komentar",
    "napisz komentarz", "dodaj komentarz", "залиште коментар", "напишіть коментар",
    "yorum yazın", "yorumunuzu yazın", "أضف تعليق", "اكتب تعليقك", "अपनी राय दें",
    "laat een reactie achter", "napište komentář", "skriv en kommentar",
)


def has_phrase(line: str, phrases: tuple[str, ...]) -> bool:
    """Whether the line holds one of the (lowercase) phrases, in any letter case."""
    return has_piece(line.lower(), phrases)


def is_spam(line: str) -> bool:
    return has_phrase(line, SPAM_PHRASES)


COMMENT_FORM_MAX = 300  # characters: a longer line naming a comment is article text


def is_comment_form(line: str) -> bool:
    return len(line) <= COMMENT_FORM_MAX and has_phrase(line, COMMENT_PHRASES)

# The article's own end marks, dropped without a trace: "(完)", "(END)", the "/." of "./.".
END_MARKS = ("(完)", "（完）", "(END)", "(hết)", "(Hết)")


def without_end_mark(line: str) -> str:
    line = line.rstrip()
    if not line.endswith(END_MARKS) and not line.endswith("/."):
        return line
    for mark in END_MARKS:
        if line.endswith(mark):
            return line[: -len(mark)].rstrip()
    return line[:-2] if line.endswith(("./.", "!/.", "?/.")) else line

CREDIT_WORDS = (
    "Photo|Photos|Ảnh|Nguồn|Source|Sources|Foto|Fotos|Фото|Источник|Crédit|Crédits"
    "|Crédit photo|Image|来源|图片来源|圖片來源|出典|写真|사진|출처|뉴스출처"
    "|Fuente|Fonte|Quelle|Bild|Bildquelle|Fotografía|Fotografia|Fotoğraf|Kaynak|Gambar"
    "|Sumber|Zdjęcie|Źródło|Джерело|Світлина|Zdroj|Kép|Forrás|Bron|Källa|Sursa|Sursă"
    "|Picha|Chanzo|Larawan|Kuha|Pinagmulan|صورة|الصورة|المصدر|عکس|منبع|צילום|תמונה|מקור"
    "|फोटो|फ़ोटो|स्रोत|ছবি|সূত্র|ภาพ|ที่มา|ຮູບ|ແຫຼ່ງຂ່າວ|ຮູບພາບ|រូបភាព|ប្រភព|ဓာတ်ပုံ"
)
CREDIT = alternation(CREDIT_WORDS)
AGENCY = r"[A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7})*"
CREDIT_LINE = re.compile(
    # "Photo: VNA", "Photo : Pham Kiên/VNA/CVN", "Fot. PAP/Jan Kowalski"
    rf"\(?\s*(?:(?i:{CREDIT})\s*[:：=]|(?i:fot|phot|zdj)\.)\s*.{{0,80}}"
    rf"|[—–-]{{0,2}}\s*\(?{AGENCY}\)?\.?"  # "VNA/CVN", "— VNS", "(VOV5)"
    rf"|\(?(?i:theo|according to|selon)\s+{AGENCY}(?:\s*[,-]\s*\w+)?\)?\.?"  # "(Theo VNA)"
)
CREDIT_LEADER = re.compile(rf"^\(({AGENCY})\)\s*[-–—]\s*")  # "(VOV5) - " before the lead
CREDIT_REACH = 120  # characters from the end of a line where an inline credit may start
# Each credit at the end of a line, with the marks it cannot go without: a line's end
# holding none of them is not searched (and one holding no mark of any credit, not at all).
CREDIT_TAILS = [
    (re.compile(rf"\s*[(（]\s*(?:{CREDIT})\s*[:：=][^()（）]{{1,80}}[)）]\s*$", re.I),
     re.compile("[:：=]")),
    (re.compile(rf"(?<=[.!?])\s*(?:{CREDIT})\s*:\s*[^.!?]{{1,60}}$", re.I), re.compile(":")),
    (re.compile(rf"\s+[—–]\s*{AGENCY}(?:\s+(?:Photo|Ảnh)\b[^.!?]{{0,60}})?\s*$"),
     re.compile("[—–]")),
    (re.compile(r"(?<=[。.])\s*(?:图自|图片来源|圖片來源|摄影|攝影)[:：]?[^。]{1,20}$"),
     re.compile("[图圖摄攝]")),
]
CREDIT_MARK = re.compile("[:：=—–图圖摄攝]")  # every mark of CREDIT_TAILS


def credit_split(line: str) -> tuple[str, list[str]]:
    """The line without its photo or agency credits, and the credits."""
    if CREDIT_LINE.fullmatch(line):
        return "", [line]
    credits = []
    leader = CREDIT_LEADER.match(line)
    if leader:
        credits.append(leader.group(1))
        line = line[leader.end():]
    if not CREDIT_MARK.search(line, max(0, len(line) - CREDIT_REACH)):
        return line, credits
    for tail, marks in CREDIT_TAILS:
        offset = max(0, len(line) - CREDIT_REACH)  # credits sit at the end: search only there
        found = marks.search(line, offset) and tail.search(line, offset)
        if found and found.start() > 0:
            credits.append(found.group().strip(" —–-"))
            line = line[: found.start()].rstrip()
            if not has_full_stop(line) and not re.search(r"[\u3040-\u9fff]", line):
                line += "."  # a caption is a sentence once its credit is gone
    return line, credits


NOT_A_LETTER = re.compile(r"[\W_]+")


def folded_key(line: str) -> str:
    """The line without case, spaces and punctuation: to spot repeated lines.

    Spaces go first, by a split: the expression then has far fewer runs to cut out."""
    return NOT_A_LETTER.sub("", "".join(line.casefold().split()))
