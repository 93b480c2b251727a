"""The office of the host a report opens with, as a key every language shares.

Reports of one visit often differ in every name but the visitor's: one writes the host's
name, another only "the General Secretary", a third spells the name in Han characters.
The office is written in every language, and it is what tells apart the meetings one
visitor holds on one day: the General Secretary, the Prime Minister and the Minister of
Public Security each receive him. The first office a report's lead names is taken as the
host's (visitors' offices such as a security council's secretary are not in the table);
a bare "minister" is kept as such, and agrees with any minister.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

LEAD_CHARS = 400  # where the host is named: the title-like first sentence and the lead

# Office -> how it is written (lower case) in the languages the archive reads. The specific
# offices come before the bare "minister", which they contain in some languages.
ROLES: dict[str, tuple[str, ...]] = {
    "general-secretary": (
        r"general secretary", r"secrétaire général", r"tổng bí thư", r"генеральн\w* секретар\w*",
        r"генсек\w*", r"总书记", r"總書記", r"書記長", r"서기장", r"secretario general",
        r"secretário-geral", r"generalsekretär\w*", r"sekretaris jenderal",
        r"segretario generale", r"เลขาธิการใหญ่",
        r"sekretarz generaln\w*", r"генеральн\w* секретар\w*", r"الأمين العام",
        r"ເລຂາທິການໃຫຍ່", r"អគ្គលេខាធិការ",
    ),
    "state-president": (
        r"state president", r"president of (?:the )?(?:socialist republic of )?viet ?nam",
        r"chủ tịch nước", r"国家主席", r"國家主席", r"국가주석", r"président de l'état",
        r"président du viet ?nam", r"президент\w* вьетнама", r"presidente de vietnam",
        r"staatspräsident\w*",
    ),
    "prime-minister": (
        r"prime minister", r"premier ministre", r"thủ tướng", r"премьер-министр\w*", r"总理",
        r"總理", r"首相", r"총리", r"primer ministro", r"primeiro-ministro", r"perdana menteri",
        r"premierminister\w*", r"ministerpräsident\w*", r"primo ministro", r"นายกรัฐมนตรี",
        r"นายกฯ", r"ນາຍົກລັດຖະມົນຕີ", r"នាយករដ្ឋមន្ត្រី", r"ဝန်ကြီးချုပ်", r"رئيس الوزراء",
        r"رئيس وزراء", r"نخست[\s\u200c]?وزیر", r"وزیر ?اعظم", r"प्रधान ?मंत्री", r"প্রধানমন্ত্রী",
        r"ראש הממשלה", r"başbakan\w*", r"прем'?єр-міністр\w*", r"premiér\w*",
        r"předsed\w* vlády", r"statsminister\w*", r"premiärminister\w*",
        r"miniszterelnök\w*", r"minister-president\w*", r"πρωθυπουργ\w*", r"pääministeri\w*",
        r"prim-ministr\w*", r"waziri mkuu", r"punong ministro", r"premier\w*",
    ),
    "public-security-minister": (
        r"minister of public security", r"public security minister",
        r"ministre(?: \w+)? de la sécurité publique", r"bộ trưởng bộ công an",
        r"министр\w* общественной безопасности", r"公安部部长", r"公安部长", r"公安相",
        r"公安大臣", r"공안부 ?장관", r"공안장관", r"ministr[oa](?: \w+)? de seguridad pública",
        r"ministr[oa](?: \w+)? da segurança pública", r"minister für öffentliche sicherheit",
        r"menteri keamanan publik", r"รัฐมนตรีว่าการกระทรวงความมั่นคงสาธารณะ",
        r"ລັດຖະມົນຕີກະຊວງປ້ອງກັນຄວາມສະຫງົບ", r"وزير الأمن العام", r"وزیر امنیت عمومی",
        r"menteri keselamatan awam", r"kamu güvenliği bakan\w*",
    ),
    "defence-minister": (
        r"minister of (?:national )?defen[cs]e", r"defen[cs]e minister",
        r"ministre(?: \w+)? de la défense", r"bộ trưởng bộ quốc phòng",
        r"министр\w* (?:национальной )?обороны", r"国防部长", r"国防部部长", r"国防相",
        r"국방부 ?장관", r"국방장관", r"ministr[oa](?: \w+)? de defensa",
        r"ministr[oa](?: \w+)? da defesa", r"ministr[oa](?: \w+)? della difesa",
        r"verteidigungsminister\w*", r"menteri pertahanan", r"รัฐมนตรีว่าการกระทรวงกลาโหม",
        r"ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ", r"រដ្ឋមន្ត្រីក្រសួងការពារជាតិ", r"ကာကွယ်ရေးဝန်ကြီး",
        r"وزير الدفاع", r"وزیر دفاع", r"रक्षा ?मंत्री", r"প্রতিরক্ষা ?মন্ত্রী", r"שר הביטחון",
        r"(?:milli )?savunma bakan\w*", r"міністр\w* (?:національної )?оборони",
        r"minist\w* obrony(?: narodowej)?", r"ministr\w* obrany", r"försvarsminister\w*",
        r"védelmi miniszter\w*", r"minister van defensie", r"υπουργ\w* (?:εθνικής )?άμυνας",
        r"puolustusministeri\w*", r"ministr\w* apărării", r"waziri wa ulinzi",
        r"kalihim ng tanggulang pambansa",
    ),
    "foreign-minister": (
        r"minister of foreign affairs", r"foreign minister",
        r"ministre(?: \w+)? des affaires étrangères", r"bộ trưởng bộ ngoại giao",
        r"министр\w* иностранных дел", r"外交部长", r"外长", r"外相", r"외교부 ?장관", r"외교장관",
        r"ministr[oa](?: \w+)? de (?:asuntos|relaciones) exteriores",
        r"ministr[oa](?: \w+)? das relações exteriores", r"ministr[oa](?: \w+)? degli esteri",
        r"außenminister\w*", r"menteri luar negeri", r"รัฐมนตรีว่าการกระทรวงการต่างประเทศ",
        r"รมว\.ต่างประเทศ", r"ລັດຖະມົນຕີກະຊວງການຕ່າງປະເທດ", r"រដ្ឋមន្ត្រី(?:ក្រសួង)?ការបរទេស",
        r"နိုင်ငံခြားရေးဝန်ကြီး", r"وزير (?:الشؤون )?الخارجية", r"وزیر (?:امور )?خارجه",
        r"وزیر خارجہ", r"विदेश ?मंत्री", r"(?:পররাষ্ট্র|বিদেশ) ?মন্ত্রী", r"שר החוץ",
        r"dışişleri bakan\w*", r"міністр\w* закордонних справ", r"minist\w* spraw zagranicznych",
        r"ministr\w* zahraničí", r"utrikesminister\w*", r"külügyminiszter\w*",
        r"minister van buitenlandse zaken", r"υπουργ\w* εξωτερικών", r"ulkoministeri\w*",
        r"ministr\w*(?: \w+)? (?:afacerilor externe|de externe)", r"waziri wa mambo ya nje",
        r"kalihim ng ugnayang panlabas", r"canciller", r"chanceler",
    ),
    "assembly-chairman": (
        r"chairman of the national assembly", r"national assembly chairman",
        r"chủ tịch quốc hội", r"président de l'assemblée nationale",
        r"председател\w* национального собрания", r"国会主席", r"國會主席", r"国会議長",
        r"국회의장", r"presidente de la asamblea nacional", r"ประธานรัฐสภา",
    ),
    # A minister the lead does not say the ministry of: agrees with any of the ministers.
    "minister": (r"minister\w*", r"ministre", r"bộ trưởng", r"министр\w*", r"部长", r"大臣",
                 r"장관", r"ministro", r"menteri", r"รัฐมนตรี", r"ລັດຖະມົນຕີ", r"រដ្ឋមន្ត្រី",
                 r"ဝန်ကြီး", r"وزير", r"وزیر", r"मंत्री", r"মন্ত্রী", r"bakan\w*", r"міністр\w*",
                 r"ministr\w*", r"miniszter\w*", r"υπουργ\w*", r"ministeri\w*", r"waziri",
                 r"kalihim"),
}
MINISTERS = frozenset({"public-security-minister", "defence-minister", "foreign-minister"})

# A deputy holds another office than the one named after the word.
DEPUTY = ("deputy", "vice[- ]?", "phó", "副", "부", "вице-", r"заместител\w*", r"заступник\w*",
          r"stellvertretende\w*", "wakil", "vize", "wice", r"náměst\w*", "timbalan", "naibu",
          "pangalawang", "รอง", "ຮອງ", "ឧប", "ဒုတိယ", "نائب", "معاون", "उप", "উপ", "סגן")
LETTER = "a-zà-ỹа-яё"  # a Latin or Cyrillic office starts a word; a Han or Hangul one need not
# The characters an office can start with: a cheap test that spares the long alternation at
# most places of the text.
_FIRST = "".join(sorted({w[0] for ways in (*ROLES.values(), DEPUTY) for w in ways}))
_PATTERN = re.compile(
    rf"(?<![{LETTER}])(?=[{_FIRST}])(?P<deputy>(?:{'|'.join(DEPUTY)})\s*)?(?<![{LETTER}])(?:"
    + "|".join(f"(?P<r{k}>{'|'.join(ways)})" for k, ways in enumerate(ROLES.values()))
    + ")"
)
_NAMES = list(ROLES)
# "At the invitation of State President X": the inviter, not the host of this meeting. Most
# languages name the inviter after these words; Chinese, Japanese and Korean name it before.
INVITED_BY = re.compile(r"invitation (?:of|from|by)|invitation d|lời mời|приглашени\w*|"
                        r"invitación d|convite d|einladung|undangan")
INVITING = re.compile(r"邀请|邀請|招待|招き|초청|초대")
INVITER_SPAN = 40  # characters between the invitation words and the inviter's office


def lead_roles(paragraphs: Sequence[str]) -> list[str]:
    """The offices the lead names, first first, leaving out deputies' and inviters'."""
    lead = ""
    for para in paragraphs:
        lead += para + "\n"
        if len(lead) >= LEAD_CHARS:
            break
    lead = lead[:LEAD_CHARS].lower()
    found: list[str] = []
    for match in _PATTERN.finditer(lead):
        before = lead[max(match.start() - INVITER_SPAN, 0):match.start()]
        after = lead[match.end():match.end() + INVITER_SPAN]
        if match["deputy"] or INVITED_BY.search(before) or INVITING.search(after):
            continue
        role = _NAMES[next(k for k, value in enumerate(match.groups()[1:]) if value)]
        if role not in found:
            found.append(role)
    return found


def roles_agree(a: str | None, b: str | None) -> bool | None:
    """True or False when both offices are known, None when one is not."""
    if a is None or b is None:
        return None
    return a == b or "minister" in (a, b) and {a, b} <= MINISTERS | {"minister"}


def offices_conflict(a: list[str], b: list[str]) -> bool:
    """The leads' first offices (the hosts') disagree, and not only by their order.

    A lead may name the visitor's office first ("the Lao Prime Minister was received by the
    General Secretary"): when each lead's first office is among the other's, they agree.
    """
    if not a or not b or roles_agree(a[0], b[0]):
        return False
    return not (any(roles_agree(a[0], y) for y in b) and any(roles_agree(x, b[0]) for x in a))
