"""Made-up wording for generated reports, per language: templates with {slots}.

Slots: {A} {B} country names, {ra} {rb} roles, {na} {nb} full names, {sa} {sb} surnames,
{city}, {when} (a date phrase), {topic}, {year} (an older year), {n} (a small number).
Country, month, weekday and language names come from CLDR (Babel), not from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrases:
    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    body: tuple[str, ...]
    topics: tuple[str, ...]
    roles: tuple[str, ...]
    related: str  # heading of a "related news" block
    photo: str  # photo credit, with {who}
    tags: str
    share: str


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        headlines=("{A} and {B} step up cooperation in {topic}", "{A}, {B} discuss {topic}",
                   "{A} – {B} talks in {city}", "{sa} receives {B}'s {rb}"),
        leads=(
            "{ra} {na} of {A} held talks with {rb} {nb} of {B} in {city} {when}.",
            "{A}'s {ra} {na} received visiting {rb} {nb} of {B} in {city} {when}.",
            "{A} and {B} agreed to deepen cooperation in {topic} during talks in {city} {when}, "
            "{ra} {na} said after meeting {rb} {nb}.",
        ),
        body=(
            "{sa} said the visit would further strengthen the friendship between {A} and {B}.",
            "Both sides reviewed the implementation of the agreement signed in {year} and agreed "
            "to set up a joint working group on {topic}.",
            "{sb} thanked the host for the warm welcome and praised the results achieved over "
            "the past {n} years.",
            "The two ministries will exchange delegations at all levels and share information "
            "on cross-border crime, cyber security and disaster response.",
            "According to {sa}, trade between the two countries has grown steadily and could "
            "double within {n} years if logistics are improved.",
            "{sb} invited {sa} to visit {B} at a convenient time, and the invitation was "
            "accepted with pleasure.",
            "They also discussed regional and international issues of mutual concern and agreed "
            "to support each other at multilateral forums.",
            "The two sides signed a memorandum of understanding on {topic} and a plan of action "
            "for the next {n} years.",
            "Training programmes for young officials, launched in {year}, will be expanded to "
            "cover more fields.",
            "{sa} proposed that the two countries simplify visa procedures and open more direct "
            "flights.",
        ),
        topics=("security", "trade and investment", "education", "climate change",
                "law enforcement", "digital transformation", "health care"),
        roles=("Minister of Foreign Affairs", "Minister of Public Security",
               "Deputy Prime Minister", "Minister of Trade", "President", "Minister of Defence"),
        related="Related news", photo="(Photo: {who})", tags="Tags:", share="Share Print",
    ),
    "vi": Phrases(
        headlines=("{A} - {B} thúc đẩy hợp tác {topic}", "{A} và {B} trao đổi về {topic}",
                   "Hội đàm {A} - {B} tại {city}"),
        leads=(
            "{When}, tại {city}, {ra} {A} {na} đã hội đàm với {rb} {B} {nb}.",
            "{When}, {ra} {na} đã tiếp {rb} {B} {nb} đang thăm làm việc tại {city}.",
            "Tại {city} {when}, {A} và {B} nhất trí tăng cường hợp tác {topic} nhân chuyến "
            "thăm của {rb} {nb}.",
        ),
        body=(
            "{sa} khẳng định chuyến thăm góp phần củng cố quan hệ hữu nghị giữa {A} và {B}.",
            "Hai bên đánh giá kết quả thực hiện hiệp định ký năm {year} và nhất trí thành lập "
            "nhóm công tác chung về {topic}.",
            "{sb} cảm ơn sự đón tiếp trọng thị và đánh giá cao những kết quả đạt được trong {n} "
            "năm qua.",
            "Hai bộ sẽ tăng cường trao đổi đoàn các cấp, chia sẻ thông tin về tội phạm xuyên "
            "quốc gia, an ninh mạng và ứng phó thiên tai.",
            "Theo {sa}, kim ngạch thương mại giữa hai nước tăng đều và có thể tăng gấp đôi "
            "trong {n} năm tới.",
            "{sb} mời {sa} sang thăm {B} vào thời gian thích hợp và lời mời đã được nhận lời.",
            "Hai bên cũng trao đổi các vấn đề khu vực và quốc tế cùng quan tâm, nhất trí ủng hộ "
            "nhau tại các diễn đàn đa phương.",
            "Hai bên đã ký biên bản ghi nhớ về {topic} và kế hoạch hành động giai đoạn {n} năm.",
            "Các chương trình đào tạo cán bộ trẻ bắt đầu từ năm {year} sẽ được mở rộng.",
            "{sa} đề nghị hai nước đơn giản hóa thủ tục thị thực và mở thêm đường bay thẳng.",
        ),
        topics=("an ninh", "thương mại và đầu tư", "giáo dục", "ứng phó biến đổi khí hậu",
                "thực thi pháp luật", "chuyển đổi số", "y tế"),
        roles=("Bộ trưởng Bộ Ngoại giao", "Bộ trưởng Bộ Công an", "Phó Thủ tướng",
               "Bộ trưởng Bộ Công Thương", "Chủ tịch nước", "Bộ trưởng Bộ Quốc phòng"),
        related="Tin liên quan", photo="Ảnh: {who}", tags="Từ khóa:", share="Chia sẻ In bài",
    ),
    "fr": Phrases(
        headlines=("{A} - {B} : coopération renforcée dans {topic}",
                   "{A} et {B} discutent de {topic}", "Entretiens {A} - {B} à {city}"),
        leads=(
            "Le {ra} {na} ({A}) s'est entretenu {when} à {city} avec le {rb} {nb} ({B}).",
            "{When}, à {city}, le {ra} {na} a reçu le {rb} {nb}, en visite officielle pour {B}.",
            "{A} et {B} sont convenus {when} à {city} d'approfondir leur coopération dans "
            "{topic}, a annoncé le {ra} {na}.",
        ),
        body=(
            "{sa} a affirmé que cette visite renforçait l'amitié traditionnelle entre {A} et {B}.",
            "Les deux parties ont passé en revue l'accord signé en {year} et décidé de créer un "
            "groupe de travail conjoint sur {topic}.",
            "{sb} a remercié ses hôtes pour leur accueil chaleureux et salué les résultats des "
            "{n} dernières années.",
            "Les deux ministères échangeront des délégations à tous les niveaux et partageront "
            "des informations sur la criminalité transfrontalière.",
            "Selon {sa}, les échanges commerciaux entre les deux pays pourraient doubler d'ici "
            "{n} ans.",
            "{sb} a invité {sa} à se rendre en visite officielle dans son pays, invitation "
            "acceptée avec plaisir.",
            "Ils ont également abordé des questions régionales et internationales d'intérêt "
            "commun.",
            "Un protocole d'accord sur {topic} et un plan d'action pour les {n} prochaines années "
            "ont été signés.",
            "Les programmes de formation lancés en {year} seront étendus à d'autres domaines.",
            "{sa} a proposé de simplifier les procédures de visa et d'ouvrir des vols directs.",
        ),
        topics=("la sécurité", "le commerce et l'investissement", "l'éducation",
                "la lutte contre le changement climatique", "l'application de la loi",
                "la transformation numérique", "la santé"),
        roles=("ministre des Affaires étrangères", "ministre de la Sécurité publique",
               "vice-Premier ministre", "ministre du Commerce", "président",
               "ministre de la Défense"),
        related="Articles liés", photo="Photo : {who}", tags="Mots-clés :",
        share="Partager Imprimer",
    ),
    "es": Phrases(
        headlines=("{A} y {B} refuerzan la cooperación en {topic}",
                   "{A} y {B} dialogan sobre {topic}", "Conversaciones {A}-{B} en {city}"),
        leads=(
            "El {ra} de {A}, {na}, sostuvo conversaciones con el {rb} de {B}, {nb}, en {city} "
            "{when}.",
            "{When}, en {city}, el {ra} {na} recibió al {rb} {nb}, de visita oficial desde {B}.",
            "{A} y {B} acordaron {when} en {city} profundizar la cooperación en {topic}, informó "
            "el {ra} {na}.",
        ),
        body=(
            "{sa} afirmó que la visita fortalece la amistad tradicional entre {A} y {B}.",
            "Ambas partes revisaron el acuerdo firmado en {year} y decidieron crear un grupo de "
            "trabajo conjunto sobre {topic}.",
            "{sb} agradeció la cálida acogida y destacó los resultados de los últimos {n} años.",
            "Los dos ministerios intercambiarán delegaciones a todos los niveles y compartirán "
            "información sobre la delincuencia transfronteriza.",
            "Según {sa}, el comercio bilateral podría duplicarse en {n} años.",
            "{sb} invitó a {sa} a visitar {B} en una fecha conveniente, y la invitación fue "
            "aceptada.",
            "También abordaron asuntos regionales e internacionales de interés común.",
            "Se firmó un memorando de entendimiento sobre {topic} y un plan de acción para los "
            "próximos {n} años.",
            "Los programas de formación iniciados en {year} se ampliarán a otros ámbitos.",
            "{sa} propuso simplificar los trámites de visado y abrir vuelos directos.",
        ),
        topics=("seguridad", "comercio e inversión", "educación", "cambio climático",
                "aplicación de la ley", "transformación digital", "salud"),
        roles=("ministro de Asuntos Exteriores", "ministro de Seguridad Pública",
               "viceprimer ministro", "ministro de Comercio", "presidente", "ministro de Defensa"),
        related="Noticias relacionadas", photo="Foto: {who}", tags="Etiquetas:",
        share="Compartir Imprimir",
    ),
    "de": Phrases(
        headlines=("{A} und {B} vertiefen Zusammenarbeit bei {topic}",
                   "{A} und {B} beraten über {topic}", "Gespräche zwischen {A} und {B} in {city}"),
        leads=(
            "Der {ra} {na} ({A}) hat {when} in {city} Gespräche mit dem {rb} {nb} ({B}) geführt.",
            "{When} empfing der {ra} {na} in {city} den {rb} {nb} aus {B}.",
            "{A} und {B} wollen bei {topic} enger zusammenarbeiten, teilte der {ra} {na} {when} "
            "in {city} mit.",
        ),
        body=(
            "{sa} sagte, der Besuch stärke die traditionelle Freundschaft zwischen {A} und {B}.",
            "Beide Seiten prüften das {year} unterzeichnete Abkommen und vereinbarten eine "
            "gemeinsame Arbeitsgruppe zu {topic}.",
            "{sb} dankte für den herzlichen Empfang und würdigte die Ergebnisse der vergangenen "
            "{n} Jahre.",
            "Die beiden Ministerien wollen Delegationen auf allen Ebenen austauschen und "
            "Informationen über grenzüberschreitende Kriminalität teilen.",
            "Nach Angaben von {sa} könnte sich der Handel in {n} Jahren verdoppeln.",
            "{sb} lud {sa} zu einem Gegenbesuch ein; die Einladung wurde angenommen.",
            "Erörtert wurden auch regionale und internationale Fragen von gemeinsamem Interesse.",
            "Unterzeichnet wurden eine Absichtserklärung zu {topic} und ein Aktionsplan für die "
            "nächsten {n} Jahre.",
            "Die {year} begonnenen Ausbildungsprogramme sollen ausgeweitet werden.",
            "{sa} schlug vor, die Visaverfahren zu vereinfachen und Direktflüge einzurichten.",
        ),
        topics=("Sicherheit", "Handel und Investitionen", "Bildung", "Klimaschutz",
                "Strafverfolgung", "Digitalisierung", "Gesundheit"),
        roles=("Außenminister", "Minister für öffentliche Sicherheit", "Vizepremier",
               "Handelsminister", "Präsident", "Verteidigungsminister"),
        related="Mehr zum Thema", photo="Foto: {who}", tags="Schlagwörter:",
        share="Teilen Drucken",
    ),
    "ru": Phrases(
        headlines=("{A} и {B} расширяют сотрудничество: {topic}", "{A} и {B} обсудили {topic}",
                   "Переговоры в городе {city}"),
        leads=(
            "{When} в городе {city} состоялись переговоры: {ra} {na} ({A}) встретился с "
            "коллегой {nb} ({B}).",
            "{When} {ra} {na} принял в городе {city} гостя — {rb} {nb}; стороны — {A} и {B}.",
            "{A} и {B} договорились {when} расширить сотрудничество, тема — {topic}, сообщил "
            "{ra} {na}.",
        ),
        body=(
            "{sa} заявил, что визит укрепляет традиционную дружбу. {A} и {B} давно сотрудничают.",
            "Стороны обсудили выполнение соглашения {year} года и решили создать совместную "
            "рабочую группу.",
            "{sb} поблагодарил за теплый прием и отметил результаты последних {n} лет.",
            "Министерства будут обмениваться делегациями на всех уровнях и информацией о "
            "трансграничной преступности.",
            "По словам {sa}, товарооборот может удвоиться за {n} лет.",
            "{sb} пригласил {sa} посетить свою страну с ответным визитом, приглашение принято.",
            "Обсуждались также региональные и международные вопросы, представляющие общий "
            "интерес.",
            "Подписан меморандум о взаимопонимании и план действий на ближайшие {n} лет.",
            "Программы подготовки кадров, начатые в {year} году, будут расширены.",
            "{sa} предложил упростить визовые процедуры и открыть прямые авиарейсы.",
        ),
        topics=("безопасность", "торговля и инвестиции", "образование", "климат",
                "правоохранительная деятельность", "цифровизация", "здравоохранение"),
        roles=("министр иностранных дел", "министр общественной безопасности",
               "вице-премьер", "министр торговли", "президент", "министр обороны"),
        related="Читайте также", photo="Фото: {who}", tags="Теги:", share="Поделиться Печать",
    ),
    "zh": Phrases(
        headlines=("{A}与{B}加强{topic}合作", "{A}{B}就{topic}举行会谈", "{A}和{B}在{city}会谈"),
        leads=(
            "{when}，{A}{ra}{na}在{city}与{B}{rb}{nb}举行会谈。",
            "{A}{ra}{na}{when}在{city}会见了来访的{B}{rb}{nb}。",
            "{when}，{A}和{B}在{city}同意深化{topic}领域合作。",
        ),
        body=(
            "{sa}表示，此访将进一步巩固{A}和{B}的传统友谊。",
            "双方回顾了{year}年签署的协定的落实情况，同意成立{topic}联合工作组。",
            "{sb}感谢东道主的热情接待，高度评价过去{n}年取得的成果。",
            "两部将加强各级代表团互访，交流打击跨国犯罪、网络安全和防灾减灾信息。",
            "{sa}说，两国贸易稳步增长，有望在{n}年内翻一番。",
            "{sb}邀请{sa}在方便的时候访问{B}，{sa}愉快地接受了邀请。",
            "双方还就共同关心的地区和国际问题交换了意见。",
            "双方签署了{topic}领域谅解备忘录和未来{n}年行动计划。",
            "自{year}年启动的青年干部培训项目将进一步扩大。",
            "{sa}建议两国简化签证手续，增开直航航班。",
        ),
        topics=("安全", "贸易投资", "教育", "气候变化", "执法", "数字化转型", "卫生"),
        roles=("外交部长", "公安部长", "副总理", "贸易部长", "国家主席", "国防部长"),
        related="相关新闻", photo="图片来源：{who}", tags="标签：", share="分享 打印",
    ),
    "ja": Phrases(
        headlines=("{A}と{B}、{topic}分野で協力強化", "{A}・{B}が{topic}を協議",
                   "{city}で{A}・{B}会談"),
        leads=(
            "{A}の{na}{ra}は{when}、{city}で{B}の{nb}{rb}と会談した。",
            "{A}の{na}{ra}は{when}、{city}を訪問中の{B}の{nb}{rb}と会見した。",
            "{A}と{B}は{when}、{city}で{topic}分野の協力を深めることで合意した。",
        ),
        body=(
            "{sa}氏は、今回の訪問が{A}と{B}の伝統的な友好関係を一層強めると述べた。",
            "双方は{year}年に署名した協定の実施状況を確認し、{topic}に関する合同作業部会の設置で一致した。",
            "{sb}氏は温かい歓迎に感謝し、過去{n}年間の成果を高く評価した。",
            "両省はあらゆるレベルで代表団の交流を続け、越境犯罪やサイバー安全保障の情報を共有する。",
            "{sa}氏によると、両国間の貿易は着実に伸びており、{n}年以内に倍増する可能性がある。",
            "{sb}氏は{sa}氏に{B}への訪問を招請し、{sa}氏はこれを快諾した。",
            "双方は共通の関心事である地域・国際問題についても意見を交換した。",
            "双方は{topic}に関する覚書と今後{n}年間の行動計画に署名した。",
            "{year}年に始まった若手職員の研修事業は今後さらに拡大される。",
            "{sa}氏はビザ手続きの簡素化と直行便の増便を提案した。",
        ),
        topics=("安全保障", "貿易・投資", "教育", "気候変動", "法執行", "デジタル化", "保健"),
        roles=("外相", "公安相", "副首相", "貿易相", "大統領", "国防相"),
        related="関連ニュース", photo="写真：{who}", tags="タグ：", share="共有 印刷",
    ),
    "ko": Phrases(
        headlines=("{A}·{B}, {topic} 협력 강화", "{A}(와) {B}, {topic} 논의",
                   "{city}서 {A}·{B} 회담"),
        leads=(
            "{A}의 {na} {ra}(은) {when} {city}에서 {B}의 {nb} {rb}(과) 회담했다.",
            "{na} {A} {ra}(은) {when} {city}(를) 방문한 {nb} {B} {rb}(을) 접견했다.",
            "{A}(와) {B}(는) {when} {city}에서 {topic} 분야 협력을 강화하기로 합의했다.",
        ),
        body=(
            "{sa} {ra}(은) 이번 방문이 {A}(와) {B}의 전통적 우호 관계를 "
            "더욱 공고히 할 것이라고 말했다.",
            "양측은 {year}년 체결한 협정의 이행 상황을 점검하고 "
            "{topic} 공동 실무그룹을 구성하기로 했다.",
            "{sb} {rb}(은) 따뜻한 환대에 감사를 표하고 지난 {n}년간의 성과를 높이 평가했다.",
            "양 부처는 각급 대표단 교류를 확대하고 "
            "국경 간 범죄와 사이버 안보 정보를 공유할 예정이다.",
            "{sa} {ra}에 따르면 양국 교역은 꾸준히 늘어 {n}년 안에 두 배가 될 수 있다.",
            "{sb} {rb}(은) {sa} {ra}(을) 초청했고, 초청은 흔쾌히 수락됐다.",
            "양측은 공동 관심사인 지역 및 국제 문제에 대해서도 의견을 나눴다.",
            "양측은 {topic} 분야 양해각서와 향후 {n}년 행동계획에 서명했다.",
            "{year}년 시작된 청년 공무원 연수 프로그램은 더 확대될 예정이다.",
            "{sa} {ra}(은) 비자 절차 간소화와 직항 노선 증편을 제안했다.",
        ),
        topics=("안보", "무역·투자", "교육", "기후변화", "법 집행", "디지털 전환", "보건"),
        roles=("외교장관", "공안장관", "부총리", "통상장관", "대통령", "국방장관"),
        related="관련 기사", photo="사진: {who}", tags="태그:", share="공유 인쇄",
    ),
}
