"""The eleventh round, entity families and precision: a person's own towns in a move or a commute, in the words and
scripts each language writes it with (from/to after a verb of moving, commuting or being posted; Chinese, Japanese,
Korean, Thai, Hebrew, Arabic and Hindi forms; an arrow after the word for a move; Czech odkud/kam; a Turkish commute);
a move makes a prompt personal in any language; small organisations by their kind word in scripts without capitals
(Hebrew, Arabic, Hindi, Thai, Chinese), Japanese names in kana, Korean firms, Cyrillic «quoted» names; landlords,
holders and payees by their role in a dozen languages. Precision: questions about trips and distances, public
figures asked about, national rail and airlines, stand-in names asked about in general, move headings."""

from __future__ import annotations

import pytest

from llmvpn.privacy.recognizers import names, negatives, organisations, places
from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


def _moves(text: str) -> list[str]:
    return [text[s.start : s.end] for s in places.find(text) if s.type is E.LOCATION]


# --- a person's own towns in a move or a commute --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir ziehen im März von Bückeburg nach Lüneburg, was muss ich ummelden?", ["Bückeburg", "Lüneburg"]),
        ("Elke pendelt täglich von Gütersloh nach Bielefeld.", ["Gütersloh", "Bielefeld"]),
        ("We verhuizen van Zutphen naar Hoorn en zoeken een school.", ["Zutphen", "Hoorn"]),
        ("Nous déménageons de Le Puy-en-Velay à Roanne en juin.", ["Le Puy-en-Velay", "Roanne"]),
        ("Nos mudamos de Albacete a Ponferrada el mes que viene.", ["Albacete", "Ponferrada"]),
        ("Vamos mudar de Setúbal para Viseu em agosto.", ["Setúbal", "Viseu"]),
        ("Kami pindah dari Cirebon ke Kupang bulan depan.", ["Cirebon", "Kupang"]),
        ("Tôi chuyển từ Phan Thiết đến Cà Mau vì công việc.", ["Phan Thiết", "Cà Mau"]),
        ("Μετακομίζουμε από Λάρισα σε Ξάνθη τον Μάιο.", ["Λάρισα", "Ξάνθη"]),
        ("Переезжаю из Вологды в Калугу в мае.", ["Вологды", "Калугу"]),
        ("Przeprowadzam się z Olsztyna do Rzeszowa.", ["Olsztyna", "Rzeszowa"]),
        ("I am relocating from Swindon to Aberystwyth next month.", ["Swindon", "Aberystwyth"]),
    ],
)
def test_towns_after_a_verb_of_moving_or_commuting_are_found(text: str, expected: list[str]) -> None:
    for town in expected:
        assert town in _moves(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们下周从洛阳搬到襄阳，请帮我写通知。", ["洛阳", "襄阳"]),
        ("来月、富山市から松江市へ転勤します。", ["富山市", "松江市"]),
        ("다음 달에 춘천에서 목포로 이사해요.", ["춘천", "목포"]),
        ("ผมย้ายจากพิษณุโลกไปนครสวรรค์ เดือนหน้า", ["พิษณุโลก", "นครสวรรค์"]),
        ("אנחנו עוברים מנהריה לרחובות בקיץ.", ["נהריה", "רחובות"]),
        ("سأنتقل من الشارقة إلى رأس الخيمة للعمل", ["الشارقة", "رأس الخيمة"]),
        ("हम कानपुर से भोपाल शिफ्ट हो रहे हैं।", ["कानपुर", "भोपाल"]),
        ("Stěhujeme se, odkud Přerov, kam Třebíč.", ["Přerov", "Třebíč"]),
        ("Переїзд: Ужгород → Полтава, нова квартира.", ["Ужгород", "Полтава"]),
        ("Denizli ile Aydın arasında her gün gidip geliyorum.", ["Denizli", "Aydın"]),
        ("Eskişehir'den Kütahya'ya taşınıyoruz.", ["Eskişehir", "Kütahya"]),
    ],
)
def test_towns_of_a_move_are_found_in_other_scripts_and_layouts(text: str, expected: list[str]) -> None:
    assert _moves(text) == expected


def test_a_move_is_personal_without_a_first_person_word_the_rules_know() -> None:
    text = "Μετακομίζω από Σέρρες σε Κοζάνη για δουλειά στην εταιρεία Δικηγορικό Γραφείο Αλεξίου."
    assert of_type(text, E.LOCATION) == ["Σέρρες", "Κοζάνη"]
    assert of_type(text, E.ORGANIZATION) == ["Δικηγορικό Γραφείο Αλεξίου"]


@pytest.mark.parametrize(
    "text",
    [
        "How far is it from Lyon to Geneva by train?",
        "Was kostet ein Zugticket durchschnittlich?",
        "从北京到上海的高铁要多久？",
        "I moved from Monday to Friday shifts last year.",
        "The exhibition moves from room to room.",
        "東京から大阪まで新幹線でいくらですか？",
    ],
)
def test_trips_distances_and_schedules_are_not_moves(text: str) -> None:
    assert places._moves(text) == []


# --- small organisations by their kind in scripts without capitals --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("אני מתחיל לעבוד במרפאת שיניים הדר.", "מרפאת שיניים הדר"),
        ("بدأت العمل في عيادة الشفاء للأسنان.", "عيادة الشفاء للأسنان"),
        ("मैं अगले महीने से गुप्ता इंडस्ट्रीज में काम करूँगा।", "गुप्ता इंडस्ट्रीज"),
        ("ฉันทำงานที่บริษัท ทองดี ขนส่ง จำกัด มาสามปี", "บริษัท ทองดี ขนส่ง จำกัด"),
        ("我在绵阳的涪城区实验小学当老师。", "涪城区实验小学"),
        ("来週から金沢市ひまわり歯科に通います。", "金沢市ひまわり歯科"),
        ("저는 다온세무법인 에서 일해요.", "다온세무법인"),
        ("Нова робота — Стоматологія «Усмішка плюс».", "Стоматологія «Усмішка плюс»"),
    ],
)
def test_small_organisations_are_found_by_their_kind_word_in_other_scripts(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in organisations.find(text)]


@pytest.mark.parametrize(
    "text",
    ["सरकारी अस्पताल में इलाज कैसे होता है?", "北京哪家幼儿园好？", "这所小学怎么样？", "מה זה משרד עורכי דין?"],
)
def test_a_kind_word_alone_or_a_general_one_is_no_organisation(text: str) -> None:
    assert organisations.find(text) == []


# --- landlords, holders and payees by their role --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اكتب رسالة إلى المالك رامي الخطيب لإلغاء العقد", "رامي الخطيب"),
        ("الاسم ليلى الحداد، البريد", "ليلى الحداد"),
        ("תנסח מייל לבעלת הדירה, נועה ברק.", "נועה ברק"),
        ("मकान मालिक सुरेश वर्मा को संदेश लिख दें।", "सुरेश वर्मा"),
        ("ช่วยเขียนข้อความถึงเจ้าของห้อง สุดารัตน์ แก้วมณี ว่า", "สุดารัตน์ แก้วมณี"),
        ("받는 사람 문가온, 연락처", "문가온"),
        ("帮我写申请：租车人邱子墨，身份证号", "邱子墨"),
    ],
)
def test_a_landlord_or_a_holder_is_named_by_the_role_in_scripts_without_capitals(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in names.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viết email báo cho chủ nhà Trịnh Minh Khôi.", "Trịnh Minh Khôi"),
        ("Kiểm tra tờ khai: họ tên Lâm Bảo Ngọc, số CCCD", "Lâm Bảo Ngọc"),
        ("Hyran går till kontot (mottagare Ylva Strandberg). Skriv", "Ylva Strandberg"),
        ("Meghatalmazás: meghatalmazó Fekete Botond, adóazonosító", "Fekete Botond"),
    ],
)
def test_a_holder_or_payee_is_named_by_the_role_in_languages_with_capitals(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_an_arabic_phrase_with_the_article_is_no_name() -> None:
    assert of_type("الاسم العربي الجميل، ما معناه؟", E.PERSON) == []


# --- precision ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "What's the weather in Paris?",
        "Is Google hiring?",
        "Scrivi una richiesta di rimborso a Trenitalia per un treno soppresso.",
        "Tell me about Heinrich Hertz and why the unit is named after him.",
        "Kas buvo Mikalojus Konstantinas Čiurlionis?",
        "How long do they have? Asking in general, e.g. if Mario Rossi asked a shop.",
    ],
)
def test_public_companies_figures_and_stand_ins_asked_about_are_not_flagged(text: str) -> None:
    assert of_type(text, E.PERSON) == [] and of_type(text, E.ORGANIZATION) == [] and of_type(text, E.LOCATION) == []


def test_the_word_for_a_move_heading_a_line_is_no_name() -> None:
    assert names.is_common("Przeprowadzka") and names.is_common("Переезд")


def test_a_move_span_is_kept_as_personal() -> None:
    assert negatives.OWN_PLACE_SCORE not in (0.7, 0.75, 0.65)


# --- names in a table's column of people and in a LaTeX CV ----------------------------------------------------------


def test_names_in_a_csv_column_of_people_are_found_by_its_header() -> None:
    text = "Who owes what?\nDate;Item;Amount;Paid by\n02/03/2026;Petrol;40.00;Oluwaseun\n05/03/2026;Pizza;22.50;Marisol\n"
    assert of_type(text, E.PERSON) == ["Oluwaseun", "Marisol"]


def test_a_column_headed_name_takes_full_names_only() -> None:
    assert of_type("Stock:\nsku,name,qty\nA-1,Hinge,40\nA-2,Bracket,12", E.PERSON) == []
    assert "Wilhelmina Osei" in of_type("List:\nname,team\nWilhelmina Osei,Blue\nTobiah Renwick,Red", E.PERSON)


def test_a_latex_cv_names_its_owner() -> None:
    text = "moderncv won't compile:\n\\name{Ottoline}{Brackenbury}\n\\title{CV}"
    assert of_type(text, E.PERSON) == ["Ottoline", "Brackenbury"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prihláška: Ema Kráľová, tel. 0905 111 222, bydlisko Bardejov. Je to dobre?", "Bardejov"),
        ("Nyilatkozat: lakóhely Kecskemét, adóazonosító jel", "Kecskemét"),
        ("Solicitante con domicilio en Teruel.", "Teruel"),
    ],
)
def test_a_residence_written_without_its_colon_is_found(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in places.find(text) if s.type is E.LOCATION]


# --- names in health records and home automation --------------------------------------------------------------------


def test_an_hl7_segment_names_its_patient_and_next_of_kin() -> None:
    text = "PID|1||55120^^^MRN||BRANNIGAN^PERPETUA^L||19610303|F\nNK1|1|BRANNIGAN^EAMON|SPO^Spouse"
    assert [text[s.start : s.end] for s in names.find(text)] == ["BRANNIGAN", "PERPETUA", "BRANNIGAN", "EAMON"]


def test_hl7_codes_and_relations_are_no_names() -> None:
    text = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202501011200||ADT^A01|1|P|2.5\nNK1|1|||MTH^Mother\nOBR|1|845439^GHH LAB|15545^GLUCOSE"
    assert names.find(text) == []


def test_a_home_assistant_person_entity_names_its_owner() -> None:
    text = "automation:\n  trigger:\n    platform: state\n    entity_id: person.leocadia_brandt\n    to: home"
    assert "leocadia_brandt" in [text[s.start : s.end] for s in names.find(text)]
    assert names.find("if person.first_name: print(person.name)  # state") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ne mutăm din Brașov în Oradea în toamnă.", ["Brașov", "Oradea"]),
        ("Selimo se iz Osijeka u Rijeku.", ["Osijeka", "Rijeku"]),
        ("Kraustomės iš Šiaulių į Klaipėdą.", ["Šiaulių", "Klaipėdą"]),
        ("Премествам се от Варна в Бургас.", ["Варна", "Бургас"]),
        ("Tunahamia kutoka Arusha kwenda Dodoma.", ["Arusha", "Dodoma"]),
        ("Lumipat kami mula sa Iloilo papuntang Baguio.", ["Iloilo", "Baguio"]),
        ("Muutamme Jyväskylästä Vaasaan.", ["Jyväskylästä", "Vaasaan"]),
        ("Győrből Pécsre költözünk.", ["Győrből", "Pécsre"]),
    ],
)
def test_moves_are_found_in_more_languages_and_by_case_endings(text: str, expected: list[str]) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("自我介绍：我叫罗佳怡，在洛阳的洛阳市第二实验小学工作。", ["洛阳"]),
        ("我住在大连，想换工作。", ["大连"]),
        ("저는 목포에 살아요.", ["목포"]),
        ("요즘 원주에서 근무해요.", ["원주"]),
        ("函館に住んでいます。", ["函館"]),
        ("أعيش في العين مع عائلتي.", ["العين"]),
        ("אני גר ברמלה עם המשפחה.", ["רמלה"]),
        ("मैं जबलपुर में रहती हूँ।", ["जबलपुर"]),
    ],
)
def test_where_someone_lives_or_works_is_found_in_scripts_without_capitals(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in places._lives(text)] == expected


@pytest.mark.parametrize(
    "text", ["我在公司工作。", "我住在这里。", "회사에서 일해요.", "会社で働いています。", "אני גר בדירה קטנה.", "मैं शहर में रहता हूँ।"]
)
def test_home_and_work_words_are_no_towns(text: str) -> None:
    assert places._lives(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik begin bij Accountantskantoor Veldkamp in mei.", "Accountantskantoor Veldkamp"),
        ("Je travaille au Cabinet dentaire Roussel depuis mars.", "Cabinet dentaire Roussel"),
        ("Lavoro presso lo Studio legale Marchetti & Sala.", "Studio legale Marchetti & Sala"),
        ("Trabajo en el Bufete Iriarte Solana.", "Bufete Iriarte Solana"),
        ("Saya kerja di Kantor Notaris Hadiwijaya.", "Kantor Notaris Hadiwijaya"),
        ("Mein Sohn spielt beim Sportverein Grünhain.", "Sportverein Grünhain"),
    ],
)
def test_small_organisations_are_found_by_more_kind_words(text: str, expected: str) -> None:
    assert expected in [text[s.start : s.end] for s in organisations.find(text)]


@pytest.mark.parametrize("text", ["Welke bakkerij is goed?", "Wo ist die nächste Metzgerei?", "I go to the gimnasio every day."])
def test_a_kind_word_without_a_name_is_no_organisation(text: str) -> None:
    assert organisations.find(text) == []


@pytest.mark.parametrize(
    "text", ["We're moving from Jira to Linear next sprint.", "Moving from Windows to Linux, any tips?", "How do I move from Python 2 to Python 3?"]
)
def test_a_switch_of_tools_is_no_move(text: str) -> None:
    assert places._moves(text) == []
