"""The eighth round, pattern families: passwords in the shapes people are handed them — passphrases of common words
with spaces and figures, words joined by dots after a label in any language, a field after its colon, a config line
that writes a name and its value, "admin / ..." pairs, a compound word for the password ("Wifi-passord"), a value after
"changed it to" — card numbers with a day written after them, dates in Latvian, Lithuanian, Bulgarian and Serbian.
False flags gone: the documentation's sample tokens and keys, a path to a credentials file, loopback and multicast
addresses, an AWS flow log's account and fields, a form's all-zero identity number. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type

# --- passphrases with spaces ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("datasources:\n  - name: metrics\n    password: amber kettle willow stone47\n", "amber kettle willow stone47"),
        ("Kamera: 10.1.4.20, login operator, hasło: birch cobalt meadow tiger3. Dzięki!", "birch cobalt meadow tiger3"),
        ("export BORG_PASSPHRASE=river candle marble fox88 && borg create ::today /srv", "river candle marble fox88"),
        ("curl -u svc-build:granite tulip harvest owl12 https://nexus.lan/repository/", "svc-build:granite tulip harvest owl12"),
        ("<user>deploy</user>\n<password>saffron pebble north lake9</password>", "saffron pebble north lake9"),
        ("Router: admin / cedar lemon quartz river61. Port 8443 is open.", "cedar lemon quartz river61"),
        ("~/.pgpass:\n10.9.8.7:5432:*:reporting:plum anchor velvet crane70\n", "plum anchor velvet crane70"),
        ("het beheerwachtwoord is gewijzigd, nieuw wachtwoord tundra maple cobalt sky52.", "tundra maple cobalt sky52"),
    ],
)
def test_a_passphrase_of_words_with_spaces_after_a_password_cue_is_one_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        "The password policy says we need at least three words in total 12 times a year.",
        "Reset the password here, then open the settings page and click save 2 times.",
        "Our admin / support team meets every week on floor 3.",
        "I renamed it to alpha bravo charlie delta4 in the project list.",
    ],
)
def test_prose_and_a_renamed_thing_are_not_a_spaced_passphrase(text: str) -> None:
    assert of_type(text, E.SECRET) == []


# --- passwords in more layouts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a config file's "name value" line (Mosquitto bridge, msmtp)
        ("connection uplink\nremote_username gateway7\nremote_password fjord.comet.basil.ivy21\n", "fjord.comet.basil.ivy21"),
        ("account work\nhost smtp.mail.lan\nuser jo@mail.lan\npassword Kq7vXbLmT-\nauth on", "Kq7vXbLmT-"),
        # the word for the password with a word between it and the value
        ("Роутер: пароль администратора k3v9x2m7q8w1p5z0, Wi-Fi отдельно.", "k3v9x2m7q8w1p5z0"),
        ("Na routeru je heslo správce fern.violet.atlas.oak34 a nic víc.", "fern.violet.atlas.oak34"),
        # a compound of the password word ("Wifi-passord", "WLAN-Passwort")
        ("Adresse til hytta er klar. Wifi-passord på hytta: q8w2e4r6t1y3u5i7", "q8w2e4r6t1y3u5i7"),
        # a generated value after "--password" that opens with a hyphen
        ("helm repo add internal https://charts.lan --username ci --password -Zx8kP2qLm4Rt`.", "-Zx8kP2qLm4Rt"),
        # what the password was changed to, generated in one case
        ("After the password reset I changed it to m4k8q2z7x1c9v3b6 and Teams still asks.", "m4k8q2z7x1c9v3b6"),
        # a field's value keeps its closing "?" to the end of its line
        ("Benutzer: jkrause\nKennwort: Sonne2024?\nServer: 10.0.0.8", "Sonne2024?"),
        # a symbol-laden password that opens with "@" is no handle
        ("Mot de passe de la box : @Lq9#vT2=pZ8&k", "@Lq9#vT2=pZ8&k"),
        # a word glued to figures right after the password word
        ("Χρήστης admin, κωδικός falcon4821, το VPN είναι εκτός.", "falcon4821"),
        # capitals and small letters thrown together with a "_" after the password word
        ("op de admin-pagina staat wachtwoord qT_VwRXkbNmZpA nog steeds", "qT_VwRXkbNmZpA"),
    ],
)
def test_a_password_given_in_these_layouts_is_found(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        "password required\npassword_file /etc/mosquitto/passwd\n",
        "auth_password ${SMTP_PASSWORD}\n",
        "Forgot it? Use https://portal.lan/reset-password?user=me to start again.",
        "The password for server01 expired yesterday, ticket 4471 is open.",
    ],
)
def test_config_lines_and_links_that_hold_no_password_are_left_alone(text: str) -> None:
    assert of_type(text, E.SECRET) == []


def test_the_sentences_full_stop_after_a_command_line_password_is_not_the_passwords() -> None:
    text = "It works with curl -u anika:Vq7!rT2pLm. Thanks in advance."
    assert of_type(text, E.SECRET) == ["anika:Vq7!rT2pLm"]


def test_a_question_mark_inside_a_command_line_assignment_is_the_passwords() -> None:
    text = "Also PGPASSWORD=Falke!2291? psql -h 10.2.3.4 -U app fails from cron."
    assert "Falke!2291?" in of_type(text, E.SECRET)


def test_a_keys_sentence_full_stop_is_not_the_keys() -> None:
    text = "AWS_ACCESS_KEY_ID=AKIAZ7Q3M5X2L9R4T8B6, AWS_SECRET_ACCESS_KEY=Hq3/vZ8kL2+pR7mT1xW9nC4bY6dF0gJ5sA8eU3iO. O resto vem."
    assert "Hq3/vZ8kL2+pR7mT1xW9nC4bY6dF0gJ5sA8eU3iO" in of_type(text, E.SECRET)
    assert all(not s.endswith(".") for s in of_type(text, E.SECRET))


def test_a_hex_api_key_right_after_the_words_api_key_is_a_secret() -> None:
    text = "Sonarr api key 4f1c9e2b7a8d3c6e5f0a1b2c3d4e5f60 and the server moved to 192.168.4.20."
    assert "4f1c9e2b7a8d3c6e5f0a1b2c3d4e5f60" in of_type(text, E.SECRET)


def test_a_hex_digest_after_the_word_key_alone_is_not_a_secret() -> None:
    text = "The cache key 4f1c9e2b7a8d3c6e5f0a1b2c3d4e5f60 expired after an hour."
    assert of_type(text, E.SECRET) == []


# --- documentation samples and what is not the secret ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Can you decode the jwt.io example token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c for me?",
        "Write a test that logs in with password wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY and checks the banner.",
        "Our sample .env reads STRIPE_KEY=sk_live_… until someone fills it in.",
        "fstab: //nas/media /mnt/media cifs credentials=/etc/samba/.media-creds,uid=1000 0 0",
    ],
)
def test_documentation_samples_and_a_credentials_files_path_are_not_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []


def test_a_plain_password_in_a_url_keeps_its_user_name() -> None:
    text = "DATABASE_URL=postgres://app:Tr4in-Sp0tter@10.4.4.9:5432/app"
    assert "app:Tr4in-Sp0tter" in of_type(text, E.SECRET)


# --- cards ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Zapłaciłam kartą 4556 7375 8689 9855 12 marca, a paczki nadal nie ma.", "4556 7375 8689 9855"),
        ("Amex 3742 816100 01236 7 June, refund pending.", "3742 816100 01236"),
        ("Charged on 5425233430109903 14 Feb and again later.", "5425233430109903"),
    ],
)
def test_a_card_number_followed_by_a_day_is_found_without_the_day(text: str, card: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == [card]


def test_a_long_run_of_account_groups_is_not_cut_into_a_card() -> None:
    # a Polish account number written without its country code: 26 figures, no card inside it
    text = "Proszę o przelew na konto 61 1090 1014 0000 0712 1981 2874."
    assert of_type(text, E.CREDIT_CARD) == []


# --- logs: flow logs, loopback, multicast ---------------------------------------------------------------------------


def test_an_aws_flow_logs_account_and_fields_are_no_phone_or_card() -> None:
    text = ("Why are these rejected?\n2 500794038528 eni-07f3a1c9 81.2.69.142 10.0.3.17 51812 3389 6 1 60 1700000000 1700000060 REJECT OK\n"
            "2 120874839603 eni-07f3a1c9 81.2.69.160 10.0.3.17 44321 22 6 3 180 1700000000 1700000060 REJECT OK")
    types = {t for _, t in found(text)}
    assert E.PHONE not in types and E.CREDIT_CARD not in types
    assert of_type(text, E.IP_ADDRESS) == ["81.2.69.142", "10.0.3.17", "81.2.69.160", "10.0.3.17"]


@pytest.mark.parametrize(
    "text",
    [
        "resolv.conf says nameserver 127.0.0.53, and /etc/hosts maps 127.0.1.1 to the hostname.",
        "IP6 fe80::1c2d:3e4f:5a6b:7c8d.546 > ff02::1:2.547: dhcp6 solicit",
        "SSDP goes to 239.255.255.250 and mDNS to 224.0.0.251.",
    ],
)
def test_loopback_and_multicast_addresses_are_nobodys(text: str) -> None:
    assert [ip for ip in of_type(text, E.IP_ADDRESS) if not ip.startswith("fe80")] == []


# --- identity numbers -----------------------------------------------------------------------------------------------


def test_a_forms_all_zero_identity_number_is_a_placeholder() -> None:
    assert of_type('O modelo mostra o CPF 000.000.000-00 no campo "documento".', E.NATIONAL_ID) == []


def test_a_real_cpf_is_still_an_identity_number() -> None:
    assert "529.982.247-25" in of_type("Meu CPF é 529.982.247-25, pode conferir?", E.NATIONAL_ID)


# --- dates ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "etype"),
    [
        ("Līgums sākas 2026. gada 3. februārī, īre jāmaksā līdz 10. datumam.", "2026. gada 3. februārī", E.DATE),
        ("Meita Laura, dzimusi 2015. gada 19. jūlijā, sāks skolu.", "2015. gada 19. jūlijā", E.DATE_OF_BIRTH),
        ("Nuomos pradžia 2025 m. spalio 14 d., depozitas sumokėtas.", "2025 m. spalio 14 d.", E.DATE),
        ("Sūnus gimęs gegužės 2 d., lanko darželį.", "gegužės 2 d.", E.DATE_OF_BIRTH),
        ("Срещата е на 18 ноември 2025 в офиса.", "18 ноември 2025", E.DATE),
        ("Подносилац: Милош Илић, датум рођења 9. децембар 1984, Ниш.", "9. децембар 1984", E.DATE_OF_BIRTH),
    ],
)
def test_dates_in_latvian_lithuanian_bulgarian_and_serbian_are_found(text: str, date: str, etype: E) -> None:
    assert date in of_type(text, etype)
