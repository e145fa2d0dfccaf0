"""The thirteenth round, pattern families: secrets in the documented syntax of more files and tools (SSSD's
ldap_default_authtok, Rails' secret_key_base, SMTP's AUTH PLAIN, Postfix's sasl_passwd, OpenWrt's UCI "option key",
Dovecot's {PLAIN}, a Doppler service token naming its config, a mail DSN whose user is an email address, a .env value
holding "&"), a token's line in a column layout, the British banks' "memorable word", a Wi-Fi key after the network's
word, a generated password of letters alone, "access code" in German, Italian, Polish and the Nordic languages; phones
after more words (the whole "telephone", "telemóvel", Active Directory's -OfficePhone, "reply to", "callback", "contact"
in Hindi and Arabic) and in brackets after a name; a home page on the line of a profile in a script domains cannot
spell; a national id under a record's key; a Thai form's numeric date with a Buddhist Era year. Precision: a passwd
line's ids read as IPv6, CVE ids after a "code" word, CAS registry numbers by their check digit, IMEIs grouped as the
GSMA groups them or after "IMEI-<number word>", order numbers in Ukrainian and Russian, example IBANs quoted from a
guide. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type

# --- secrets --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # SSSD's bind password, Rails' session-signing key
        ("[domain/corp]\nldap_default_bind_dn = cn=svc,dc=corp\nldap_default_authtok = Rk7#vT2!qLw9\n", "Rk7#vT2!qLw9"),
        ("production:\n  secret_key_base: 0f3a9c1e77b24d58a6e0c9b1f2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f\n",
         "0f3a9c1e77b24d58a6e0c9b1f2d3e4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f"),
        # a Doppler service token carries its config's name
        ("saw dp.st.staging.Qx81bNmZr0TyUv3WkLp9Hs2JdFg5Ae7CiOo4Xy6M in the screen recording",
         "dp.st.staging.Qx81bNmZr0TyUv3WkLp9Hs2JdFg5Ae7CiOo4Xy6M"),
        # Postfix's sasl_passwd, OpenWrt's wireless key
        ("cat /etc/postfix/sasl_passwd\n[mail.relay-host.org]:2525 relay@shop.test:Pq4=zW!m81\n", "Pq4=zW!m81"),
        ("config wifi-iface 'guest'\n\toption ssid 'Attic'\n\toption key 'w7hz2kq9mv4p'\n", "w7hz2kq9mv4p"),
        # a .env value that holds "&" is the value's, not a link's next parameter
        ("SMTP_PASS=&Tq9wLm&z3=R\nSMTP_HOST=mx.local\n", "&Tq9wLm&z3=R"),
        # a note's columns: a token's value after spaces
        ("service    billing\nsession_token      9c2e4f6a8b0d1e3f5a7c9e1b3d5f7a9c\n", "9c2e4f6a8b0d1e3f5a7c9e1b3d5f7a9c"),
        # the banks' second secret, a Wi-Fi key after the network's word, letters thrown together after "pw"
        ("old notes:\nmemorable word: Kestrel#204\n", "Kestrel#204"),
        ("router sticker says wifi Q7TZ0PLM3XK29RWA, admin below", "Q7TZ0PLM3XK29RWA"),
        ("handover: laptop ready, initial pw tRwqXaBnLpEz, change on login", "tRwqXaBnLpEz"),
        ("Lagerbox 14, Zugangscode: 3381, Tor schließt um 20 Uhr", "3381"),
        ("Magazzino 3: il codice di accesso è 6072, grazie", "6072"),
        ("Komórka lokatorska, kod dostępu: 9185", "9185"),
        # SASL PLAIN's message in base64 (NUL, "ops@relay.lan", NUL, "Wn3$kd8Qz"), as a mail client sends it
        ("C: EHLO box\nC: AUTH PLAIN AG9wc0ByZWxheS5sYW4AV24zJGtkOFF6\nS: 535 5.7.8 failed", "AG9wc0ByZWxheS5sYW4AV24zJGtkOFF6"),
        # Dovecot's passwd-file keeps a plain password after its scheme
        ("/etc/dovecot/users\nmarek:{PLAIN}Quill.8820:5000:5000::/srv/mail/marek\n", "Quill.8820"),
    ],
)
def test_a_secret_in_a_files_or_a_labels_documented_form_is_a_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


def test_a_mail_dsns_user_is_an_email_and_only_its_password_a_secret() -> None:
    text = "MAILER_DSN=smtp://nora.field@post.example.net:Zr5@kq!Lw2@smtp.mailer.io:587"
    assert of_type(text, E.SECRET) == ["Zr5@kq!Lw2"]
    assert of_type(text, E.EMAIL) == ["nora.field@post.example.net"]


@pytest.mark.parametrize(
    "text",
    [
        "Wi-Fi: HomeNet-5G\nwifi: FRITZBox7590",  # networks' names
        "Wi-Fi 6E mesh, which wifi TPLink4580 should I buy?",
        "the password getElementById is wrong, the password XMLHttpRequest too",  # names in code
        "session_token      expired\ntoken_type     bearer\n",  # settings, not values
        "config interface 'lan'\n\toption key '2'\n",  # a WEP key's index
        "Co znamená kode CVE-2023-44487 pro můj server?",  # a public advisory's id
        "git clone https://deploy@git.example.org/team/app.git",  # a user alone, no password
    ],
)
def test_networks_names_settings_and_public_ids_are_no_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


# --- national ids ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customer(id=91, dob=1971-02-03, ssnOrNatId=P55102938, city=Leeds)", "P55102938"),
        ('{"nationalId": "47120398811", "tier": 2}', "47120398811"),
        ("NATIONAL_ID_NO=Z0914477", "Z0914477"),
    ],
)
def test_an_id_under_a_records_key_for_a_national_id_is_a_national_id(text: str, value: str) -> None:
    assert value in of_type(text, E.NATIONAL_ID)


def test_a_passwd_lines_user_and_group_ids_are_no_ipv6_address() -> None:
    text = "why can't she log in?\nmaria:x:1002:1002::/home/maria:/bin/zsh\n"
    assert of_type(text, E.IP_ADDRESS) == []
    assert of_type("new box 2a01:4f8:1002:1002::7 is up", E.IP_ADDRESS) == ["2a01:4f8:1002:1002::7"]


def test_nat_inside_another_word_is_no_national_ids_key() -> None:
    assert of_type("signatId=551203887 coordinat_id=7712345", E.NATIONAL_ID) == []


# --- phones ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Pedido de Marta Sousa, telemóvel 912345671, pagamento MB.", "912345671"),
        ("\\name{Owen Hale}\n\\telephone{07912345678}\n\\begin{letter}", "07912345678"),
        ("Set-ADUser -Identity jdoe -OfficePhone '0871234567' -Title Clerk", "0871234567"),
        ("The pharmacy asks you to reply to 4155550188 before Friday.", "4155550188"),
        ("callback 6175550142 after lunch", "6175550142"),
        ("शिकायत दर्ज करें। संपर्क: अमित वर्मा, 09876543210।", "09876543210"),
        ("Roster: Tom Baxter (0412345678) - gates; Amy Lin (0423456789) - tea.", "0412345678"),
    ],
)
def test_a_number_after_more_phone_words_or_in_brackets_after_a_name_is_a_phone(text: str, phone: str) -> None:
    assert phone in of_type(text, E.PHONE)


@pytest.mark.parametrize(
    "text",
    [
        "What substance has CAS number 1310-73-2?",  # a CAS registry number (its check digit holds)
        "Що означає номер замовлення 7720194413?",  # an order's number
        "Какой статус у номера заказа 5518203944?",
    ],
)
def test_cas_numbers_and_order_numbers_are_no_phones(text: str) -> None:
    assert of_type(text, E.PHONE) == []


# --- cards, IBANs ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hva betyr IMEI-nummeret 35 209900 176148 1 på esken?",
        "Seriennummer laut Karton: 35-209900-176148-1",
    ],
)
def test_an_imei_grouped_as_one_or_named_so_is_no_card(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []


def test_an_example_iban_quoted_from_a_guide_is_no_iban() -> None:
    assert of_type("Our onboarding guide prints DE89 3704 0044 0532 0130 00 as the IBAN.", E.IBAN) == []


# --- links, dates ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("הפרופיל שלי כמעצבת: נועה שגיא, https://noasagi.design, תל אביב", "https://noasagi.design"),
        ("โปรไฟล์ช่างภาพ: วิชัย ใจดี https://wichaijaidee.com เชียงใหม่", "https://wichaijaidee.com"),
    ],
)
def test_a_home_page_on_a_profiles_line_is_a_personal_link(text: str, url: str) -> None:
    assert of_type(text, E.URL) == [url]


def test_a_documentation_page_on_a_profiles_line_is_no_personal_link() -> None:
    assert of_type("Мой профиль настроен по https://example-cms.org/docs/install", E.URL) == []


def test_a_thai_numeric_date_with_a_buddhist_year_is_a_date() -> None:
    assert of_type("แบบฟอร์ม: นายวิชัย วันเกิด 14/8/2531 ติดต่อ", E.DATE_OF_BIRTH) == ["14/8/2531"]
    assert of_type("แบบฟอร์ม: วันเกิด 31/2/2531", E.DATE_OF_BIRTH) == []  # no 31 February
