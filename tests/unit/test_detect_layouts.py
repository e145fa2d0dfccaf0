"""Rules that read PII by its layout rather than by a phrasing: dates by a grammar of day, month and year
tokens in more languages, credentials by structure (cookies, a credential named and then given, PINs),
addresses read backwards from a postcode and town, forms whose labels are not speakers, and published
documentation values left alone."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def found(text: str, etype: E) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is etype]


# --- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Umowa obowiązuje od 3 listopada 2024 roku.", "3 listopada 2024"),
        ("Vi ses på fredag 14 augusti i Malmö.", "fredag 14 augusti"),
        ("Kommst du am Mi., 04.06. vorbei?", "Mi., 04.06."),
        ("A entrega fica para sexta, 21/03 de manhã.", "sexta, 21/03"),
        ("Wystawiono dnia 12 XI 2023 w Opolu.", "12 XI 2023"),
        ("The lease ends on 30 Jun '26, sadly.", "30 Jun '26"),
        ('{"createdAt": "2024-02-11T08:15:00Z"}', "2024-02-11"),
        ('10.1.2.3 - - [04/Feb/2025:11:22:33 +0100] "GET /"', "04/Feb/2025"),
        ("Can you send the draft by 18/7? I am away after that.", "18/7"),
    ],
)
def test_detects_dates_in_more_layouts_and_languages(text: str, date: str) -> None:
    assert found(text, E.DATE) == [date]


@pytest.mark.parametrize(
    "text",
    ["Only 3 out of 5 tests passed.", "I'd rate it 8/10 overall.", "Cut the budget by 1/3 next year.",
     "We need 2-3 servers for this.", "Docker 20.10 is what we run."],
)
def test_leaves_fractions_ratings_ranges_and_versions_alone(text: str) -> None:
    assert found(text, E.DATE) == []


# --- secrets -------------------------------------------------------------------------------------

def test_detects_session_cookies_but_not_preferences() -> None:
    header = "curl https://shop.test/api -H 'Cookie: theme=light; lang=de-DE; shop_sess=Zq81kLmN0pR7sT2uVw4xYa9bCd'"
    assert found(header, E.SECRET) == ["Zq81kLmN0pR7sT2uVw4xYa9bCd"]
    assert found("Cookie: theme=light; cookie_consent=all; lang=de-DE", E.SECRET) == []


def test_detects_a_credential_named_in_prose_and_then_given() -> None:
    text = "Heads up: the deploy token we rotated last week is Xr7pQm2Lk9Vn4Bw8Zt6Yc3Hs before the audit."
    assert found(text, E.SECRET) == ["Xr7pQm2Lk9Vn4Bw8Zt6Yc3Hs"]
    assert found("Key id acme_live_4hT9kLm2Qx, expires soon.", E.SECRET) == []
    assert found("The token is valid for 3600 seconds.", E.SECRET) == []


def test_detects_a_generated_password_and_a_pin_said_plainly() -> None:
    text = "Guest wifi: password t7kq2mzp9wxr, and the lockbox by the gate opens with 3816. Enjoy!"
    assert found(text, E.SECRET) == ["t7kq2mzp9wxr", "3816"]
    assert found("Use the password reset link, it expires in 2880 minutes.", E.SECRET) == []


def test_detects_a_password_reset_to_a_value() -> None:
    text = "The user's password was locked, so IT reset it to Harbour2031# over the phone."
    assert found(text, E.SECRET) == ["Harbour2031#"]


def test_takes_the_password_of_a_url_without_a_user() -> None:
    text = "cache: redis://:Pq7vW2xk9LmZ3t@cache-01.internal:6379/0"
    assert found(text, E.SECRET) == ["Pq7vW2xk9LmZ3t"]
    assert found(text, E.EMAIL) == []


# --- addresses -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Deliver to Flat 12, 2nd Floor, Lotus Enclave, 4th Cross Road, Indiranagar, Mysuru – 570011, thanks.",
         "Flat 12, 2nd Floor, Lotus Enclave, 4th Cross Road, Indiranagar, Mysuru – 570011"),
        ("ahora vivo en calle del olmo 14, 3º b, 47008 valladolid, y trabajo cerca",
         "calle del olmo 14, 3º b, 47008 valladolid"),
        ("Wij wonen op Kastanjehof 61, 7412 KD Deventer. Bel gerust.", "Kastanjehof 61, 7412 KD Deventer"),
        ("Skicka det till Ekbacken 7 A, lgh 1203, 722 14 Västerås.", "Ekbacken 7 A, lgh 1203, 722 14 Västerås"),
    ],
)
def test_reads_an_address_back_from_its_postcode_and_town(text: str, address: str) -> None:
    assert found(text, E.ADDRESS) == [address]


@pytest.mark.parametrize(
    "text",
    ["I have 3 cats, Python 3000 is my favourite joke.", "Sizes 12, 14, Model 3000 are in stock.",
     "Flat 3, in the year 2020 we moved.", "The demo moved to March 14, 2027 at Harbour Hall."],
)
def test_does_not_take_counts_and_models_for_an_address(text: str) -> None:
    assert found(text, E.ADDRESS) == []


# --- forms and documentation values ----------------------------------------------------------------

def test_the_labels_of_a_form_are_not_speakers() -> None:
    form = "Fill this in for me:\n\nTenant: Oskar Lindqvist\nDeposit: 1200 EUR\nPets: one cat\nParking: no"
    assert found(form, E.PERSON) == ["Oskar Lindqvist"]
    chat = "Maren: did the invoice go out?\nTobi: yes this morning\nMaren: great"
    assert found(chat, E.PERSON) == ["Maren", "Tobi", "Maren"]


def test_leaves_published_test_cards_documentation_ips_and_the_jwt_io_token_alone() -> None:
    assert found("Does 4000 0025 0000 3155 trigger 3-D Secure?", E.CREDIT_CARD) == []
    assert found("Amex test card 3782 822463 10005 fails", E.CREDIT_CARD) == []
    assert found("Use 203.0.113.7 in the docs, not our 84.17.33.2", E.IP_ADDRESS) == ["84.17.33.2"]
    jwt = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
           "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    assert found(f"Why does {jwt} decode to John Doe?", E.SECRET) == []


def test_a_dsn_key_is_not_an_email_address() -> None:
    assert found("SENTRY_DSN=https://5f0c1e2d3a4b@o12345.ingest.sentry.io/678", E.EMAIL) == []
