"""The fourth round of pattern rules: links that point at a person (profiles on more sites, shares from one's own
drive, home pages named after the writer, links with an e-mail or a phone number in them, a token riding in such a
link), dates in more languages and forms (Hungarian, Finnish, Croatian and others, year first, the ordinal dot,
spelled out as dictated, iCalendar and vCard fields, a date of birth with stray spaces from a scan), SSNs after
"social", more identity numbers (Hungarian tax ids, Belgian national numbers, SQL inserts), secrets in more places
(cookie jars, Authorization schemes, command-line flags, more providers, a told password with "=" in it), IBANs
with a space after the country; and the look-alikes each rule must leave alone. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- links that point at a person --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://orcid.org/0000-0002-1825-0097",
        "https://www.strava.com/athletes/46200853",
        "https://stackoverflow.com/users/1234567/ana-lima",
        "https://www.dropbox.com/scl/fi/8zgtbw4x4skcz6h3wom2z/CV_Lindqvist.pdf?rlkey=pryn9v01snre8b1bb4u70h0l2&dl=0",
        "https://docs.google.com/document/d/1aBcD3fGhIjK4lMnOpQrStUvWxYz/edit?usp=sharing",
        "https://janedoe.github.io",
        "https://wa.me/4915112345678",
    ],
)
def test_profiles_and_personal_shares(url: str) -> None:
    assert of_type(f"Here is the link you asked for: {url} — thanks!", E.URL) == [url]


def test_a_link_with_an_email_and_a_token_is_one_personal_link() -> None:
    url = "https://portal.riverbend-vets.fr/account/verify?email=gustavo.nascimento%40uol.com.br&token=SqC1HzaAXOGV5EBv"
    text = f"portfólio {url}."
    assert of_type(text, E.URL) == [url]
    assert of_type(text, E.SECRET) == []


def test_a_home_page_named_after_the_writer() -> None:
    text = "Declan Featherstone | declan.featherstone+school@btinternet.com\nhttps://declanfeatherstone.pl\nPhD candidate"
    assert of_type(text, E.URL) == ["https://declanfeatherstone.pl"]


def test_a_link_labelled_as_a_profile_in_a_record() -> None:
    text = "Montserrat García, 612 33 52 22, m.garcia@gmail.com, perfil https://montsegarcia.net. Nacida en 1970."
    assert of_type(text, E.URL) == ["https://montsegarcia.net"]


@pytest.mark.parametrize(
    "text",
    [
        "Hollis Grant Ltd, info@hollisgrant.com, https://hollisgrant.com",  # a company's site, named after it
        "The spec at https://w3c.github.io/web-performance/specs/HAR/Overview.html says otherwise.",
        "See https://docs.google.com/ for the product itself.",
        "Try https://www.strava.com/routes/123456 for a nice loop.",
        "The video at https://d1x2.cloudfront.net/videos/a.mp4?Expires=1739488478&Key-Pair-Id=K2JCJMDEHXQW5F expired.",
    ],
)
def test_public_and_company_links_point_at_no_one(text: str) -> None:
    assert of_type(text, E.URL) == []


def test_a_reset_link_keeps_its_token_a_secret() -> None:
    text = "The reset link https://app.tidytasks.io/reset-password?token=Zk3Jq9vLw2Xp8RtY5nB7 expired, why?"
    assert of_type(text, E.SECRET) == ["Zk3Jq9vLw2Xp8RtY5nB7"]


# --- dates ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kérem, a Tisza Rendelő edzése 2024. március 6. helyett jövő héten lesz.", "2024. március 6."),
        ("A Tisza Rendelő edzése 2024. 08. 27. helyett a jövő héten lesz.", "2024. 08. 27."),
        ("Kirjoita: näyte otettu 7. syyskuuta 2024. Lääkäri soittaa.", "7. syyskuuta 2024"),
        ("Potvrda: zaposlen od 1. prosinca 2024. u Poliklinika Lipa.", "1. prosinca 2024."),
        ("Potvrda: zaposlen od 02.01.2027. u Poliklinika Lipa.", "02.01.2027."),
        ("Betaling til vores konto senest 15.4.", "15.4."),
        ("Zásilka, doručeno 18. 3.", "18. 3."),
        ("la reunió és el 5 de gener de 2025", "5 de gener de 2025"),
        ("встреча 12 марта 2024 года", "12 марта 2024"),
        ("the plumber is coming the twenty-fourth of january can you let him in", "the twenty-fourth of january"),
        ("she moves in on january twenty-eighth", "january twenty-eighth"),
        ("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261228\nSUMMARY:Parent-teacher meeting", "20261228"),
    ],
)
def test_dates_in_more_languages_and_forms(text: str, expected: str) -> None:
    assert expected in of_type(text, E.DATE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEGIN:VCARD\nFN:Ana Lima\nBDAY:1951-06-13\nEND:VCARD", "1951-06-13"),
        ("BEGIN:VCARD\nFN:Ana Lima\nBDAY:19850507\nEND:VCARD", "19850507"),
        ("Gábor Tóth, születési dátum 1941.06.03., lakcím Pécs", "1941.06.03."),
        ("my name is shanice date of birth the twenty-second of october nineteen ninety six i live", "the twenty-second of october nineteen ninety six"),
        ("ADDRESS: 5 Maple Dr, Dayton\nDATE OF BIRTH: 19 87-12-0 2\nPHONE: (918) 411-5991", "19 87-12-0 2"),
        ("Mme Duboi s, demeurant 3 rue X, 40400 Colmar née le 11/07/1 987", "11/07/1 987"),
        ("DATE OF BIRTH: Apr 2 5 1973\nPHONE: +1 715 944 0012", "Apr 2 5 1973"),
    ],
)
def test_dates_of_birth_by_label_and_from_scans(text: str, expected: str) -> None:
    assert expected in of_type(text, E.DATE_OF_BIRTH)


@pytest.mark.parametrize(
    "text",
    [
        "Upgrade to version 2024.03.04 of the toolkit first.",
        "You may 5. Not sure what that means.",
        "Order 20261228 shipped yesterday.",
        "It was my second try and the fourth one failed.",
    ],
)
def test_look_alikes_of_the_new_date_forms(text: str) -> None:
    assert of_type(text, E.DATE) == [] and of_type(text, E.DATE_OF_BIRTH) == []


def test_a_sentence_dot_after_an_english_date_stays_outside() -> None:
    assert of_type("Please pay by Jan 5. Thanks, Callum", E.DATE) == ["Jan 5"]
    assert of_type("Wants it before 03.02.2025. safe to send by email?", E.DATE) == ["03.02.2025"]


# --- national identifiers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "etype"),
    [
        ("i live at 14 jefferson ave and my social is 850755217 ty", "850755217", E.US_SSN),
        ("Írd meg: Gábor Tóth, adóazonosító jel 8391352145, lakcím Kecskemét", "8391352145", E.NATIONAL_ID),
        ("Nom : CLAES, né le 05/10/2006, NIR 06100596679, adresse Mechelen", "06100596679", E.NATIONAL_ID),
        ("INSERT INTO ansatte (navn, fnr, epost) VALUES ('Kari Strand', '101054 01332', 'kari@x.no');", "101054 01332",
         E.NATIONAL_ID),
    ],
)
def test_identity_numbers_in_more_places(text: str, expected: str, etype: E) -> None:
    assert expected in of_type(text, etype)


@pytest.mark.parametrize(
    "text",
    [
        "Our social media budget is 850755217 forints this year.",
        "adóazonosító jel 8391352146 (one digit off)",
        "my social is 078-05-1120",  # the Woolworth wallet card
        "my social is 912-45-6789",  # no area starts with 9
    ],
)
def test_numbers_that_are_not_identity_numbers(text: str) -> None:
    assert of_type(text, E.US_SSN) == [] and of_type(text, E.NATIONAL_ID) == []


# --- secrets ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copied from devtools:\nsessionid=LwguenGQgNtIxWFJcYIzjboNzmjfVBnC; csrftoken=65a81416ece5530afebc6c881ee68aa5",
         "LwguenGQgNtIxWFJcYIzjboNzmjfVBnC"),
        ('curl -H "Authorization: Token 9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c" https://api.x.io', "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c"),
        ("gh run --api-key=Xk92LmQ8rTz4WpY7bN3v --repo x", "Xk92LmQ8rTz4WpY7bN3v"),
        ("Ik verifieer de handtekening met secret pk_SEWGmey4hFbdqYi2KKsT.y9Mgc5d2PSCX6Mzrvo maar krijg 400.",
         "pk_SEWGmey4hFbdqYi2KKsT.y9Mgc5d2PSCX6Mzrvo"),
        ("Mi contraseña del banco es xmPNZhgOJ=Twe0Fw y quiero cambiarla.", "xmPNZhgOJ=Twe0Fw"),
        ("Ich habe mein Passwort vergessen, aber ich glaube es war Changeme10$. Hilfe!", "Changeme10$"),
        ("jdbc:mysql://db/app?user=bob&password=S3cr3tPa55&useSSL=true", "S3cr3tPa55"),
        ("Mailchimp says the key 0123456789abcdef0123456789abcdef-us21 is invalid", "0123456789abcdef0123456789abcdef-us21"),
    ],
)
def test_secrets_in_more_places(text: str, expected: str) -> None:
    assert expected in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        "TWILIO_ACCOUNT_SID=AC8b3f94286e6363ef69b9a4e52429b2c8",  # an account's id, not its token
        "password: changeme",
        "password: changeme123",
        "The session timed out after 30 minutes, session_id = 1234.",
        "Run it with --token $GITHUB_TOKEN and --secret-file ./secrets/key.pem",
        "Authorization: Bearer <YOUR_TOKEN>",
    ],
)
def test_look_alikes_of_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


# --- payment data ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("iban", ["DE 48 0559 2927 2068 68 69 66", "DE 91655249756117744477"])
def test_an_iban_with_a_space_after_the_country(iban: str) -> None:
    assert of_type(f"Account holder Lakshmi Okafor  IBAN {iban}  ref 1287646545", E.IBAN) == [iban]


def test_a_phone_number_is_no_card_whatever_luhn_says() -> None:
    text = "Reach her at +55 11 96138-1911 or by mail."
    assert of_type(text, E.CREDIT_CARD) == []
    assert of_type(text, E.PHONE) == ["+55 11 96138-1911"]


@pytest.mark.parametrize(
    "text",
    [
        "The docs use DE89 3704 0044 0532 0130 00 as an example IBAN.",
        "Use the test card 4242 4242 4242 4242 in the sandbox.",
        "Send it to user@example.com, not a real person.",
        "Our docs use 192.0.2.10 and 2001:db8::1 as examples.",
        "Ticket INV-2027-0904 and order #83377073, build 7f3a9c2, id 123e4567-e89b-12d3-a456-426614174000.",
    ],
)
def test_hard_negatives_stay_unflagged(text: str) -> None:
    assert found(text) == []


# --- more identity labels, and versions that look like addresses ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ID document: national ID card\nID number: CG12209ZI\nDate of birth: 08/01/2011", "CG12209ZI"),
        ("They want my national ID 3077.25.005 and my bank account number.", "3077.25.005"),
    ],
)
def test_an_id_after_a_label_that_follows_another(text: str, expected: str) -> None:
    assert expected in of_type(text, E.NATIONAL_ID)


def test_a_date_after_an_id_label_is_no_id() -> None:
    assert of_type("Passport issued 2024-05-11, valid ten years.", E.NATIONAL_ID) == []


@pytest.mark.parametrize(
    "text",
    [
        "Explain semantic versioning: why is 15.19.20.7 considered a breaking change after 8.3.10?",
        "Our build failed after bumping Excel to 15.15.5.20. What changed in that release?",
    ],
)
def test_a_four_part_version_is_no_ip_address(text: str) -> None:
    assert of_type(text, E.IP_ADDRESS) == []


def test_an_address_after_an_upgrade_is_still_one() -> None:
    assert of_type("After the upgrade the server at 81.2.3.4 is down.", E.IP_ADDRESS) == ["81.2.3.4"]
