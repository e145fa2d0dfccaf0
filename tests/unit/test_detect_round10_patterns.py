"""The tenth round, pattern families: secrets in the layouts tools give them (Oracle's "user/password@connect",
lftp's "-u user,password", Backblaze's `b2 account authorize`, a Kafka JAAS line's API key, Hardhat's accounts,
a password as an XML element's <Value>, Google refresh tokens, node providers' keyed URLs), keypad codes; identity
numbers proved by their check figures (a passport's machine-readable zone, a NIR spaced by OCR, CPF, T.C. kimlik,
Austria's SV-Nr) or by label and shape (Kenya's KRA PIN), a key printed by a program ("[cpf] => ..."); cards with
wide gaps or in a CSV cell; Swahili and Filipino months, a Chinese month and day; an IPv6 address glued to its
label; phone cues for texts and payment apps. False flags gone: creditor references, drug codes, table columns and
an employer's number are no phones; the registry's IBANs compared with BICs, a pet's microchip, the manuals'
codice fiscale. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- secrets --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("nightly job runs: sqlplus -s billing/Gr4nite#Peak7@//10.4.0.12:1521/FINPDB", "Gr4nite#Peak7"),
        ("expdp userid=system/Otter_2291x@orcl schemas=HR directory=DP_DIR", "Otter_2291x"),
        ("lftp -u uploader,Kw9!rT2z-pQ sftp://files.example.net -e 'put report.csv; bye'", "Kw9!rT2z-pQ"),
        ("lftp -u backup,-x7Q#m2LpZ ftp://files.example.net", "-x7Q#m2LpZ"),
        ("sqlcmd -S db01,1433 -U sa -P '-Tz8&qLm2w' -Q \"SELECT 1\"", "-Tz8&qLm2w"),
        ("my porch keypad is still 804417, can you change it", "804417"),
        ("rclone config create b2x s3 provider Other secret_access_key wR4nQz8LpX2vT7bK9mYc3HsJ6dFg1Ae5", "wR4nQz8LpX2vT7bK9mYc3HsJ6dFg1Ae5"),
        ("then vault login s.Pq7rT2mW9xKz4LbN8vYc3HdJ and retry", "s.Pq7rT2mW9xKz4LbN8vYc3HdJ"),
        ("unrar x -pHaz3l#Grove88 photos.rar ./out", "Haz3l#Grove88"),
        ("# /etc/ipsec.secrets\n: RSA gateway.key \"Sl0w-Tide-Harbour\"\n", "Sl0w-Tide-Harbour"),
    ],
)
def test_a_password_in_a_tools_documented_syntax_is_a_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


def test_both_halves_of_a_backblaze_login_are_secrets() -> None:
    text = "b2 account authorize 0047ab19c2e5d10000000003 K004qZr81Wm2nVx7TyPb0sLk3HdEa9C\nb2 sync ./photos b2://family"
    assert of_type(text, E.SECRET) == ["0047ab19c2e5d10000000003", "K004qZr81Wm2nVx7TyPb0sLk3HdEa9C"]


def test_a_confluent_api_key_as_the_jaas_user_name_is_a_secret() -> None:
    text = ('sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required '
            'username="Q7MZ2KD4XW9PLT3B" password="cflt8Hq2+ZmWv0pLs9Xk1yRt4UbN";')
    assert "Q7MZ2KD4XW9PLT3B" in of_type(text, E.SECRET)


def test_a_person_as_the_jaas_user_name_is_no_secret() -> None:
    text = 'PlainLoginModule required username="alice" password="Zq8#kLm2Wv";'
    assert "alice" not in of_type(text, E.SECRET)


def test_a_hardhat_network_keeps_its_provider_key_and_private_key() -> None:
    text = ('networks: {\n  goerli: {\n    url: "https://eth-goerli.g.alchemy.com/v2/Zk3nQ8wLp2VbX7rT0yHs5mCd9FgJ1aE4",\n'
            '    accounts: ["0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"]\n  }\n}')
    assert of_type(text, E.SECRET) == ["Zk3nQ8wLp2VbX7rT0yHs5mCd9FgJ1aE4",
                                       "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"]


def test_a_transaction_hash_is_no_private_key() -> None:
    text = "The swap went through, tx 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 on etherscan."
    assert of_type(text, E.SECRET) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("<AutoLogon>\n  <Password>\n    <Value>M0untain!Path</Value>\n    <PlainText>true</PlainText>\n  </Password>",
         "M0untain!Path"),
        ('<String><Key>Password</Key><Value ProtectInMemory="True">lantern_fig_orbit_58</Value></String>',
         "lantern_fig_orbit_58"),
    ],
)
def test_a_password_held_in_an_xml_value_element_is_a_secret(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


def test_other_xml_values_are_not_secrets() -> None:
    text = "<String><Key>UserName</Key><Value>m.keller</Value></String>\n<PasswordLength><Value>16</Value></PasswordLength>"
    assert of_type(text, E.SECRET) == []


def test_a_google_refresh_token_is_a_secret() -> None:
    token = "1//09vQz3kLmR7pXw-2HsTn8bYcEuJ5aFgD0iK4oN6qS1tV_xZ9yA3cB7dE2fG5hJ8kL0mN4pQ"
    assert of_type(f'redis> LRANGE tokens 0 -1\n1) "{token}"', E.SECRET) == [token]


# --- identity numbers -----------------------------------------------------------------------------------------------


def test_a_passports_machine_readable_zone_gives_its_number_and_dates() -> None:
    text = "P<NLDVERMEER<<ANOUK<<<<<<<<<<<<<<<<<<<<<<<<<\nL8R4T2K902NLD9103074F3309151<<<<<<<<<<<<<<00\nis this readable?"
    assert ("L8R4T2K90", E.NATIONAL_ID) in found(text)
    assert ("910307", E.DATE_OF_BIRTH) in found(text)
    assert ("330915", E.DATE) in found(text)


def test_an_identity_cards_three_line_zone_gives_its_number_and_dates() -> None:
    text = "IDBELQ7T4M2R8K1<<<<<<<<<<<<<<<\n8806219M3102271BEL<<<<<<<<<<<2\nPEETERS<<JORIS<<<<<<<<<<<<<<<<"
    assert ("Q7T4M2R8K", E.NATIONAL_ID) in found(text)
    assert ("880621", E.DATE_OF_BIRTH) in found(text)


def test_a_machine_readable_line_with_a_wrong_check_figure_is_nothing() -> None:
    text = "P<NLDVERMEER<<ANOUK<<<<<<<<<<<<<<<<<<<<<<<<<\nL8R4T2K905NLD9103074F3309151<<<<<<<<<<<<<<00"
    assert of_type(text, E.NATIONAL_ID) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bulletin de paie\nN° SS : 2910775 1 18042 34\nEmploi : magasinier", "2910775 1 18042 34"),
        ("Array\n(\n    [nome] => Camila Rocha\n    [cpf] => 11358660662\n)", "11358660662"),
        ("e-Devlet başvurusu: T.C. 35889679702, yeni adres bildirildi.", "35889679702"),
        ("Termin bestätigt, bitte e-card mitnehmen, SV-Nr. 5516150387.", "5516150387"),
        ("Fomu ya mkopo: KRA PIN A004518273K, simu ya mkononi ipo hapa chini.", "A004518273K"),
    ],
)
def test_an_id_proved_by_its_check_figures_or_its_kind_is_found(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


@pytest.mark.parametrize(
    "text",
    [
        "N° SS : 2910775 1 18042 35",  # wrong key
        "Rex has his shots; microchip 250268500123456 is registered to the shelter.",
        "Nei manuali l'esempio è sempre RSSMRA85T10A562S, quello di Mario Rossi.",
    ],
)
def test_lookalikes_of_ids_are_not_ids(text: str) -> None:
    assert of_type(text, E.NATIONAL_ID) == []


def test_an_employers_number_on_a_w2_is_neither_an_id_nor_a_phone() -> None:
    text = "b Employer identification number   12-3456789\nc Employer's name"
    assert of_type(text, E.NATIONAL_ID) == []
    assert of_type(text, E.PHONE) == []


# --- cards, dates, addresses ----------------------------------------------------------------------------------------


def test_a_card_printed_with_wide_gaps_is_a_card() -> None:
    assert of_type("Virtual card\n5413  4603  3637  9801\nVALID THRU 08/29", E.CREDIT_CARD) == ["5413  4603  3637  9801"]


def test_a_table_of_four_figure_columns_is_no_card() -> None:
    assert of_type("year  q1    q2    q3    q4\n2024  5413  4603  3637  9801  1200", E.CREDIT_CARD) == []


def test_a_card_in_a_csv_cell_before_its_expiry_is_a_card() -> None:
    text = "name,email,card,exp\nJo Park,jo.park@example.org,4929792101672105,11/28"
    assert of_type(text, E.CREDIT_CARD) == ["4929792101672105"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Malipo yalikatwa mara mbili tarehe 3 Novemba 2025.", "3 Novemba 2025"),
        ("Nagbayad ako noong Hulyo 12, 2026 pero wala pa rin.", "Hulyo 12, 2026"),
        ("我的卡在 11月3日 被扣了两次。", "11月3日"),
    ],
)
def test_dates_in_swahili_filipino_and_chinese_without_a_year(text: str, date: str) -> None:
    assert date in of_type(text, E.DATE)


def test_an_ipv6_address_glued_to_its_label_is_found() -> None:
    text = "| 4410 | crowdsec | Ip:2a02:8070:d181::4c1:77aa:19f | http-probing | ban |"
    assert of_type(text, E.IP_ADDRESS) == ["2a02:8070:d181::4c1:77aa:19f"]


# --- phones ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Paguei por MB WAY para o 912345670, mas não chegou.", "912345670"),
        ("the seller texted me from 5034419278 and then went quiet", "5034419278"),
    ],
)
def test_a_number_after_a_text_or_a_payment_app_is_a_phone(text: str, phone: str) -> None:
    assert phone in of_type(text, E.PHONE)


@pytest.mark.parametrize(
    "text",
    [
        "CH\nSCOR\nRF18 5390 0754 7034\nRechnung INV-2024-118",
        "How is the check of a creditor reference like RF71 4206 5113 3308 36 computed?",
        "The NDC on the label is 0781-5180-31, what do the parts mean?",
        "root      3187  0.4  2.6 python3 worker.py",
        "1 Wages, tips, other comp.  84211.50   2 Federal income tax withheld",
        "What is the difference between a BIC like ABNANL2A and an IBAN like NL91 ABNA 0417 1643 00?",
    ],
)
def test_references_codes_and_columns_are_not_phones(text: str) -> None:
    assert of_type(text, E.PHONE) == []
    assert of_type(text, E.CREDIT_CARD) == []
    assert of_type(text, E.IBAN) == []


# --- wrapped and spaced -----------------------------------------------------------------------------------------------


def test_a_card_wrapped_after_its_second_group_is_one_card() -> None:
    assert of_type("Card number: 5413 4603\n3637 9801\nValid thru 08/29", E.CREDIT_CARD) == ["5413 4603\n3637 9801"]


def test_an_iban_wrapped_onto_the_next_line_after_its_name_is_one_iban() -> None:
    text = "Empfänger: Jonas Brandt\nIBAN DE44 5001 0517\n5407 3249 31\nVerwendungszweck: Miete"
    assert of_type(text, E.IBAN) == ["DE44 5001 0517\n5407 3249 31"]


def test_an_email_with_spaces_around_the_at_sign_after_a_mail_word_is_an_email() -> None:
    assert of_type("Kontakt per Mail: j_novak @ seznam.cz", E.EMAIL) == ["j_novak @ seznam.cz"]


@pytest.mark.parametrize("text", ["the config.yml @ github.com is stale", "pin v2.1 @ pypi.org for now"])
def test_a_file_or_a_version_at_a_site_is_no_email(text: str) -> None:
    assert of_type(text, E.EMAIL) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("nenosiri ya wifi ni Mvua2025Kali", "Mvua2025Kali"),
        ("राउटर का पासवर्ड Baadal#4471 है", "Baadal#4471"),
    ],
)
def test_a_password_after_the_swahili_or_hindi_word_is_a_secret(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


def test_an_extended_private_key_is_a_secret() -> None:
    key = "xprv9zVxcwrWVZweDCtZXhgsC7VLA6btymh3fSVipgiBg1va543DyGf2rWMVevDaFhKY1j6WiJTcv6nHMqFZK25dr7S7wKR52wk1EE4XRnST5dh"
    assert of_type(f"backup of the wallet: {key}", E.SECRET) == [key]


def test_a_swahili_sentence_about_a_password_without_one_has_no_secret() -> None:
    assert of_type("nenosiri yangu ilibadilishwa jana", E.SECRET) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("租客資料：陳大文，香港身份證號碼 K507381(2)，電話稍後提供。", "K507381(2)"),
        ("Datos: cédula de ciudadanía 1.032.448.917, expedida en Bogotá.", "1.032.448.917"),
        ("Applicant: Wanjiru K., ID No. 30418872, Nairobi branch.", "30418872"),
    ],
)
def test_an_id_after_a_label_in_more_forms_is_found(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


def test_a_hong_kong_id_with_a_wrong_check_character_is_not_an_id() -> None:
    assert of_type("HKID K507381(3) on the form", E.NATIONAL_ID) == []


def test_a_column_of_order_numbers_is_no_card() -> None:
    assert of_type("order_id,qty\n1,4929792101672105,2\n2,4532015112830366,1", E.CREDIT_CARD) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ملاقات 9 اکتوبر 2025 کو طے ہے", "9 اکتوبر 2025"),
        ("পরীক্ষা 21 নভেম্বর 2025 তারিখে", "21 নভেম্বর 2025"),
        ("கூட்டம் 3 ஜூலை 2026 அன்று", "3 ஜூலை 2026"),
    ],
)
def test_dates_with_urdu_bengali_and_tamil_months(text: str, date: str) -> None:
    assert date in of_type(text, E.DATE)


def test_a_number_after_the_arabic_call_me_is_a_phone() -> None:
    assert "0551234876" in of_type("اتصل بي على 0551234876 بعد الظهر", E.PHONE)


@pytest.mark.parametrize(
    "text",
    [
        "Is it sqlplus user/pass@db or sqlplus user@db and then the prompt?",
        "the syntax is lftp -u user,password host",
        "<AdministratorPassword><Value>*SENSITIVE*DATA*DELETED*</Value></AdministratorPassword>",
        "b2 account authorize <keyId> <applicationKey>",
        'PlainLoginModule required username="$CLUSTER_API_KEY" password="$CLUSTER_API_SECRET";',
    ],
)
def test_the_syntax_and_the_masks_of_those_tools_are_no_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


def test_a_bare_number_as_a_part_of_a_contact_line_is_a_phone() -> None:
    text = "Briefkopf: Mara Lindqvist · Hafenstraße 12, 24103 Kiel · 043155501234 · mara.lindqvist@posteo.de"
    assert of_type(text, E.PHONE) == ["043155501234"]


def test_a_bare_number_in_a_sentence_beside_an_address_is_no_phone() -> None:
    assert of_type("ticket 2074668233 was sent to mara.lindqvist@posteo.de", E.PHONE) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Gäste-WLAN\nSSID: Kranich-Gast\nKey: Elbe#Brise2025", "Elbe#Brise2025"),
        ("on the router's sticker: WPA2 key 7Hq4mZr9Lp", "7Hq4mZr9Lp"),
        ("Clave: Tormenta_88 (la del router)", "Tormenta_88"),
    ],
)
def test_a_wifi_key_or_a_spanish_clave_is_a_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    ["wifi settings:\nkey: ssid_name\nvalue: guest", "Explain WPA2 key management to me", "la clave es que nadie lo sabe"],
)
def test_wifi_words_and_spanish_keys_without_a_value_are_no_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


def test_a_national_insurance_number_spaced_by_a_payslips_columns_is_one_id() -> None:
    text = "EMPLOYEE  MORGAN Ffion        EMP NO 2231\nNI NUMBER  JT 4 8 2 9 1 7 C     TAX CODE 1257L"
    assert "JT 4 8 2 9 1 7 C" in of_type(text, E.NATIONAL_ID)
