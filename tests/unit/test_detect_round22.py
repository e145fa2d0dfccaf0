"""The twenty-second round. Ids in a markup element or a record's key named for them, national ids named in prose by
their language's own word, ... Patterns and rules."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


# --- an element or a key named for an id -----------------------------------------------------------------------------

def test_an_xml_element_named_id_number_holds_a_national_id_whatever_its_shape() -> None:
    text = ("Sakārto šo, lūdzu:\n<declaration>\n  <importer>Mārtiņš Ozols</importer>\n  <idNumber>250403-28301</idNumber>\n"
            "  <arrival>2026-04-05</arrival>\n</declaration>\n"
            "<declaration>\n  <idNumber>7524873551</idNumber>\n  <personalCode>765621/3720</personalCode>\n</declaration>")
    assert of_type(text, E.NATIONAL_ID) == ["250403-28301", "7524873551", "765621/3720"]


def test_a_json_or_yaml_key_named_national_id_holds_one_in_spaced_groups() -> None:
    text = ('```json\n{"student": "Angus Pham", "national_id": "958 436 028", "guardian_phone": "(05) 1082 2702"}\n```\n'
            "student:\n  national_id: 070 290 803\n  phone: 0434 512 835\n")
    assert of_type(text, E.NATIONAL_ID) == ["958 436 028", "070 290 803"]


def test_an_element_or_key_named_for_an_order_or_a_bare_id_holds_no_national_id() -> None:
    text = ('<order>\n  <id>48213377</id>\n  <orderNumber>2026-118823</orderNumber>\n  <ref>55012345</ref>\n</order>\n'
            '{"user_id": "10293847", "invoice_no": "884 120 331", "tracking": "1Z 999 AA1 0123 4567 84"}')
    assert of_type(text, E.NATIONAL_ID) == []


# --- a national id named in prose by its language's own word ---------------------------------------------------------

def test_a_personal_code_asked_for_in_the_case_a_request_puts_it_in_is_an_id_not_a_phone() -> None:
    text = ("Grāmatvedība prasa personas kodu 220648-14415 un kontu. Raamatupidaja küsib isikukoodi 37004063799 ja kontot. "
            "Contabila îmi cere CNP-ul 1520728121683 și IBAN-ul. المحاسب يطلب رقم هويتي 784-1975-2938123-4 والآيبان.")
    assert of_type(text, E.NATIONAL_ID) == ["220648-14415", "37004063799", "1520728121683", "784-1975-2938123-4"]
    assert of_type(text, E.PHONE) == []


def test_a_national_number_in_a_register_is_an_id_but_a_phones_national_number_is_not() -> None:
    register = "Our church register lists Angus Kirkbride, born 16-Nov-1995, national number 720 195 103, married 2027."
    assert of_type(register, E.NATIONAL_ID) == ["720 195 103"]
    dialling = "From a UK landline, dial the national number 020 7946 0958 without the +44."
    assert of_type(dialling, E.NATIONAL_ID) == []


def test_my_id_is_and_a_personnummer_named_earlier_in_its_sentence_are_ids() -> None:
    assert of_type("The broker wants copies. My ID is 135-223-344, I'm Anahera.", E.NATIONAL_ID) == ["135-223-344"]
    text = "Lönebyrån har fel personnummer på mitt lönebesked, det ska vara 520715-1084. Skriv ett mejl."
    assert of_type(text, E.NATIONAL_ID) == ["520715-1084"]


# --- a person in an element or under a key in their language's script -----------------------------------------------

def test_an_importer_element_holds_a_person_whatever_the_script_of_the_name() -> None:
    text = ("<declaration>\n  <importer>山本奈々</importer>\n</declaration>\n<declaration>\n  <importer>अनीता पांडे</importer>\n"
            "</declaration>\n<declaration>\n  <importer>لمياء النعيمي</importer>\n</declaration>")
    assert of_type(text, E.PERSON) == ["山本奈々", "अनीता पांडे", "لمياء النعيمي"]


def test_an_element_of_no_persons_name_or_a_products_han_name_is_no_person() -> None:
    text = "<order>\n  <status>待处理</status>\n  <name>新しい注文</name>\n  <title>月次報告</title>\n</order>"
    assert of_type(text, E.PERSON) == []


def test_a_yaml_name_key_in_korean_or_chinese_holds_the_persons_name() -> None:
    text = 'onboarding:\n  이름: "강수빈"\n  이메일: subinkang@kakao.com\n---\nonboarding:\n  姓名: "林伟"\n  邮箱: lin32@sina.com\n'
    assert of_type(text, E.PERSON) == ["강수빈", "林伟"]


# --- a name after its holder's role or "I am" in a script without capitals -------------------------------------------

def test_the_holder_an_account_or_a_card_is_in_the_name_of_is_a_person() -> None:
    assert of_type("宠物医院把账单发到linama@sina.com，户主马丽娜，刷卡6234716589695077。", E.PERSON) == ["马丽娜"]
    assert of_type("動物病院の請求書が届きました。名義中村結衣、カード4411 9057 4332 7194。", E.PERSON) == ["中村結衣"]


def test_i_am_and_a_name_closing_a_hindi_or_arabic_sentence_is_a_person_but_a_state_is_not() -> None:
    assert of_type("क्लिनिक मेरा आधार माँग रहे हैं। मैं मनोज पांडे हूँ। क्या यह ठीक है?", E.PERSON) == ["मनोज पांडे"]
    assert of_type("يطلب رقم هويتي والآيبان. أنا هيفاء الشهري. هل هذا آمن؟", E.PERSON) == ["هيفاء الشهري"]
    assert of_type("मैं अभी व्यस्त हूँ। बाद में बात करते हैं।", E.PERSON) == []


# --- a moving firm, a vet clinic or an accounting office by its kind in the Baltic, Nordic and Slavic languages -------

def test_a_firm_named_by_its_trade_in_its_language_is_an_organisation() -> None:
    cases = {
        "Raamatupidaja Loomakliinik Käpp küsib isikukoodi 37004063799 ja kontot EE31 5124 5817 6400 5598.": "Loomakliinik Käpp",
        "Grāmatvedība Grāmatvedības birojs Ozols prasa personas kodu 250864-18273 un kontu LV87UNLA3217207114453.":
            "Grāmatvedības birojs Ozols",
        "Lönebyrån Flyttfirman Bäver har fel personnummer på mitt lönebesked, det ska vara 520715-1084.": "Flyttfirman Bäver",
    }
    for text, firm in cases.items():
        assert any(firm in value for value in of_type(text, E.ORGANIZATION)), text


def test_a_payroll_bureau_asking_for_a_firms_papers_is_the_askers_role_not_part_of_the_firm() -> None:
    text = "Payroll bureau Oddie Bookkeeping needs my NI number JB 02 85 25 D. I'm Rosamund Oddie."
    assert of_type(text, E.ORGANIZATION) == ["Oddie Bookkeeping"]


# --- a person's record goes on with their employer and town under keys in its language -------------------------------

def test_a_records_employer_and_town_keys_in_its_language_hold_a_firm_and_a_place() -> None:
    text = 'onboarding:\n  이름: "강수빈"\n  도시: 인천\n  직장: "튼튼동물병원"\n'
    assert of_type(text, E.ORGANIZATION) == ["튼튼동물병원"]
    assert of_type(text, E.LOCATION) == ["인천"]
    text = 'onboarding:\n  Vārds: "Jānis Ozols"\n  Nombre: "Jānis Ozols"\n  Darba devējs: "Veterinārā klīnika Ķepa"\n'
    assert of_type(text, E.ORGANIZATION) == ["Veterinārā klīnika Ķepa"]


def test_a_config_without_a_person_has_no_employer_or_town_read_from_its_keys() -> None:
    assert of_type("config:\n  name: build\n  city: none\n  employer: n/a\n", E.ORGANIZATION) == []


# --- a Korean or Chinese clinic or office named by its kind, then the sentence's particle ----------------------------

def test_a_korean_clinic_before_its_particle_and_a_chinese_animal_hospital_are_organisations() -> None:
    assert of_type("한결세무회계에서 주민등록번호 910715-1837117 보내래요.", E.ORGANIZATION) == ["한결세무회계"]
    assert of_type("튼튼동물병원에서 주민등록번호 780208-2647807 보내래요.", E.ORGANIZATION) == ["튼튼동물병원"]
    assert of_type("宠爱动物医院让我提供身份证号320106200308250570来办工资卡。", E.ORGANIZATION) == ["宠爱动物医院"]


def test_the_kind_alone_or_after_a_verb_is_no_organisation() -> None:
    assert of_type("동물병원에서 예약했어요. 큰병원에 가야 해요.", E.ORGANIZATION) == []
    assert of_type("我带狗去动物医院了。", E.ORGANIZATION) == []
