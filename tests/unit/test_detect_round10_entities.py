"""The tenth round, entity families and precision: names placed by a record's layout (a key that names a person in
any printed record, a passport's machine-readable zone, the payment QR codes, the line under a card's code or an
address label, a surname-first line among a record's numbers, a family's Wi-Fi network, a device named after its
owner); names told by their script's cues (a Korean honorific or label, a common Japanese family name, the roles of a
Thai, Hebrew, Chinese or Hindi form, the Tagalog marker "kay", a Turkish dative before an account); Japanese and
Korean firms and a Japanese place of residence. Precision: public figures, brands, shows and fictional addresses;
landmarks; log and config words; lower-case places from writers who capitalise; a BIC above an IBAN; manuals'
stand-ins. Patterns and rules, and a few functions on their own."""

from __future__ import annotations

import pytest

from llmvpn.privacy import guesses
from llmvpn.privacy.recognizers import names, negatives, organisations, places
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span
from tests.unit.rules_only import found, of_type


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in names.find(text)]


def _persons(text: str) -> list[str]:
    return of_type(text, E.PERSON)


# --- a record's layout places a name --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('err="lookup failed" user="{GivenName:Orsolya FamilyName:Tamasi Age:41}"', ["Orsolya", "Tamasi"]),
        ("Customer{firstName='Wendeline', lastName='Achterberg', active=true}", ["Wendeline", "Achterberg"]),
        ("Array\n(\n    [first_name] => Casimir\n    [last_name] => Oyelaran-Voss\n)", ["Casimir", "Oyelaran-Voss"]),
        ("-[ RECORD 1 ]-----\nid         | 77\nsurname    | Brightwater\nforename   | Ysolde", ["Brightwater", "Ysolde"]),
    ],
)
def test_a_key_that_names_a_person_gives_its_value_in_any_printed_record(text: str, expected: list[str]) -> None:
    assert all(name in _names(text) for name in expected)


@pytest.mark.parametrize(
    "text",
    [
        "class Signup(BaseModel):\n    first_name: str\n    last_name: Optional[str] = None",
        "user.last_name = form.cleaned_data['last_name']",
        'schema = {"surname": "string", "given_name": "string"}',
    ],
)
def test_a_person_key_holding_a_type_or_code_is_no_name(text: str) -> None:
    assert _names(text) == []


def test_the_names_of_a_passports_machine_readable_zone_are_found() -> None:
    text = "P<IRLDROMGOOLE<<SAOIRSE<MAEVE<<<<<<<<<<<<<<<<\nPA12345671IRL9003121F3102284<<<<<<<<<<<<<<06"
    assert {"DROMGOOLE", "SAOIRSE", "MAEVE"} <= set(_names(text))


def test_the_payee_of_a_sepa_qr_code_is_its_sixth_line() -> None:
    text = "Decoded the QR on the invoice:\nBCD\n002\n1\nSCT\nGENODEF1S04\nHalvorsen Mikkel\nDE02120300000000202051\nEUR12.50"
    assert "Halvorsen Mikkel" in _persons(text)


def test_a_bank_code_above_an_iban_is_no_ones_name() -> None:
    text = "BCD\n002\n1\nSCT\nDEUTDEFF\nMERTENS Ilka\nDE02120300000000202051"
    spans = [Span(text.index("DEUTDEFF"), text.index("Ilka") + 4, E.PERSON, 0.5)]
    assert [text[s.start : s.end] for s in guesses.plausible(text, spans)] == ["MERTENS Ilka"]


def test_each_party_of_a_swiss_qr_bill_follows_its_address_type() -> None:
    text = "SPC\n0200\n1\nCH4431999123000889012\nS\nLeandra Imboden\nMattenweg 4\n3800 Interlaken\nCH\n\n250.00\nCHF\nK\nSilvan Rüegsegger\nRosenweg 7"
    assert {"Leandra Imboden", "Silvan Rüegsegger"} <= set(_names(text))


def test_the_holder_under_a_cards_security_code_is_found() -> None:
    text = "Replacement card arrived:\n4000 1234 5678 9010\nVALID THRU 11/29  CVV 381\nTAMSIN OKONJO-BRAY\nCall us to activate."
    assert "TAMSIN OKONJO-BRAY" in _names(text)


def test_the_addressee_under_a_shipping_label_is_found() -> None:
    assert "Marguerite Oyelowo" in _names("Reprint this please:\nDeliver to:\nMarguerite Oyelowo\n14 Quarry Rise\nTruro TR1 3AX")


def test_a_surname_first_line_among_numbers_is_a_name_but_a_log_word_is_not() -> None:
    assert "KAMPMANN Henrike" in _names("Steuer-ID 12 345 678 901\nKAMPMANN Henrike\nAm Markt 4\n12345 Celle")
    assert _names("build log\nWARNING Deprecated\nline 44") == []


def test_a_family_network_and_a_named_device_give_the_surname_and_the_owner() -> None:
    assert "Ní Bhriain" in _names('network={\n  ssid="Ní Bhriain Family"\n  psk="x"\n}')
    assert "Thorvald" in _names("Thorvald-MacBook-Pro    192.168.1.40")
    assert _names("Work-Laptop    192.168.1.41") == []


def test_the_family_is_a_surname_in_prose_but_not_in_a_title() -> None:
    assert "Adebayo" in _persons("Last summer we stayed with the Adebayo family in Ibadan.")
    assert "Addams" not in _names("We watched The Addams Family again.")


# --- names by their script's cues -----------------------------------------------------------------------------------


def test_a_korean_name_before_its_honorific_or_after_a_label_is_found_but_not_a_role() -> None:
    assert _names("한서윤님 내일 10시 진료 예약이 확인되었습니다.") == ["한서윤"]
    assert "송하람" in _names("계좌 예금주 송하람, 은행 확인 부탁드려요.")
    assert _names("이용자님과 이사장님께 안내드립니다.") == []


def test_a_japanese_name_with_a_common_family_name_is_found_before_a_bracket() -> None:
    text = "自己紹介文を整えて: 村田千尋（福岡市在住）。よろしくお願いします。"
    assert "村田千尋" in _names(text)
    assert ("福岡市", E.LOCATION) in [(text[s.start : s.end], s.type) for s in places.find(text)]


def test_a_thai_power_of_attorney_names_both_parties() -> None:
    text = "ข้าพเจ้า อรุณี ศรีวงศ์ ขอมอบอำนาจให้ ธนากร มีสุข ไปรับเอกสารแทน"
    assert {"อรุณี ศรีวงศ์", "ธนากร มีสุข"} <= set(_names(text))


def test_a_hebrew_power_of_attorney_names_the_attorney() -> None:
    assert "יואב שפירא" in _names("אני מייפה את כוחו של יואב שפירא לחתום בשמי.")


def test_the_parties_of_a_chinese_lease_are_found_without_a_colon() -> None:
    assert {"周静", "孙浩然"} <= set(_names("租赁合同：出租人 周静，电话略；承租人 孙浩然，入住日期另行约定。"))


def test_a_hindi_form_without_colons_names_the_child_and_the_father() -> None:
    text = "फ़ॉर्म: नाम अनन्या शर्मा, कक्षा 3; पिता विनोद शर्मा, मोबाइल 98xxxxxx"
    assert {"अनन्या शर्मा", "विनोद शर्मा"} <= set(_names(text))
    assert _names("मेरे पिता बहुत बीमार हैं, क्या करें?") == []


def test_tagalog_kay_and_a_turkish_dative_before_an_account_mark_a_person() -> None:
    assert "Rosalind Macapagal" in _names("Nagpadala ako ng pera kay Rosalind Macapagal kahapon.")
    assert "Deniz Karaca" in _names("Aidatı Deniz Karaca'ya TR330006100519786457841326 hesabına yatırdım.")


def test_payee_after_to_and_before_an_account_over_two_lines() -> None:
    assert "Wiebke Harms" in _names("Dauerauftrag\nan Wiebke Harms\nDE02 1203 0000 0000 2020 51")


# --- Japanese and Korean firms --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("経歴: 有限会社さくら不動産に五年勤務しました。", "有限会社さくら不動産"),
        ("勤務先は。青葉台歯科クリニックです", "青葉台歯科クリニック"),
        ("아이가 다니는 햇살초등학교 가정통신문 정리해줘", "햇살초등학교"),
    ],
)
def test_japanese_and_korean_firms_are_named_with_their_kind(text: str, firm: str) -> None:
    assert firm in [text[s.start : s.end] for s in organisations.find(text)]


def test_a_kind_alone_or_in_chinese_prose_is_no_firm() -> None:
    assert organisations.find("동물병원 어디가 좋아요?") == []
    assert organisations.find("我在北京大学工作。") == []


# --- precision ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "etype"),
    [
        ("How many grand slams did Novak Djokovic win before 2020?", "Novak Djokovic", E.PERSON),
        ("Ki volt Puskás Ferenc, és hány gólt lőtt?", "Puskás Ferenc", E.PERSON),
        ("Is it Jim Beam or Jameson for a whiskey sour?", "Jim Beam", E.PERSON),
        ("Is 742 Evergreen Terrace a real address?", "742 Evergreen Terrace", E.ADDRESS),
        ("Wie alt ist der Kölner Dom eigentlich?", "Kölner Dom", E.PERSON),
    ],
)
def test_public_figures_brands_fictional_addresses_and_landmarks_are_no_ones(text: str, value: str, etype: E) -> None:
    span = Span(text.index(value), text.index(value) + len(value), etype, 0.7)
    assert negatives.drop_generic_mentions(text, negatives.drop_never_names(text, [span])) == []


def test_a_surname_like_castillo_ends_a_name_not_a_landmark() -> None:
    text = "Please write to Lauren Castillo about the refund."
    span = Span(text.index("Lauren"), text.index("Lauren") + len("Lauren Castillo"), E.PERSON, 0.7)
    assert negatives.drop_never_names(text, [span]) == [span]


def test_a_log_programs_login_word_is_no_username() -> None:
    assert _persons("imap-login: Disconnected: Auth failed, 2 attempts: user=<x@y.z>, method=PLAIN") == []


def test_a_noun_after_a_comma_before_an_account_is_no_payee() -> None:
    assert "Auszahlung" not in _names("Antragstellerin Ilse Brenner, Steuer-ID 12345678901, Auszahlung auf DE02 1203 0000 0000 2020 51.")


def test_a_lower_case_word_after_a_travel_word_is_no_place_when_the_writer_capitalises() -> None:
    assert places.find("I bought tickets to resell at the Emirates, no idea.") == []
    assert [s.type for s in places.find("i live in leeds and work nights")] == [E.LOCATION]


def test_column_heads_in_capitals_are_never_names_but_mac_opens_an_irish_surname() -> None:
    assert negatives.never_names_only("MAC")
    assert not negatives.never_names_only("Mac Giolla")


def test_a_stand_in_name_in_a_manual_is_no_ones() -> None:
    text = "In every manual the example is always Jan Kowalski, why?"
    span = Span(text.index("Jan"), text.index("Jan") + len("Jan Kowalski"), E.PERSON, 0.7)
    assert negatives.drop_generic_mentions(text, [span]) == []


def test_a_street_word_guessed_as_a_person_after_the_streets_name_is_dropped() -> None:
    text = "Deliveries go to 12 Mill Lane, round the back."
    spans = [Span(text.index("Lane"), text.index("Lane") + 4, E.PERSON, 0.5)]
    assert guesses.plausible(text, spans) == []


def test_a_card_expiry_after_a_korean_label_is_no_birth_date() -> None:
    text = "카드번호 끝자리 1234, 유효기간 08/29, 명의 확인"
    spans = [Span(text.index("08/29"), text.index("08/29") + 5, E.DATE_OF_BIRTH, 0.5)]
    assert guesses.plausible(text, spans) == []


def test_the_rules_alone_find_a_korean_card_holder() -> None:
    assert ("최유진", E.PERSON) in found("카드 명의 최유진, 휴대폰 확인")


def test_a_name_label_inside_a_line_gives_a_first_and_last_name_in_several_languages() -> None:
    assert "Yolotzin Barragán" in _names("¿Está bien mi CURP? Nombre: Yolotzin Barragán, nacida en 1979.")
    assert "Szűcs Boglárka" in _names("Ellenőrizd kérlek. Név: Szűcs Boglárka, lakcím lent.")
    assert _names("Please rename it. Name: Build Pipeline Config") == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Kita-Beitrag monatlich 310 Euro, bitte prüfen.", "Kita-Beitrag", "ORG"),
        ("Zeile 3. Bruttoarbeitslohn 41200,00", "Bruttoarbeitslohn", "ORG"),
        ("Kela-hakemus, onko tämä oikein?", "Kela-hakemus", "PERSON"),
        ("returns { _id: ObjectId('64b1f0') }", "ObjectId", "ORG"),
    ],
)
def test_the_models_compounds_sums_and_calls_are_no_entities(text: str, value: str, label: str) -> None:
    from llmvpn.privacy.detect import _entity_span
    from llmvpn.privacy.ner import Entity

    start = text.index(value)
    assert _entity_span(text, Entity(start, start + len(value), label)) is None


def test_a_persons_name_from_the_model_is_still_kept() -> None:
    from llmvpn.privacy.detect import _entity_span
    from llmvpn.privacy.ner import Entity

    text = "I met Annelie Brockhaus yesterday."
    start = text.index("Annelie")
    span = _entity_span(text, Entity(start, start + len("Annelie Brockhaus"), "PERSON"))
    assert span is not None and text[span.start : span.end] == "Annelie Brockhaus"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Je soussignée, atteste héberger Maëlys Carpentier depuis le 3 mars.", "Maëlys Carpentier"),
        ("Je donne procuration à Gaspard Lemoine pour signer le bail.", "Gaspard Lemoine"),
        ("Hiermit bevollmächtige ich Ansgar Wendtland, meine Post abzuholen.", "Ansgar Wendtland"),
    ],
)
def test_the_person_hosted_or_given_power_of_attorney_is_found(text: str, name: str) -> None:
    assert (name, E.PERSON) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("你好，我叫何嘉怡，想问一下退款的事。", "何嘉怡"),
        ("안녕하세요, 저는 윤하준입니다. 환불 문의드려요.", "윤하준"),
        ("はじめまして、私は松井葵です。よろしくお願いします。", "松井葵"),
        ("नमस्ते, मेरा नाम कविता जोशी है और मुझे मदद चाहिए", "कविता जोशी"),
        ("مرحبا، اسمي ليلى حداد وأحتاج مساعدة", "ليلى حداد"),
    ],
)
def test_my_name_is_in_scripts_without_capitals(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["私は学生です。名前は秘密です。", "저는 학생입니다.", "我叫不出来它的名字。"])
def test_i_am_a_student_or_a_secret_name_is_no_name(text: str) -> None:
    assert _names(text) == []
