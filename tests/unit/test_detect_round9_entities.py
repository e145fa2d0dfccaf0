"""The ninth round, entity families and precision: a label followed by a field's value is no one speaking; a lower-case
name after a cue needs a writer who does not capitalise the names after that cue, a dash that signs off, and no
config file around it; logins of applications are no one's; shops, programs and HTTP fields are never names; a title
before a place's kind opens a place; a person's name does not end in a firm's head word. Addresses in the layouts of
Hungary, Turkey, Korea, Japan, Vietnam and the Arabic-speaking countries are read to their last part, and not across
an email or a price. Names are told by a role in scripts without capitals, by a Cyrillic patronymic, by a Japanese
honorific, by the account a payment goes to and by a relative's label. Patterns and rules, and a few functions on
their own."""

from __future__ import annotations

import pytest

from llmvpn.privacy.recognizers import addresses, names, negatives
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span
from tests.unit.rules_only import found, of_type


def _spans(text: str, *parts: tuple[str, E]) -> list[Span]:
    return [Span(text.index(value), text.index(value) + len(value), etype, 0.7) for value, etype in parts]


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.find(text)]


# --- labels, fields and values are no one speaking ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sobrenome/Nome: Vasconcelos, Inês\nChegada: 14 agosto 2025\nDocumento: VSCNSI88M41H501Z",
        "Team sheet for Saturday\nCaptain: Orrin Blackwood\nVenue: Millbrook Rugby Ground.",
        "Router: `nmcli dev wifi list` shows nothing, why?",
        "Referee: QX7781 has not replied yet.",
    ],
)
def test_a_label_before_a_fields_value_is_no_speaker(text: str) -> None:
    label = text.split(":")[0].split("\n")[-1]
    assert label not in _names(text)


def test_a_speaker_who_says_something_is_still_found() -> None:
    text = "Ottoline: can you bring the ladder?\nBertrand: only after lunch"
    assert _names(text) == ["Ottoline", "Bertrand"]


# --- lower-case names after a cue -----------------------------------------------------------------------------------


def test_lower_case_words_after_a_cue_the_writer_capitalises_elsewhere_are_words() -> None:
    text = "Pension beneficiary change form, please check: beneficiary Lorcan Fitzgibbon, born 1961."
    assert _names(text) == ["Lorcan Fitzgibbon"]


def test_a_lower_case_name_after_its_cue_is_kept_in_a_list_of_mixed_case() -> None:
    text = "Interview notes:\ncandidate wilhelmina sorby\nreferee Tancredi Oduya, manager at a bakery"
    assert "wilhelmina sorby" in _names(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Reisekosten – prüfe bitte: Hotel 84 €, Taxi 23 €", "prüfe bitte"),
        ("npm run build — passes locally, breaks in the pipeline with ENOENT", "passes locally"),
        ("transfer 400 to savings — declined\nnew attempt tomorrow", "declined"),
        ("Sort the array and explain its space usage.", "space usage"),
        ("I wear contact lenses and my eyes are dry.", "lenses"),
    ],
)
def test_lower_case_words_after_a_dash_or_a_possessive_are_no_name(text: str, words: str) -> None:
    assert words not in _names(text)


def test_a_lower_case_signature_after_a_dash_is_still_a_name() -> None:
    assert _names("see you at the station\n— ingeborg") == ["ingeborg"]
    assert _names("ok, sounds good — matthias oyelaran") == ["matthias oyelaran"]


def test_a_name_in_a_config_file_is_a_things() -> None:
    text = "services:\n  - name: inventory\n    image: nginx\n    port: 8080\n"
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "jdbc:postgresql://10.0.4.2:5432/ledger\nspring.datasource.username=ledger\nspring.datasource.password=x",
        'Data Source=db01;Initial Catalog=Shop;User Id=orders_app;Password=hunter2',
    ],
)
def test_an_applications_own_login_is_no_ones(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_persons_login_is_still_found() -> None:
    assert of_type("username: ravindra.k and the reset link never arrives", E.PERSON) == ["ravindra.k"]


# --- words that are never names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pharmacist says I need a new prescription.", "Pharmacist"),
        ("Wireshark shows retransmissions on port 443.", "Wireshark"),
        ("    Cookie: session=abc123", "Cookie"),
        ("Yönetici: aidatlar ödendi mi?", "Yönetici"),
        ("Partenza: 3 luglio", "Partenza"),
    ],
)
def test_a_shop_a_program_or_a_field_is_no_name(text: str, word: str) -> None:
    assert negatives.drop_never_names(text, _spans(text, (word, E.PERSON))) == []


def test_a_person_ending_in_a_firms_head_word_is_a_firm() -> None:
    text = "Please answer Lakeside Capital about the late payment."
    assert negatives.drop_never_names(text, _spans(text, ("Lakeside Capital", E.PERSON))) == []
    text = "Please answer Hattie Capaldi about the late payment."
    assert len(negatives.drop_never_names(text, _spans(text, ("Hattie Capaldi", E.PERSON)))) == 1


def test_a_title_before_a_place_opens_the_places_name() -> None:
    assert _names("Weekend plan: Lady Musgrave Island, then home.") == []
    assert _names("Weekend plan: lunch with Lady Arabella Pennington.") == ["Arabella Pennington"]


def test_a_placeholder_in_a_czech_question_about_a_sample_form_is_no_one() -> None:
    assert of_type("Proč je na vzorovém formuláři jméno Max Mustermann? Je to jen vzor?", E.PERSON) == []


def test_a_vietnamese_word_does_not_fold_into_the_email_next_to_it() -> None:
    text = "Tên Lâm Thu Trang, email trang.lam@gmail.com. Viết giúp mình đơn xin nghỉ."
    assert "đơn" not in _names(text)


# --- addresses of other layouts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Kérlek ellenőrizd: lakcím 7621 Pécs, Király utca 23. 2. em. 7., telefon 30 111 2233.",
         "7621 Pécs, Király utca 23. 2. em. 7."),
        ("Szállítás: Damjanich utca 4. fsz. 2., 1071 Budapest, kérem", "Damjanich utca 4. fsz. 2., 1071 Budapest"),
        ("Teslimat adresi: Cumhuriyet Mah. Menekşe Sok. No:7 D:3, 06420 Çankaya/Ankara, teşekkürler.",
         "Cumhuriyet Mah. Menekşe Sok. No:7 D:3, 06420 Çankaya/Ankara"),
        ("주소: 부산광역시 해운대구 센텀중앙로 97, 201동 1104호 (48058), 연락처 010-1234-5678",
         "부산광역시 해운대구 센텀중앙로 97, 201동 1104호 (48058)"),
        ("送り先：〒150-0041 東京都渋谷区神南1丁目12-3 サンハイツ502号室\nよろしくお願いします",
         "〒150-0041 東京都渋谷区神南1丁目12-3 サンハイツ502号室"),
        ("Địa chỉ: Số 17 hẻm 22 đường Lê Lợi, phường Bến Thành, quận 1, Hồ Chí Minh, SĐT 0903 111 222.",
         "Số 17 hẻm 22 đường Lê Lợi, phường Bến Thành, quận 1, Hồ Chí Minh"),
        ("العنوان: شقة 12، عمارة النور، شارع الملك فهد، العليا، الرياض، الهاتف 0501234567",
         "شقة 12، عمارة النور، شارع الملك فهد، العليا، الرياض"),
        ("寄到：上海市徐汇区漕溪北路37号2号楼803室，谢谢", "上海市徐汇区漕溪北路37号2号楼803室"),
        ("配送先：大阪府大阪市北区梅田3-1-3 ルクアビル12F まで", "大阪府大阪市北区梅田3-1-3 ルクアビル12F"),
        ("이전 주소: 대전광역시 유성구 봉명동 544-7, 연락 바랍니다", "대전광역시 유성구 봉명동 544-7"),
        ("ที่อยู่ 88/12 ซอยลาดพร้าว 15 แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900 ค่ะ",
         "88/12 ซอยลาดพร้าว 15 แขวงจอมพล เขตจตุจักร กรุงเทพฯ 10900"),
        ("नया पता: मकान नं. 45, गांधी नगर, सेक्टर 7, जयपुर 302015, मोबाइल 98290 12345", "मकान नं. 45, गांधी नगर, सेक्टर 7, जयपुर 302015"),
    ],
)
def test_an_address_in_its_countrys_layout_is_read_to_its_last_part(text: str, address: str) -> None:
    assert address in of_type(text, E.ADDRESS)


@pytest.mark.parametrize(
    "text",
    [
        "A Rákóczi út 12 kilométer hosszú?",
        "平和路 284 是什么意思",
        "La villa compte 3 chambres.",
        "شارع 14 مزدحم اليوم",
        "这道题怎么做：3号楼有5层，每层10室？",
        "ราคา 500 บาท ลด 20% เหลือ 400 บาท",
    ],
)
def test_a_street_word_and_a_number_in_prose_are_no_address(text: str) -> None:
    assert of_type(text, E.ADDRESS) == []


def test_an_address_chain_stops_at_an_email_and_a_price() -> None:
    text = "Order: 12,40 €, 9258 Kč and 700 zł. Shipping to Via Roma 10, 00184 Roma."
    assert of_type(text, E.ADDRESS) == ["Via Roma 10, 00184 Roma"]
    assert addresses.chain_spans("Convert these: 382,958 ₩, 9258 Kč. Thanks!") == []


def test_a_networks_address_after_an_address_cue_is_no_home() -> None:
    assert of_type("¿Qué es una dirección IPv6 pública como 2001:db8::1 y para qué sirve?", E.ADDRESS) == []


# --- names told by their shape ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("कृपया फॉर्म देखें: आवेदक सुनीता कपूर, जन्म तिथि 3 मार्च 1990", "सुनीता कपूर"),
        ("يرجى مراجعة العقد: المؤجر خالد الزهراني، رقم الجوال 0551234567", "خالد الزهراني"),
        ("Заява від мешканця: Бондаренко Олег Іванович, кв. 12", "Бондаренко Олег Іванович"),
        ("Прошу пропуск для Анна Сергеевна Белова на завтра", "Анна Сергеевна Белова"),
        ("宛名：山本　さくら 様\n〒530-0001", "山本　さくら"),
        ("Splitsen: Sanne van Dijk naar NL02 RABO 0123 4567 89, Joris Bakker naar NL44 INGB 0001 2345 67.", "Sanne van Dijk"),
        ("Emergency contact: Halvard Mbeki. Allergies: none.", "Halvard Mbeki"),
        ("快递单：收件人刘芳，电话稍后补", "刘芳"),
        ("ใบสมัคร: นางสาววิไล สุขใจ อายุ 29 ปี", "วิไล สุขใจ"),
    ],
)
def test_a_name_is_told_by_its_role_patronymic_honorific_payee_or_relative(text: str, name: str) -> None:
    assert name in of_type(text, E.PERSON)


@pytest.mark.parametrize(
    "text",
    [
        "担当者様、お客様各位へのお知らせ",
        "Überweisen an DE89 3704 0044 0532 0130 00 bitte bis Freitag.",
        "客户服务很好，学生证号也对。",
        "Прошу объяснить, как работает улица Петровича в игре.",
    ],
)
def test_roles_and_verbs_in_those_places_are_no_names(text: str) -> None:
    assert of_type(text, E.PERSON) == []


# --- firms ----------------------------------------------------------------------------------------------------------


def test_a_kind_word_that_labels_a_field_is_no_firms_name() -> None:
    text = "My card expires 11/27. Clinic: Hollowmere Dental Care."
    assert of_type(text, E.ORGANIZATION) == ["Hollowmere Dental Care"]


def test_a_trade_firm_after_payee_is_no_person() -> None:
    text = "Standing order: payee Adeyemi Roofing & Guttering Ltd, sort code 20-00-00, £45 a month."
    assert of_type(text, E.PERSON) == []


def test_a_guessed_firm_keeps_the_full_stop_of_its_legal_form() -> None:
    from llmvpn.privacy.guesses import plausible

    text = "Spende an den SV Birkenhain 1921 e.V. bitte bestätigen."
    guess = Span(text.index("SV"), text.index("e.V.") + 3, E.ORGANIZATION, 0.5)
    assert [text[s.start : s.end] for s in plausible(text, [guess])] == ["SV Birkenhain 1921 e.V."]


# --- what is left of a name, and the words that say how to reach someone ------------------------------------------


def test_a_title_left_over_from_a_firm_that_lost_its_name_is_dropped() -> None:
    from llmvpn.privacy.overlaps import resolve_overlaps

    text = "My landlord, Mr Øvergaard, kept the deposit."
    spans = _spans(text, ("Mr Øvergaard", E.ORGANIZATION), ("Øvergaard", E.PERSON))
    kept = resolve_overlaps(spans, text)
    assert [(text[s.start : s.end], s.type) for s in kept] == [("Øvergaard", E.PERSON)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Die Heizung ist kaputt. Rückfragen unter 0171 5566778.", "Rückfragen unter"),
        ("Grazie mille. Può chiamarmi al 347 112 2334.", "Può chiamarmi"),
        ("Gràcies. Podeu trucar-me al 612 00 11 22.", "Podeu trucar-me"),
    ],
)
def test_the_words_that_say_how_to_reach_someone_are_no_name(text: str, words: str) -> None:
    assert negatives.drop_never_names(text, _spans(text, (words, E.PERSON))) == []


def test_a_database_admin_login_is_no_ones() -> None:
    text = "Server=tcp:ledger-prod.database.windows.net,1433;User ID=sqladmin;Password=Tulip!Harbor9;"
    assert of_type(text, E.PERSON) == []


def test_a_greeting_to_a_team_names_no_one() -> None:
    text = "Dear Lettings Team, my son Caspian Oduya needs a reference."
    assert of_type(text, E.PERSON) == ["Caspian Oduya"]


def test_a_capitalised_noun_phrase_before_a_verb_of_saying_is_no_speaker() -> None:
    assert of_type("Pet insurance wants the vet's invoice first.", E.PERSON) == []
    assert of_type("Rosalind wants the invoice first.", E.PERSON) == ["Rosalind"]


@pytest.mark.parametrize(
    "text",
    [
        "kind: Secret\nmetadata:\n  name: invoices\ntype: Opaque\ndata:\n  username: aW52b2ljZXM=\n",
        "For the package registry set username: token and paste the access token as the password.",
    ],
)
def test_a_secrets_base64_login_or_a_token_login_is_no_ones(text: str) -> None:
    assert of_type(text, E.PERSON) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[09:12] Operadora: ¿me confirma la dirección?", "Operadora"),
        ("Ik ben bereikbaar op 06 12345678. Bel gerust.", "bereikbaar op"),
        ("Expérience : comptable chez un cabinet", "Expérience"),
    ],
)
def test_support_roles_reach_words_and_cv_headings_are_no_names(text: str, words: str) -> None:
    assert words not in of_type(text, E.PERSON)


# --- scripts without capitals: prose is no name or address, and a guess keeps its whole words ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "मेरे पिता बहुत बीमार हैं, क्या करें?",
        "ما هو اسم هذا الشيء، من فضلك؟",
        "العميل سعيد جدا، شكرا لكم",
    ],
)
def test_prose_after_a_relative_or_the_word_for_name_is_no_name(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_road_and_its_number_alone_in_a_question_is_a_landmark() -> None:
    assert of_type("解放路5号怎么走？", E.ADDRESS) == []
    assert addresses.regional_spans("أين يقع شارع 10، وسط البلد؟") == []


def test_a_guess_cut_at_a_vowel_sign_is_taken_to_the_end_of_its_word() -> None:
    from llmvpn.privacy.guesses import plausible

    text = "नाम: सुरेश यादव, जन्म तिथि 14 जून 1982"
    cut = text.index("14 जू") + len("14 जू")
    guess = Span(text.index("14 जू"), cut, E.DATE_OF_BIRTH, 0.5)
    assert [text[s.start : s.end] for s in plausible(text, [guess])] == ["14 जून"]


# --- numbers of documentation and of papers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "How do I cite arXiv:2106.09685v2 in Chicago style?",
        "Is doi:10.1016/j.cell.2021.04.048 the published version?",
        "Why does every guide use 2001:db8:abcd:12::1 and 198.51.100.23 in its examples?",
        "Erkläre die Prüfziffer an DE89 3704 0044 0532 0130 00.",
    ],
)
def test_papers_and_documentation_addresses_are_no_ones(text: str) -> None:
    assert found(text) == []


def test_a_real_ipv6_address_beside_them_is_still_found() -> None:
    text = "My server is 2a02:8108:1c3f::42, not the example 2001:db8::1 from the docs."
    assert of_type(text, E.IP_ADDRESS) == ["2a02:8108:1c3f::42"]
