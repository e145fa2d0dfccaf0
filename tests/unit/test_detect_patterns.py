"""Pattern recognizers and hard negatives, through the public Detector (no NER model: fast, and the
same answers whether a model is installed or not)."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def found(text: str) -> list[tuple[str, E]]:
    return [(text[s.start : s.end], s.type) for s in detector.detect(text)]


def test_detects_an_email_in_a_signature() -> None:
    assert ("maria.gonzalez87@gmail.com", E.EMAIL) in found("Thanks,\nMaria\nmaria.gonzalez87@gmail.com")


@pytest.mark.parametrize("phone", ["(415) 555-0132", "+44 20 7946 0958", "030 12345678", "+33 6 12 34 56 78", "+91 98765 43210"])
def test_detects_phone_numbers_of_several_regions(phone: str) -> None:
    assert (phone, E.PHONE) in found(f"Call me at {phone} tomorrow.")


def test_leaves_an_order_number_alone() -> None:
    assert found("My order 1234567890 never arrived, and the invoice number is 61955974.") == []


def test_detects_a_luhn_valid_card_and_ignores_an_invalid_one() -> None:
    assert found("card 5500 0000 0000 0004") == [("5500 0000 0000 0004", E.CREDIT_CARD)]
    assert found("card 5500 0000 0000 0005") == []


def test_detects_an_iban_and_stops_at_the_next_word() -> None:
    assert found("IBAN DE89 3704 0044 0532 0130 00 FOR rent") == [("DE89 3704 0044 0532 0130 00", E.IBAN)]


def test_rejects_an_iban_with_a_wrong_check_digit() -> None:
    assert found("IBAN DE88 3704 0044 0532 0130 00") == []


def test_detects_an_ssn_by_the_ssa_rules() -> None:
    assert found("SSN 536-22-8741") == [("536-22-8741", E.US_SSN)]
    assert found("SSN 666-22-8741 or 900-12-3456 or 536-00-8741") == []


def test_needs_context_for_an_unformatted_ssn() -> None:
    assert found("reference 536228741") == []
    assert found("my ssn is 536228741") == [("536228741", E.US_SSN)]


@pytest.mark.parametrize("value", ["390.533.447-05", "ABCPE1234F", "12345678Z", "AB 12 34 56 C"])
def test_detects_national_ids_validated_by_stdnum(value: str) -> None:
    assert (value, E.NATIONAL_ID) in found(f"My ID: {value}")


def test_detects_ipv4_and_ipv6_but_not_localhost() -> None:
    assert found("server 192.168.1.24 and fe80::1ff:fe23:4567:890a, not 127.0.0.1") == [
        ("192.168.1.24", E.IP_ADDRESS), ("fe80::1ff:fe23:4567:890a", E.IP_ADDRESS)]


def test_leaves_a_four_part_version_alone() -> None:
    assert found("upgrade to version 10.0.19045.1234 and Python 3.11.4") == []


def test_detects_a_profile_url_but_not_documentation() -> None:
    text = "See https://www.linkedin.com/in/maria-gonzalez-12 and https://docs.python.org/3/library/re.html"
    assert found(text) == [("https://www.linkedin.com/in/maria-gonzalez-12", E.URL)]


def test_detects_dates_and_a_date_of_birth() -> None:
    assert found("Meeting on 2024-03-15; I was born on March 3, 1987.") == [
        ("2024-03-15", E.DATE), ("March 3, 1987", E.DATE_OF_BIRTH)]


def test_leaves_a_year_and_a_time_alone() -> None:
    assert found("In 1998 the shop opened at 9:30 am.") == []


def test_leaves_uuids_hashes_and_prices_alone() -> None:
    text = "Request 2b31cd37-82c6-4f05-a15c-7e852e2832ee at commit 3f9a2c1d cost $1,234.56 or 4 500 EUR."
    assert found(text) == []


def test_detects_a_german_address() -> None:
    assert found("Ich wohne in der Lindenstraße 23, 50674 Köln.") == [("Lindenstraße 23, 50674 Köln", E.ADDRESS)]


def test_detects_a_us_address_with_unit_and_zip() -> None:
    text = "Ship to 42 Elm Street, Apt 3B, Springfield, IL 62704 please"
    assert ("42 Elm Street, Apt 3B, Springfield, IL 62704", E.ADDRESS) in found(text)
