"""Rules written for phrasings the detector was not tuned on: secrets by structure, addresses and dates
in European layouts and languages, names in logs, chats and lists, and documentation values left alone."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def found(text: str, etype: E) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is etype]


# --- secrets -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "key",
    [
        "dop_v1_1fb5bbd4936a00f61cfb999ebe052f4b0ef22f050c83865c3867b24a0970127f",
        "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",
        "pypi-AgEIcHlwaS5vcmcCJGE4ZjM5YzE2LTk3ZjgtNGJlYy05NmE0LTAxYjZkNzQ5ZTBiNQACKlszLCJh",
        "glptt-9f8e7d6c5b4a39281706f5e4",
    ],
)
def test_detects_more_provider_tokens_by_prefix(key: str) -> None:
    assert found(f"rotate {key} today", E.SECRET) == [key]


def test_detects_a_random_value_assigned_to_any_key_name() -> None:
    assert found("datadog_key = 59aa76c08d4a745dc2a04cb38f104895", E.SECRET) == ["59aa76c08d4a745dc2a04cb38f104895"]
    key = "4CJC5x02DlW7Vns+Xs1pLkA9d8gIEjVw8N5+cPIP+Fgq93fK2WzGOwqGAFXNdrXJEQ54MxmdxQRxZi4B7z+4Sg=="
    conn = f"DefaultEndpointsProtocol=https;AccountName=media;AccountKey={key};EndpointSuffix=core.windows.net"
    assert found(conn, E.SECRET) == [key]


def test_leaves_ordinary_values_of_key_names_alone() -> None:
    assert found("primary_key = user_account_id_v2\nsort_key: created_at", E.SECRET) == []


def test_detects_passwords_passed_to_login_calls_and_credential_files() -> None:
    assert found("server.login('ana@firma.de', 'dragon1940!')", E.SECRET) == ["dragon1940!"]
    assert found("requests.get(url, auth=('bob', 'Tr0ub4dor908'))", E.SECRET) == ["Tr0ub4dor908"]
    assert found("The line is:\ndb.internal:5432:app:karthik:monkey35#\nand the mode is 644.", E.SECRET) == ["monkey35#"]
    assert found("curl -u admin:S3cr3tPass! https://api.internal/v1", E.SECRET) == ["admin:S3cr3tPass!"]  # (the Basic pair whole)


def test_detects_passwords_told_in_other_languages() -> None:
    assert found("a senha é Bolo#2024 e não funciona", E.SECRET) == ["Bolo#2024"]
    assert found("het wachtwoord is zomer2024! maar het werkt niet", E.SECRET) == ["zomer2024!"]


def test_a_password_may_hold_an_at_sign_in_a_url() -> None:
    assert found("postgres://app:gV@3fZfmP^Z@db.internal:5432/main", E.SECRET) == ["app:gV@3fZfmP^Z"]


# --- addresses -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "address",
    [
        "Wilhelminalaan 45 bis, 3213 ZH Zwolle",
        "Rosenstraße 46b, 4. OG, 76556 Paderborn",
        "Rua dos Andradas, 508, apto 300 - Boa Vista, Recife - SC, 63076-483",
        "Paseo de Goya, 75, 3º A, 61771 Vigo",
        "Vicolo della Repubblica 91/A, 25930 Perugia (PG)",
        "Flat 8, 215 Maple Terrace, Bolton, NR6 3JH",
        "Flat 9D, Highland Residency, 12th Cross, Koregaon Park, Pune 411001",
        "Willow Street 42, Kraków",
    ],
)
def test_detects_addresses_in_european_and_other_layouts(address: str) -> None:
    assert found(f"Please send it to {address}. Thanks", E.ADDRESS) == [address]


def test_detects_a_postcode_on_the_next_line() -> None:
    assert found("Jana Wolf\nWaldallee 60\n87190 Kassel\n\nAn: Stadtwerke", E.ADDRESS) == ["Waldallee 60\n87190 Kassel"]


def test_leaves_famous_and_template_addresses_and_english_words_alone() -> None:
    assert found("Who lived at 10 Downing Street, and can I visit?", E.ADDRESS) == []
    assert found("Bill to: ACME Corp, 123 Main Street, Anytown.", E.ADDRESS) == []
    assert found("During 2020 we moved twice.", E.ADDRESS) == []


# --- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "date",
    ["Tuesday 26th October", "Thu 27 Feb", "9-Nov-2024", "3 gennaio 2025", "6 de dezembro de 1992", "1 maart 2020"],
)
def test_detects_dates_with_weekdays_and_in_more_languages(date: str) -> None:
    assert found(f"We meet on {date} at noon", E.DATE) == [date]


def test_detects_a_zero_padded_german_short_date_but_not_a_version() -> None:
    assert found("Ich kündige fristgerecht zum 26.11.20. Bitte bestätigen", E.DATE) == ["26.11.20"]
    assert found("Docker 20.10.17 fixed it", E.DATE) == []
    assert found("Why is 19.11.16 a breaking change in semantic versioning?", E.DATE) == []


# --- names ---------------------------------------------------------------------------------------

def test_detects_accounts_named_in_logs_and_errors() -> None:
    log = "sshd[2211]: Failed password for ines_lefevre from 77.242.140.124 port 51234 ssh2"
    assert found(log, E.PERSON) == ["ines_lefevre"]
    assert found('FATAL: password authentication failed for user "jonas.schroder".', E.PERSON) == ["jonas.schroder"]
    assert found("sshd[1]: Failed password for root from 10.0.0.9 port 22", E.PERSON) == []


def test_detects_speakers_of_a_timestamped_chat() -> None:
    chat = "[5:30 pm] Madison: are you ok?\n[7:45 am] rahul: yes but I have to leave"
    assert found(chat, E.PERSON) == ["Madison", "rahul"]
    assert found("[10:02] agent: can I have your name?", E.PERSON) == []


def test_detects_names_in_attendance_lists_without_a_colon() -> None:
    text = "Kort verslag van gisteren, aanwezig Ruben de Vries en Wouter van Dijk. Actiepunt volgt."
    assert found(text, E.PERSON) == ["Ruben de Vries", "Wouter van Dijk"]


def test_detects_sign_offs_payees_and_owners_of_action_items() -> None:
    assert "Roos" in found("Wil jij het formulier invullen? Groet, Roos", E.PERSON)
    assert found("Empfänger Hugo Bonnet, IBAN folgt", E.PERSON) == ["Hugo Bonnet"]
    assert found("Tickets:\n* Ute — rotate the leaked key", E.PERSON) == ["Ute"]


def test_a_patient_leaflet_is_not_a_patient() -> None:
    assert found("Write an explainer for a patient leaflet, at a reading age of twelve.", E.PERSON) == []


# --- documentation values ------------------------------------------------------------------------

def test_leaves_documentation_values_alone() -> None:
    text = ("Check these values: email user@example.com, IBAN DE89 3704 0044 0532 0130 00, card 4242 4242 4242 4242, "
            "phone (555) 555-5555, subnet 10.20.0.0/16")
    assert [s for s in detector.detect(text)] == []


def test_the_placeholder_cast_of_protocol_examples_is_not_people() -> None:
    assert found("Alice sends Bob a signed message; how does Eve fail to forge it?", E.PERSON) == []


def test_detects_a_personal_site_named_after_the_person() -> None:
    text = "My CV header:\n\nTobias Koch\nBergweg 3, 17512 Regensburg | tkoch@web.de\nhttps://tobiaskoch.dev\n"
    assert found(text, E.URL) == ["https://tobiaskoch.dev"]
    assert found("See https://requests.readthedocs.io for Tobias Koch", E.URL) == []
