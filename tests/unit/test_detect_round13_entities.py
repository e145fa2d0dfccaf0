"""The thirteenth round, entity families: the parties of a sale, a contact and the person in charge of a config by the
role before them (Chinese, Japanese, Korean, Thai, Hindi, Arabic, Hebrew); a record's first entry after its heading in
Devanagari and Chinese; the town a move goes to after the address it starts from, and the address ending before it or
before a dated clause; the town between a profile's link and its phone, and under a location key; the users of
commands, URLs, LDAP names and login logs; names a thing is issued, registered or sent to; and, for precision, a
lower-case "i" or a "je" of another language taken for the first person, and names asked about as real people."""

from __future__ import annotations

import pytest

from llmvpn.privacy.recognizers import addresses, names, negatives, organisations
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span
from tests.unit.rules_only import found, of_type

# --- people by their role in a sale, a contact or a config ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("租房合同：卖方周敏，身份证号110101198001011234，买方刘强，付款。", ["周敏", "刘强"]),
        ("配置说明\nowner_key = abc\n负责人 = 黄志明", ["黄志明"]),
        ("秘密の設定\n担当: 松本健一", ["松本健一"]),
        ("二手房合同：卖家 郑强，买家 宋佳，付款。", ["郑强", "宋佳"]),
        ("부동산 계약서: 매도인 윤서준, 주민등록번호 800101-1234567, 매수인 한지우. 끝.", ["윤서준", "한지우"]),
        ("config\n관리자=송하늘", ["송하늘"]),
        ("สัญญาขายที่ดิน: ผู้ขาย สมศักดิ์ ใจดี เลขที่ 5512 ผู้ซื้อ วิไล ทองคำ ชำระเงิน", ["สมศักดิ์ ใจดี", "วิไล ทองคำ"]),
        ("ขนส่ง ติดต่อ สมชาย รักไทย โทร 081 000 0000", ["สมชาย รักไทย"]),
        ("बाइक बिक्री: विक्रेता अनिल जोशी, पैन ABCDE1234F, खरीदार सुनील राव। ठीक है", ["अनिल जोशी", "सुनील राव"]),
        ("पत्र लिखो। संपर्क: दीपक सिंह, 098765 43210।", ["दीपक सिंह"]),
        ("عقد بيع: البائع سالم الكعبي، رقم 784، المشتري هند الظاهري. شكرا", ["سالم الكعبي", "هند الظاهري"]),
        ("חוזה: המוכר אורי פרץ, ת.ז. 123, הקונה שי אבן. תשלום", ["אורי פרץ", "שי אבן"]),
        ("טופס חוג: דנה לוי, תאריך 2017-10-05, הורה רונית ברק, r@x.com.", ["רונית ברק"]),
    ],
)
def test_the_parties_of_a_sale_a_contact_and_a_person_in_charge(text: str, expected: list[str]) -> None:
    people = of_type(text, E.PERSON)
    assert all(name in people for name in expected)


def test_prose_after_a_role_word_is_no_name() -> None:
    assert of_type("担当者は明日来ます。", E.PERSON) == []
    assert of_type("البائع قال إن السيارة جيدة جدا.", E.PERSON) == []
    assert of_type("매도인과 매수인이 계약했다.", E.PERSON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("गिटार शिक्षक प्रोफ़ाइल: अनीता जोशी, https://anita.dev, पुणे", "अनीता जोशी"),
        ("क्लब फ़ॉर्म: दीपा राव, जन्म तिथि 3 मार्च, ईमेल d@x.in", "दीपा राव"),
        ("求职简历：周敏，电话 13100000000", "周敏"),
        ("โปรไฟล์ช่างภาพ: วิไล ทองคำ https://wilai.net เชียงใหม่", "วิไล ทองคำ"),
    ],
)
def test_the_first_entry_after_a_heading_in_devanagari_chinese_and_thai(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_a_heading_before_prose_in_devanagari_is_no_name() -> None:
    assert of_type("मेरा सवाल: यह कैसे काम करता है, 3 तरीके बताओ", E.PERSON) == []


# --- a move's destination, and the address before it ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Napíš mail: z Hlavná 12, 811 01 Bratislava do Trnava, 3. mája 2025.", "Trnava"),
        ("Kan du skriva? Från Ågatan 4, 582 22 Linköping till Umeå den 5 maj.", "Umeå"),
        ("Kun je mailen? Van Dorpsstraat 5, 1234 AB Utrecht naar Zwolle op 3 mei.", "Zwolle"),
        ("من فيلا 12، شارع الورد، العين إلى دبي بتاريخ 2025-01-01. شكرا", "دبي"),
        ("Osoitteesta Koivutie 3 B 7, 33100 Tampere kaupunkiin Oulu, 2.3.2026.", "Oulu"),
        ("Від вул. Шевченка, буд. 5, 01001 Київ до Одеса, 05.04.2026.", "Одеса"),
    ],
)
def test_a_moves_destination_after_its_address(text: str, town: str) -> None:
    spans = found(text)
    assert (town, E.LOCATION) in spans
    assert not any(t is E.ADDRESS and town in value for value, t in spans)


@pytest.mark.parametrize(
    ("text", "guess", "address"),
    [
        ("Napíš mail: z Hlavná 12, 811 01 Bratislava do Trnava, 3. mája 2025.", "Hlavná 12, 811 01 Bratislava do Trnava",
         "Hlavná 12, 811 01 Bratislava"),
        ("من فيلا 12، شارع الورد، العين إلى دبي بتاريخ 2025-01-01.", "فيلا 12، شارع الورد، العين إلى دبي",
         "فيلا 12، شارع الورد، العين"),
        ("Osoitteesta Koivutie 3 B 7, 33100 Tampere kaupunkiin Oulu, 2.3.", "Koivutie 3 B 7, 33100 Tampere kaupunkiin Oulu",
         "Koivutie 3 B 7, 33100 Tampere"),
    ],
)
def test_a_guessed_address_ends_before_the_moves_destination(text: str, guess: str, address: str) -> None:
    start = text.index(guess)
    bounds = addresses.trim_guess(text, start, start + len(guess))
    assert bounds is not None and text[bounds[0] : bounds[1]] == address


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("ईमेल: मकान नं. 5, एमजी रोड, जयपुर - 302012 से अजमेर तक, 3 मार्च को।", "अजमेर"),
        ("메일: 부산시 중구 중앙로 12, 101동 303호에서 인천(으)로, 5월 1일.", "인천"),
        ("邮件：从杭州市西湖区文三路12号3栋501室搬到青岛，日期2025年1月1日。", "青岛"),
        ("Íme: 1011 Budapest, Fő utca 3. címről Szeged városba, május 3.", "Szeged"),
    ],
)
def test_a_moves_destination_in_other_scripts(text: str, town: str) -> None:
    assert town in of_type(text, E.LOCATION)


def test_an_address_ends_before_a_dated_clause() -> None:
    assert of_type("Stolen bike from 12 Birch Lane, Salem, OR 97301, reported March 5 to the police.", E.ADDRESS) == \
        ["12 Birch Lane, Salem, OR 97301"]
    spans = found("Aangifte: Kerkstraat 5, 8400 Oostende, inbraak op 2026-03-04, verzekering.")
    assert ("Kerkstraat 5, 8400 Oostende", E.ADDRESS) in spans
    assert ("2026-03-04", E.DATE) in spans


def test_no_move_and_a_street_with_do_keep_their_words() -> None:
    assert of_type("I wrote to Anna on Monday about the 3 boxes.", E.LOCATION) == []
    assert of_type("Ship to Rua do Carmo 12, 1200-093 Lisboa please.", E.ADDRESS) == ["Rua do Carmo 12, 1200-093 Lisboa"]
    guess = "Storgatan 1 lgh 1102, 567 46 Kalmar"  # (", lgh 1102": a flat's part, not a clause of prose)
    text = f"Från {guess}, lgh 2003 till Luleå."
    assert addresses.trim_guess(text, 5, 5 + len(guess) + len(", lgh 2003")) == (5, 5 + len(guess) + len(", lgh 2003"))


# --- towns by their place in a profile or under a key ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("My guitar profile: Dana Weiss, https://danaweiss.me, Ashdod, +972 50 000 0000.", "Ashdod"),
        ("ครูสอนพิเศษ: สมชาย ใจดี https://somchai.dev ขอนแก่น โทร 081 000 0000", "ขอนแก่น"),
        ("ट्यूटर: अनीता जोशी, https://www.linkedin.com/in/anita-j, पुणे, 081215 00000।", "पुणे"),
        ("author: Ravi Kale\nemail: rkale@gmail.com\nlocation: Nashik\nsocial: x", "Nashik"),
        ('{"name":"tom ash","town":"whitby","email":"t@x.com"}', "whitby"),
        ("简历：周敏，电话13100000000，所在城市青岛，谢谢", "青岛"),
    ],
)
def test_a_town_after_a_profile_link_or_under_a_location_key(text: str, town: str) -> None:
    assert town in of_type(text, E.LOCATION)


def test_values_that_are_no_town_stay() -> None:
    assert of_type('location: remote\n{"city":"string"} 5', E.LOCATION) == []
    assert of_type("Check: email user@example.com, IBAN DE89 3704 0044 0532 0130 00", E.LOCATION) == []
    assert of_type("See https://docs.python.org and 3 more links.", E.LOCATION) == []


# --- users of commands and logs, and names a thing is handed to ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("borg fails:\nBORG_REPO=ssh://ирина@10.1.2.3:22/./repo", "ирина"),
        ("pipeline:\n  - curl -u yusuf:ATBBxxxxxxxxxxxxxxxxxxxxxxxx https://api.bitbucket.org", "yusuf"),
        ("wget --user=lena --password='abc' https://x.org/f", "lena"),
        ("ldap_default_bind_dn = uid=noor,ou=people,dc=corp", "noor"),
        ("I ran htpasswd -b .htpasswd ines 'Pw-123' and it fails", "ines"),
        ("Router: logowanie na konto halina z 10.1.2.3, hasło X.", "halina"),
        ("De NAS logt een inlog van 10.2.3.4 als joost. Wachtwoord x.", "joost"),
        ("A NAS naplója: zsofia fiókba belépés innen: 1.2.3.4", "zsofia"),
    ],
)
def test_the_user_of_a_command_a_url_or_a_login_log(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_service_accounts_and_placeholder_logins_are_no_users() -> None:
    assert of_type("git clone ssh://git@github.com/x/y ; curl -u token:abc ; ssh -u root x", E.PERSON) == []
    assert of_type("docker login -u Joe Bloggs -p changeme", E.PERSON) == []
    assert of_type("Login as admin, 3 tries.", E.PERSON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rotate this token xoxb-12345-abcdef (issued to oskar on 3 May)", "oskar"),
        ("the microchip is still registered to mara lindqvist in tromsø. thanks", "mara lindqvist"),
        ("the key leaked, site belongs to tove berglund", "tove berglund"),
        ("the chat was with jonah pike.", "jonah pike"),
    ],
)
def test_a_name_a_thing_is_issued_or_registered_to(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_a_verb_or_a_pronoun_after_those_cues_is_no_name() -> None:
    assert of_type("This belongs to the past. registered to vote in 2020. belongs to me.", E.PERSON) == []


# --- precision: first-person words of other languages, fictional people ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Varför ligger Volvos fabrik i Torslanda och inte i Uppsala?",
        "Koliko je visok Velebit i koja je najbolja staza?",
        "Kdy byl založen Brno i Olomouc?",
    ],
)
def test_another_languages_i_or_je_is_not_the_first_person(text: str) -> None:
    town = text.index("Uppsala") if "Uppsala" in text else text.index("Velebit") if "Velebit" in text else text.index("Brno")
    span = Span(town, town + 7 if "Brno" not in text else town + 4, E.LOCATION, 0.6)
    assert negatives.drop_generic_mentions(text, [span]) == []


def test_the_english_i_typed_in_lower_case_is_still_the_writer() -> None:
    text = "i live in Torslanda and need a plumber"
    span = Span(text.index("Torslanda"), text.index("Torslanda") + 9, E.LOCATION, 0.6)
    assert negatives.drop_generic_mentions(text, [span]) == [span]
    text = "je vis à Roubaix depuis 2019"
    span = Span(text.index("Roubaix"), text.index("Roubaix") + 7, E.LOCATION, 0.6)
    assert negatives.drop_generic_mentions(text, [span]) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Was Mr Rochester based on a real person?",
        "Is Mr Walker a person or a brand?",
        "Did Ms Marple ever exist?",
    ],
)
def test_a_character_asked_about_as_a_real_person_is_nobody(text: str) -> None:
    assert of_type(text, E.PERSON) == []


def test_a_real_person_in_the_writers_life_stays() -> None:
    assert "Tomas Berg" in of_type("Can you email Mr Tomas Berg? He is a real person and needs a reply.", E.PERSON)


def test_a_label_before_a_phone_and_prose_about_a_file_are_no_town_or_user() -> None:
    assert of_type("form: x, ईमेल anita36@rediffmail.com, मोबाइल 074166 61707।", E.LOCATION) == []
    assert of_type("อีเมล weerapong6@gmail.com โทร 081 200 6988", E.LOCATION) == []
    assert of_type("Parent: Angus Walsh, angus13@bigpond.com. Pay to ES35 2613 5987 1640 4504 8351", E.LOCATION) == []
    assert of_type("Apache .htpasswd is weird, it fails.", E.PERSON) == []


# --- a home network named after its family, a partner joined to a name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("config wifi-iface 'default_radio0'\n  option ssid 'Van Dijk-5G'\n  option encryption 'psk2'", "Van Dijk"),
        ("interface=wlan0\nssid=Okafor-Mensah_Home\nwpa_passphrase=abcdefgh12345", "Okafor-Mensah"),
        ("SSID: Lindqvist WiFi, password below", "Lindqvist"),
    ],
)
def test_a_home_network_named_after_its_family(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_a_routers_brand_network_names_nobody() -> None:
    assert of_type("ssid=TP-Link_5G and ssid=NETGEAR-Guest, ssid 'Vodafone-Home', ssid=Office_WiFi", E.PERSON) == []


def test_a_partner_joined_to_a_full_name() -> None:
    text = 'holders: "Ines Roth & Paul Roth"'
    spans = names.propagate(text, [Span(text.index("Ines"), text.index(" &"), E.PERSON, 0.7)])
    assert "Paul Roth" in [text[s.start : s.end] for s in spans]
    text = "Invoice from Jane Doe & Sons Ltd"
    spans = names.propagate(text, [Span(text.index("Jane"), text.index(" &"), E.PERSON, 0.7)])
    assert "Sons Ltd" not in " ".join(text[s.start : s.end] for s in spans)


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        # a ward named like a month ("Mai"), a town in a script without case, a sentence after the postcode
        ("Bảo hiểm: địa chỉ Số 17 ngõ 13 đường Lê Lợi, phường Tân Mai, Pleiku, số 0912345678",
         "Số 17 ngõ 13 đường Lê Lợi, phường Tân Mai, Pleiku"),
        ("טופס: כתובת רחוב האלה 12, דירה 3, חולון 5812345. האירוע קרה ב-2025", "רחוב האלה 12, דירה 3, חולון 5812345"),
        ("a letter about 9 mill road, forres iv36 1aa. i reported it on 3 march", "9 mill road, forres iv36 1aa"),
    ],
)
def test_an_address_keeps_its_parts_when_no_dated_clause_follows(text: str, guess: str) -> None:
    start = text.index(guess)
    assert addresses.trim_guess(text, start, start + len(guess)) == (start, start + len(guess))


# --- more names by their place: after a cue in capitals, in a list's row, in an identifier ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write a bot that pings Idris when CI is red. Token 123:abc", "Idris"),
        ("token abc shared by Tove Berglund.", "Tove Berglund"),
        ("sign it from heather drummond, landlord, +44 7404 753565.", "heather drummond"),
        ("private hire licence. applicant verity lloyd-evans, dob 16 apr", "verity lloyd-evans"),
        ("秘密\n担当: 佐藤奈々", "佐藤奈々"),
    ],
)
def test_names_after_handing_cues_double_barrelled_and_with_an_iteration_mark(text: str, expected: str) -> None:
    assert expected in of_type(text, E.PERSON)


def test_a_firm_after_a_handing_cue_and_a_service_name_stay() -> None:
    assert of_type("The domain belongs to Google and was registered to Companies House.", E.PERSON) == []
    assert of_type("name: my-service\nreplicas: 3", E.PERSON) == []


def test_a_list_row_that_opens_with_a_person_before_an_address() -> None:
    text = "My round list:\n- Aled Prys, Flat 2, 14 Quay Street, Bangor LL57 1AA\n- Nia Rowlands, 27 Bryn Road, Bangor\n" \
           "- Main Office, 5 Quay St"
    people = of_type(text, E.PERSON)
    assert "Aled Prys" in people and "Nia Rowlands" in people
    assert not any("Office" in p for p in people)


def test_a_machine_or_a_file_named_after_someone_named() -> None:
    text = "hosts:\n10.0.0.5  nas.home.lan\n81.2.3.4  vpn-idris\n# Idris Okafor 3 May 2026"
    spans = names.propagate(text, [Span(text.index("Idris Okafor"), text.index(" 3 May"), E.PERSON, 0.7)])
    assert "idris" in [text[s.start : s.end] for s in spans]
    text = "scan: /files/Berglund_passport.pdf, owner Tove Berglund"
    spans = names.propagate(text, [Span(text.index("Tove"), len(text), E.PERSON, 0.7)])
    assert "Berglund" in [text[s.start : s.end] for s in spans if s.start < text.index(",")]


def test_a_lower_case_word_after_to_and_a_tools_own_user_are_nobody() -> None:
    assert of_type("Мой профиль с 2019 года https://vk.com/id31839. Как написать в поддержку?", E.LOCATION) == []
    assert of_type("export BORG_REPO=ssh://borg@10.9.8.7/./backups", E.PERSON) == []


def test_a_programs_account_in_a_command_is_nobody() -> None:
    assert of_type("+ curl -u ci-bot:ghp_abcdefghijklmnopqrstuvwxyz0123456789 https://api.github.com", E.PERSON) == []


# --- organisations -------------------------------------------------------------------------------------------------


def _orgs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in organisations.find(text) if s.type is E.ORGANIZATION]


def test_an_ordinary_capitalised_word_after_a_preposition_opens_a_firms_name() -> None:
    assert "Happy Tails Pet Sitting" in _orgs("The bond is held by Happy Tails Pet Sitting, ok")
    assert "Bright Smile Dental Practice" in _orgs("I moved my booking to Bright Smile Dental Practice last week")


def test_a_sentences_opening_word_before_a_firm_stays_out() -> None:
    assert not any(o.startswith("Contact") for o in _orgs("Contact Elm Street Scout Hut about the hall."))
    assert not any(o.startswith("Happy") for o in _orgs("Happy Oakfield Veterinary Clinic day! we love them"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kündigung der Mitgliedschaft beim Yoga Studio Sonnenhof: Lena Brandt, Nummer 4471", "Yoga Studio Sonnenhof"),
        ("Réclamation à Banque Populaire de Rennes : je suis Marc Hervé, client depuis 2015", "Banque Populaire de Rennes"),
        ("Rezygnacja z członkostwa w Towarzystwo Przyjaciół Wisły: Jan Wójcik, jwojcik@wp.pl", "Towarzystwo Przyjaciół Wisły"),
        ("Complaint to Harbour View Lettings: the boiler has been broken since May", "Harbour View Lettings"),
    ],
)
def test_the_organisation_a_letters_heading_is_addressed_to(text: str, expected: str) -> None:
    assert expected in _orgs(text)


def test_a_heading_to_a_titled_person_or_without_an_addressee_names_no_organisation() -> None:
    assert _orgs("Beschwerde an Herrn Roth: bitte um Rückruf") == []
    assert _orgs("Complaint: my landlord Tom Reed is late") == []
    assert _orgs("Cancellation of the Netflix subscription: how?") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Μπορείς; Από Ερμού 12, 546 24 Θεσσαλονίκη προς Λάρισα στις 3 Μαΐου.", "Ερμού 12, 546 24 Θεσσαλονίκη"),
        ("Fra Strandgata 5 H0301, 5013 Bergen til Molde den 2026-06-13.", "Strandgata 5 H0301, 5013 Bergen"),
        ("Лист: з вул. Садова, буд. 3, кв. 7, Львів, 79000 до Рівне, 05.04.2026.", "вул. Садова, буд. 3, кв. 7, Львів, 79000"),
    ],
)
def test_the_address_a_move_starts_from(text: str, address: str) -> None:
    assert address in of_type(text, E.ADDRESS)


def test_times_years_and_payments_between_from_and_to_are_no_address() -> None:
    assert of_type("The shop is open from 9 to 5 and from Monday to Friday. I worked from 2019 to 2021.", E.ADDRESS) == []
    assert of_type("We flew from Gate 12, Terminal 3 to Rome.", E.ADDRESS) == []
    assert of_type("Splitsen: Sanne van Dijk naar NL02 RABO 0123 4567 89, Joris Bakker naar NL44 INGB 0001 2345 67.",
                   E.ADDRESS) == []


def test_a_question_about_someones_life_is_not_a_question_whether_they_are_real() -> None:
    assert "Tomas Berg" in of_type("Did my uncle Tomas Berg ever live in Leeds? I have his letters.", E.PERSON)


def test_a_famous_city_under_a_key_in_a_code_question_is_not_flagged() -> None:
    assert of_type('How do I parse this JSON in Python? {"city": "Paris", "population": 2100000}', E.LOCATION) == []
