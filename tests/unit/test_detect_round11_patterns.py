"""The eleventh round, pattern families: secrets in more config forms (a client's or a shell's "set" command,
Puppet/Hiera `_pw` keys, cloud-init's chpasswd list, a conda channel's path token, a quoted passphrase of words,
a stream or licence key told in prose, the account named between the password word and its particle in Thai and
Japanese, Hebrew's "is"); cards wrapped on lines of their own, with wide Amex gaps, in a CSV's first cell or in a
form's boxes; SSNs in a list beside a dashed one, under a schema's key, in HL7's PID-19 and in boxes; Sweden's
12-figure personnummer; bare phone numbers in a contact record; blog and home-page links by their label. Patterns
and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type

# --- secrets --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("/set irc.server.oftc.sasl_password Vb7#qPz!k2Lm\n/set irc.server.oftc.autoconnect on", "Vb7#qPz!k2Lm"),
        ("setx SMTP_PASSWORD \"Rt5%mWq8Ez\"", "Rt5%mWq8Ez"),
        ("profile::ldap::bind_pw: 'Jq4&nXz7Pw!e'\nprofile::ldap::base: 'dc=corp'", "Jq4&nXz7Pw!e"),
        ("#cloud-config\nchpasswd:\n  list: |\n    pi:Hw3*rTq9Lzx\n  expire: false\n", "Hw3*rTq9Lzx"),
        ("channel_alias: https://conda.acme.lan/t/ab12cd34ef56ab78cd90ef12ab34cd56/\n", "ab12cd34ef56ab78cd90ef12ab34cd56"),
        ('const char* wifi_password = "maple otter quartz harbour";', "maple otter quartz harbour"),
        ('wifi_psk: "Copper Harbour 4471"', "Copper Harbour 4471"),
        ("The stream key was k3vn-q8zp-w2mx-7rtd-hh4b, now someone else is streaming.", "k3vn-q8zp-w2mx-7rtd-hh4b"),
        ("ช่วยด้วย รหัสผ่าน admin คือ Lm8#Tq2vWx ตั้งไว้ตั้งแต่ปีที่แล้ว", "Lm8#Tq2vWx"),
    ],
)
def test_a_secret_in_a_config_form_or_told_is_a_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


def test_the_account_between_the_password_word_and_its_particle_is_not_the_secret() -> None:
    assert "admin" not in of_type("ช่วยด้วย รหัสผ่าน admin คือ Lm8#Tq2vWx ตั้งไว้", E.SECRET)


def test_the_next_yaml_key_is_not_a_password_value() -> None:
    assert "list:" not in of_type("#cloud-config\nchpasswd:\n  list: |\n    pi:Hw3*rTq9Lzx\n", E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        'password_hint = "Name Of Street 12"',
        'label_password = "enter your password here"',
        "/set irc.look.buffer_time_format %H:%M:%S",
        "The key was lost in the move from 2019 to 2020.",
        "The key is primary_account_id, not the email.",
        "docs at https://example.org/t/how-to-reset-your-password",
    ],
)
def test_prompts_settings_and_words_are_no_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


# --- cards ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("my card statement is garbled:\n4539 5787\n6362 1486\nthanks", "4539 5787\n6362 1486"),
        ("they billed my card 3782  822463  10005 twice", "3782  822463  10005"),
        ("card_number,expiry\n4539578763621486,09/27\n", "4539578763621486"),
        ("Card no. [4539] [5787] [6362] [1486]  exp [09/27]", "4539] [5787] [6362] [1486"),
    ],
)
def test_a_card_in_another_layout_is_a_card(text: str, card: str) -> None:
    assert card in of_type(text, E.CREDIT_CARD)


def test_two_lines_of_figures_that_fail_luhn_are_no_card() -> None:
    assert of_type("card statement:\n4539 5787\n6362 1487\n", E.CREDIT_CARD) == []


# --- national identifiers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("lines from the payroll file:\n512-48-3391\n623 51 0087\n401228765\n", "401228765"),
        ("lines from the payroll file:\n512-48-3391\n623 51 0087\n", "623 51 0087"),
        ("SOC_SEC_NO    401228765", "401228765"),
        ("PID|1||77120^^^MRN||NOWAK^ADA||19850203|F|||||||||||401228765|||", "401228765"),
        ("SSN: |4|0|1|-|2|2|-|8|7|6|5|", "4|0|1|-|2|2|-|8|7|6|5"),
    ],
)
def test_an_ssn_in_a_list_a_record_or_a_form_is_an_ssn(text: str, ssn: str) -> None:
    assert ssn in of_type(text, E.US_SSN)


@pytest.mark.parametrize(
    "text",
    [
        "order lines:\n401228765\n623 51 0087\n",
        "Table | 401 | 22 | 8765 | total",
        "PID|1||77120^^^MRN||NOWAK^ADA||19850203|F|||||||||||999887777|||",
    ],
)
def test_nine_figures_without_an_ssn_beside_or_a_label_are_no_ssn(text: str) -> None:
    assert of_type(text, E.US_SSN) == []


def test_a_swedish_personnummer_with_its_century_is_an_id() -> None:
    text = "Medlemmar: Åsa Lind, 19600125-8430, åsa@example.se"
    assert "19600125-8430" in of_type(text, E.NATIONAL_ID)


def test_a_dated_order_number_in_english_is_no_personnummer() -> None:
    assert of_type("Order 19600125-8430 shipped to the warehouse.", E.NATIONAL_ID) == []


# --- phones ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Kan du skriva ett mejl, Karin Holm, 0701234567.", "0701234567"),
        ("- Megan Price (mum of Alfie) 07700900123\n- Tom Wright +44 7700 900456", "07700900123"),
        ("Bitte Rückruf: Jonas Weber, 030 1234567, jweber@posteo.de", "030 1234567"),
        ("連絡先：山本花子、09012345678。", "09012345678"),
    ],
)
def test_a_bare_number_in_a_contact_record_is_a_phone(text: str, phone: str) -> None:
    assert phone in of_type(text, E.PHONE)


@pytest.mark.parametrize(
    "text",
    [
        "Sipariş numaram 0701234567, Ali Kaya.",
        "Invoice no, 0701234567, due Friday.",
        "Order Status, 4402913377, shipped.",
    ],
)
def test_a_bare_number_after_a_label_is_no_phone(text: str) -> None:
    assert of_type(text, E.PHONE) == []


# --- URLs -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Links: Shop - etsy; Personal - https://rowanpike.dev; Work - acme", "https://rowanpike.dev"),
        ("\\homepage{https://idaberg.se}", "https://idaberg.se"),
        ("プロフィール：佐藤です。ブログ https://note.com/sato_hana」", "https://note.com/sato_hana"),
        ("블로그 https://blog.naver.com/minjilee88", "https://blog.naver.com/minjilee88"),
    ],
)
def test_a_blog_or_home_page_link_is_personal(text: str, url: str) -> None:
    assert url in of_type(text, E.URL)


def test_a_documentation_link_after_blog_is_not_personal() -> None:
    assert of_type("see the blog https://docs.python.org/3/whatsnew/", E.URL) == []


# --- dates ----------------------------------------------------------------------------------------------------------


def test_a_lower_case_month_after_an_events_verb_is_a_date() -> None:
    assert "mar 13" in of_type("deposit sent; the course starts mar 13.", E.DATE)


@pytest.mark.parametrize("text", ["you may 2x the pool size", "order mar 3 tiles for the porch"])
def test_a_lower_case_month_word_without_its_cue_is_no_date(text: str) -> None:
    assert of_type(text, E.DATE) == []


# --- fixed-width and tabled records ---------------------------------------------------------------------------------

_FIXED = ("NO   SURNAME   GIVEN     SSN        DOB\n"
          "0001 HALE      OWEN      401228765  19850203\n"
          "0002 MARSH     IDA       523418876  12/04/1979\n")


def test_a_fixed_width_ssn_column_holds_ssns() -> None:
    assert of_type(_FIXED, E.US_SSN) == ["401228765", "523418876"]


def test_a_fixed_width_birth_date_column_holds_birth_dates() -> None:
    assert of_type(_FIXED, E.DATE_OF_BIRTH) == ["19850203", "12/04/1979"]


def test_a_number_and_a_date_side_by_side_are_no_card() -> None:
    assert of_type("row 7: 523418876 19790412 ok", E.CREDIT_CARD) == []


def test_an_ssn_columns_cells_are_typed_as_ssns() -> None:
    text = "name | ssn | city\nOwen Hale | 523 41 8876 | Reno\n"
    assert of_type(text, E.US_SSN) == ["523 41 8876"]


def test_a_fixed_width_table_without_an_ssn_header_gives_no_ssn() -> None:
    assert of_type("NO   SURNAME   ACCOUNT\n0001 HALE      401228765\n", E.US_SSN) == []


@pytest.mark.parametrize(
    "text",
    [
        "wifi:\n  ssid: HomeNet\n  password: !secret wifi_pw\n",
        "DbPassword: !Ref MasterUserPassword",
        'secret_santa: "tom gives anna"',
    ],
)
def test_a_yaml_tag_reference_or_a_game_is_no_secret(text: str) -> None:
    assert of_type(text, E.SECRET) == []


def test_the_card_in_a_magnetic_stripes_track_is_a_card() -> None:
    assert of_type("reader dump: %B4539578763621486^HALE/OWEN^27091010000000000000?", E.CREDIT_CARD) == ["4539578763621486"]


def test_a_track_shaped_run_that_fails_luhn_is_no_card() -> None:
    assert of_type("%B4539578763621487^TEST^2709?", E.CREDIT_CARD) == []


def test_the_parts_of_an_hl7_telecom_field_are_a_phone() -> None:
    text = "PID|1||4411^^^CLINIC^MR||HALE^OWEN||19850203|M|||||^PRN^PH^^1^775^3346021|||||||"
    assert of_type(text, E.PHONE) == ["775^3346021"]


def test_an_hl7_birth_date_is_a_birth_date_not_a_phone() -> None:
    text = "PID|1||4411^^^CLINIC^MR||HALE^OWEN||19850203|M|||||^PRN^PH^^1^775^3346021~^NET^Internet^oh@mail.net|||||||"
    assert of_type(text, E.DATE_OF_BIRTH) == ["19850203"]
    assert "19850203" not in of_type(text, E.PHONE)


# --- precision ------------------------------------------------------------------------------------------------------


def test_a_numeric_api_key_beside_its_secret_is_no_secret() -> None:
    text = "cloudinary.config(cloud_name='zx81', api_key='812736450918273', api_secret='Hq7mZp2XwL9kTn4VbR8cYd3E')"
    assert of_type(text, E.SECRET) == ["Hq7mZp2XwL9kTn4VbR8cYd3E"]


def test_the_ssn_printed_in_ads_is_no_ssn() -> None:
    assert of_type("Is 457-55-5462 a real SSN? It was in an advert.", E.US_SSN) == []


def test_a_forum_topics_slug_after_t_is_no_token() -> None:
    assert of_type("see https://discuss.example.org/t/cannot-install-on-windows-2024/1234 for it", E.SECRET) == []
