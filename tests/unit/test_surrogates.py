"""Each entity type's surrogate has the original's type and shape, and is one no real person owns."""

from __future__ import annotations

import ipaddress
import random
import re

import pytest

from llmvpn.privacy.mapping import SurrogateMap, TextView
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.surrogates import dates
from llmvpn.privacy.surrogates._data import CITIES, FEMALE, MALE, SURNAMES
from llmvpn.privacy.surrogates._shape import fold, iban_check_digits, luhn_check_digit, relayout


def surrogate(type_: E, original: str, seed: int = 0, text: str | None = None) -> str:
    return SurrogateMap(seed=seed).surrogate(type_, original, TextView(original if text is None else text))


def luhn_ok(number: str) -> bool:
    d = re.sub(r"\D", "", number)
    return luhn_check_digit(d[:-1]) == d[-1]


def iban_ok(iban: str) -> bool:
    s = re.sub(r"\s", "", iban)
    return iban_check_digits(s[:2], s[4:]) == s[2:4]


def shape(text: str) -> str:
    return re.sub(r"[A-Z]", "A", re.sub(r"[a-z]", "a", re.sub(r"\d", "9", text)))


# --- persons ---------------------------------------------------------------------------------

def test_person_keeps_title_and_structure():
    out = surrogate(E.PERSON, "Dr. Jane Smith")
    title, first, last = out.split()
    assert title == "Dr." and first != "Jane" and last != "Smith"
    assert first in FEMALE["en"]  # Jane is a known English female name
    assert last in SURNAMES["en"]


@pytest.mark.parametrize(("original", "locale", "gender"), [
    ("Jürgen Müller", "de", "m"), ("Camille Dubois", "fr", "f"), ("Lucía García", "es", "f"),
    ("Giuseppe Rossi", "it", "m"), ("Agnieszka Kowalska", "pl", "f"), ("João Silva", "pt", "m"),
    ("Иван Петров", "ru", "m"), ("Mary Okonkwo", "en", "f"),
])
def test_person_locale_and_gender_followed(original, locale, gender):
    for seed in range(5):
        first, last = surrogate(E.PERSON, original, seed).split()
        assert first in (FEMALE if gender == "f" else MALE)[locale]
        masculine = re.sub(r"(sk|ck|dzk)a$", r"\1i", re.sub(r"(ов|ев|ин)а$", r"\1", last))
        assert masculine in SURNAMES[locale]


def test_person_gender_from_title_when_the_name_is_unknown():
    for seed in range(5):
        title, last = surrogate(E.PERSON, "Mrs. Okonkwo", seed).split()
        assert title == "Mrs." and last in SURNAMES["en"]
        title, first, last = surrogate(E.PERSON, "Frau Xylia Okonkwo", seed).split()
        assert first in FEMALE["en"]


def test_person_polish_female_surname_agrees():
    outs = {surrogate(E.PERSON, "Agnieszka Kowalska", seed).split()[1] for seed in range(30)}
    assert not any(o.endswith(("ski", "cki")) for o in outs)


def test_person_comma_form_and_particles_and_initials():
    out = surrogate(E.PERSON, "Smith, John Q.")
    assert re.fullmatch(r"\w+, \w+ Q\.", out) and "Smith" not in out and "John" not in out
    assert " van " in surrogate(E.PERSON, "Ludwig van Beethoven")


def test_person_without_a_name_word_still_changes():
    out = surrogate(E.PERSON, "J.")
    assert out != "J." and out.isalpha()


def test_same_first_name_in_two_people_gets_one_surrogate():
    m, view = SurrogateMap(seed=1), TextView("")
    a = m.surrogate(E.PERSON, "Jane Smith", view)
    b = m.surrogate(E.PERSON, "Jane Doe", view)
    c = m.surrogate(E.PERSON, "Smith", view)
    assert a.split()[0] == b.split()[0] and a.split()[1] == c and a.split()[1] != b.split()[1]


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("original", "pattern"), [
    ("(415) 867-5309", r"\(\d{3}\) 555-01\d\d"),
    ("+1 415 867 5309", r"\+1 \d{3} 555 01\d\d"),
    ("867-5309", r"555-01\d\d"),
    ("+44 7911 123456", r"\+44 7700 900\d{3}"),
    ("07911 123456", r"07700 900\d{3}"),
    ("020 8123 4567", r"020 7946 0\d{3}"),
    ("0161 123 4567", r"01\d\d 496 0\d{3}"),
    ("+33 6 12 34 56 78", r"\+33 6 39 98 \d\d \d\d"),
    ("01 23 45 67 89", r"01 99 00 \d\d \d\d"),
    ("+61 2 9876 5432", r"\+61 \d 5550 \d{4}|\+61 3 7010 \d{4}"),
])
def test_phone_in_fiction_ranges_with_the_same_layout(original, pattern):
    for seed in range(5):
        assert re.fullmatch(pattern, surrogate(E.PHONE, original, seed))


def test_phone_of_another_country_keeps_code_and_layout():
    out = surrogate(E.PHONE, "+49 30 12345678")
    assert out.startswith("+49 ") and shape(out) == shape("+49 30 12345678") and out != "+49 30 12345678"


@pytest.mark.parametrize(("original", "prefix"), [
    ("4242 4242 4242 4242", "4111 11"), ("5105-1051-0510-5100", "5555-55"), ("378282246310005", "3"),
    ("6011111111111117", "601111"), ("4222222222222", "411111"), ("2223003122003222", "222300"),
])
def test_credit_card_luhn_valid_same_brand_and_layout(original, prefix):
    for seed in range(10):
        out = surrogate(E.CREDIT_CARD, original, seed)
        assert luhn_ok(out) and out.startswith(prefix) and shape(out) == shape(original) and out != original


@pytest.mark.parametrize("original", [
    "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "FR1420041010050500013M02606",
    "NO9386011117947", "CH9300762011623852957",
])
def test_iban_checksum_valid_same_country_length_and_test_bank(original):
    out = surrogate(E.IBAN, original)
    assert iban_ok(out) and out[:2] == original[:2] and shape(out) == shape(original) and out != original
    if original.startswith("DE"):
        assert out.replace(" ", "")[4:12] == "37040044"  # the registry's example bank


def test_ssn_area_never_issued():
    for seed in range(20):
        out = surrogate(E.US_SSN, "123-45-6789", seed)
        area, group, serial = out.split("-")
        assert area.startswith("9") and 10 <= int(group) <= 49 and serial != "0000"
    assert re.fullmatch(r"9\d{8}", surrogate(E.US_SSN, "078051120"))


def test_national_id_keeps_shape():
    out = surrogate(E.NATIONAL_ID, "QQ 12 34 56 C")
    assert shape(out) == shape("QQ 12 34 56 C") and out != "QQ 12 34 56 C"


# --- network ---------------------------------------------------------------------------------

def test_email_at_reserved_domain_keeps_structure():
    out = surrogate(E.EMAIL, "jane.smith84@gmail.com")
    local, domain = out.split("@")
    assert domain in ("example.com", "example.org", "example.net")
    assert re.fullmatch(r"[^\W\d_]+\.[^\W\d_]+\d\d", local) and "jane" not in out
    assert surrogate(E.EMAIL, "J.SMITH@ACME.CO.UK").isupper()


def test_email_reuses_a_mapped_name():
    m, view = SurrogateMap(seed=2), TextView("")
    first = m.surrogate(E.PERSON, "Jane Smith", view).split()[0]
    assert m.surrogate(E.EMAIL, "jane@corp.com", view).startswith(first.lower() + "@")


@pytest.mark.parametrize("original", ["10.1.2.3", "192.168.0.1/24", "fe80::1", "2001:0DB8:85A3::8A2E",
                                      "[::1]"])
def test_ip_from_documentation_ranges(original):
    out = surrogate(E.IP_ADDRESS, original)
    addr = ipaddress.ip_address(out.split("/")[0].strip("[]"))
    docs = [ipaddress.ip_network(n)
            for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]
    assert any(addr in n for n in docs if n.version == addr.version)
    assert out.endswith("/24") == original.endswith("/24") and out.startswith("[") == original.startswith("[")


def test_url_personal_parts_replaced_platform_kept():
    out = surrogate(E.URL, "https://www.linkedin.com/in/jane-smith-84")
    assert out.startswith("https://www.linkedin.com/in/") and "jane" not in out and "smith" not in out
    out = surrogate(E.URL, "https://user:hunter2@jane-smith.me:8443/about?ref=jane#top")
    assert "hunter2" not in out and "jane" not in out and ":8443/about?ref=" in out
    assert re.search(r"@\w+\.example:", out)


@pytest.mark.parametrize(("original", "prefix"), [
    ("sk-proj-abcDEF1234567890abcdef1234567890", "sk-proj-"), ("AKIAIOSFODNN7EXAMPLE", "AKIA"),
    ("ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_"), ("xoxb-123456789012-abcdefABCDEF", "xoxb-"),
    ("sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789", "sk-ant-api03-"), ("password=hunter2", "password="),
    ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abc_DEF-123", "eyJ"),
])
def test_secret_same_prefix_length_and_alphabet(original, prefix):
    out = surrogate(E.SECRET, original)
    assert out.startswith(prefix) and len(out) == len(original) and out != original
    assert shape(out[len(prefix):]).replace("a", "x").replace("A", "x").replace("9", "x") == \
        shape(original[len(prefix):]).replace("a", "x").replace("A", "x").replace("9", "x")


def test_secret_hex_stays_hex_and_pem_armour_stays():
    out = surrogate(E.SECRET, "token: 9f86d081884c7d659a2feaa0c55ad015")
    assert re.fullmatch(r"token: [0-9a-f]{32}", out)
    pem = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\n-----END PRIVATE KEY-----"
    out = surrogate(E.SECRET, pem)
    assert out.startswith("-----BEGIN PRIVATE KEY-----\n") and out.endswith("\n-----END PRIVATE KEY-----")
    assert "MIIEvQIBADANBgkq" not in out
    out = surrogate(E.SECRET, "postgres://app:s3cr3t@db.internal:5432/prod")
    assert out.startswith("postgres://app:") and out.endswith("@db.internal:5432/prod")
    assert "s3cr3t" not in out


# --- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("original", "expected"), [
    ("2024-03-15", "2024-05-14"), ("15.03.2024", "14.05.2024"), ("3/15/2024", "5/14/2024"),
    ("March 15, 2024", "May 14, 2024"), ("March 3rd, 2024", "May 2nd, 2024"), ("15 Mar 2024", "14 May 2024"),
    ("Friday, 15 March 2024", "Tuesday, 14 May 2024"), ("12 mars 2023", "11 mai 2023"),
    ("03/2024", "05/2024"), ("1984", "1985"), ("MARCH 15, 2024", "MAY 14, 2024"),
    ("2024-03-15T10:30:00Z", "2024-05-14T10:30:00Z"),
])
def test_date_shifted_in_its_own_format(original, expected):
    assert dates.shift_date(original, 60, random.Random(0)) == expected


def test_dates_share_one_shift_per_scope():
    m, view = SurrogateMap(seed=4, date_shift_days=-30), TextView("")
    assert m.surrogate(E.DATE, "2024-03-15", view) == "2024-02-14"
    assert m.surrogate(E.DATE_OF_BIRTH, "1990-01-31", view) == "1990-01-01"


def test_date_that_collides_moves_a_day_more():
    text = "2024-02-14 and 2024-03-15"
    out = SurrogateMap(date_shift_days=-30).surrogate(E.DATE, "2024-03-15", TextView(text))
    assert out in ("2024-02-13", "2024-02-15")


def test_unreadable_date_becomes_a_placeholder():
    assert surrogate(E.DATE, "yesterday") == "[DATE_1]"


# --- words -----------------------------------------------------------------------------------

def test_location_of_the_same_locale_and_country_for_country():
    assert surrogate(E.LOCATION, "München") in CITIES["de"]
    assert surrogate(E.LOCATION, "Kraków") in CITIES["pl"]
    assert surrogate(E.LOCATION, "FRANCE").isupper()


def test_organization_keeps_legal_form_and_generic_words():
    out = surrogate(E.ORGANIZATION, "Acme Widgets Systems GmbH")
    assert out.endswith(" Systems GmbH") and "Acme" not in out
    assert surrogate(E.ORGANIZATION, "Bank of America").startswith("Bank of ")


def test_address_keeps_layout():
    out = surrogate(E.ADDRESS, "Hauptstraße 5, 10115 Berlin")
    assert re.fullmatch(r"\w+straße \d, \d{5} \w+", out) and "Haupt" not in out and "Berlin" not in out
    out = surrogate(E.ADDRESS, "1600 Pennsylvania Avenue NW, Washington, DC 20500")
    assert re.fullmatch(r"\d{4} \w+ Avenue NW, \w+, DC \d{5}", out) and "Pennsylvania" not in out


# --- collisions ------------------------------------------------------------------------------

def test_surrogate_never_a_value_of_the_text():
    for seed in range(50):
        text = " ".join(FEMALE["en"]) + " " + " ".join(SURNAMES["en"][:-1])
        out = SurrogateMap(seed=seed).surrogate(E.PERSON, "Emily Smith", TextView(text + " Emily Smith"))
        for word in out.split():
            assert fold(word) not in fold(text)


def test_relayout_moves_characters_into_a_layout():
    assert relayout("2015550123", "(415) 867-5309") == "(201) 555-0123"
    assert relayout("DE89AB", "de 89 ab") == "de 89 ab"
