"""The fourteenth round, secrets by the grammar of where they stand (recognizers/passphrases.py): passphrases of
several words as a password key's quoted value, alone on a config line or told in a sentence; one plain word as an
indented config line's password; a random string as any key's value; credentials without a scheme (a Go DSN, a
proxy's userinfo, a Redis ACL's ">password", a password file's lines). And what stays alone: sentences about a
password, state words, public random ids, URI schemes. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a password key's quoted value with spaces: the quotes say where it ends
        ("vault kv put secret/ops/backup passphrase='lantern orchard velvet quarry'", "lantern orchard velvet quarry"),
        ('settings = {"smtp_password": "copper meadow tundra falcon", "port": 587}', "copper meadow tundra falcon"),
        ("gpg --batch --passphrase \"willow harbor cobalt\" -c backup.tar", "willow harbor cobalt"),
        ('$config["mot_de_passe"] = "sapin caillou lumière";', "sapin caillou lumière"),
        # alone to the end of a config line
        ("mail:\n  host: smtp.fastmail.com\n  password: granite otter saffron beacon\n", "granite otter saffron beacon"),
        ("[backup]\nrepo = /srv/borg\nBORG_PASSPHRASE = lagoon thistle pumpkin ember\n", "lagoon thistle pumpkin ember"),
        ("database:\n  benutzer: app\n  passwort: Tannenzapfen Wolke Brücke\n", "Tannenzapfen Wolke Brücke"),
        # one plain word, indented under a block: the service gets it as it is
        ("mqtt:\n  user: sensors\n  password: marmalade\n", "marmalade"),
        # told in a sentence
        ("The new wifi password is velvet cactus orbit, tell the guests.", "velvet cactus orbit"),
        ("Mein Passwort ist Wolke Tanne Brücke9.", "Wolke Tanne Brücke9"),
    ],
)
def test_a_passphrase_of_several_words_is_one_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("exporters:\n  otlp:\n    headers:\n      x-tenant-auth: Zq81LmPw0XcVn4BtY7uKe2RfHs9Dj3Ga\n", "Zq81LmPw0XcVn4BtY7uKe2RfHs9Dj3Ga"),
        ('{"integration": "pagerduty", "routing": "R0u7eKq2Lm9XzPw4Vb8Nc1Ty6Hs3Dj5G"}', "R0u7eKq2Lm9XzPw4Vb8Nc1Ty6Hs3Dj5G"),
        ("PUSHOVER_USER=uQ8k2Lm9XzPw4Vb8Nc1Ty6Hs3Dj5\n", "uQ8k2Lm9XzPw4Vb8Nc1Ty6Hs3Dj5"),
    ],
)
def test_a_random_string_as_any_keys_value_is_a_secret(text: str, secret: str) -> None:
    assert secret in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('db, err := sql.Open("mysql", "shop:Birch#4471@tcp(10.20.0.5:3306)/orders?parseTime=true")', "Birch#4471"),
        ('dsn := "reporter:Kx9@pl!ne@unix(/run/mysqld/mysqld.sock)/stats"', "Kx9@pl!ne"),
        ("export https_proxy=http://proxy.lan:3128  # old one was ops:Tr4vel-Mug@192.168.40.2:8080", "Tr4vel-Mug"),
        ("ACL SETUSER reporting on >Lk2#mQ9!vT ~stats:* +get", "Lk2#mQ9!vT"),
        ("user worker on >rWv8@Lp2!Qz ~jobs:* +@list\n", "rWv8@Lp2!Qz"),
        ("printf in chpasswd:\nmaja:Zebra!Kite7421\nolek:quartz-lemon-harbor88\n", "Zebra!Kite7421"),
        ("printf in chpasswd:\nmaja:Zebra!Kite7421\nolek:quartz-lemon-harbor88\n", "quartz-lemon-harbor88"),
    ],
)
def test_credentials_written_without_a_scheme_are_secrets(text: str, secret: str) -> None:
    assert any(secret in value for value in of_type(text, E.SECRET))  # (with its user, or alone)


@pytest.mark.parametrize(
    "text",
    [
        # sentences about a password, state words, stand-ins
        "Password: must be at least twelve characters long",
        "auth:\n  password: required\n  token: null\n",
        "The password is the same as before, so nothing changed.",
        'password = "your password here"',
        "smtp_password: change me\n",
        # public random ids under their names
        "commit: 9fA3kLm2Qx7Zp1Rt5Vb8Nc4Wd6Ye0Uh2\n",
        "request_id: Xk29LmQp7Vb3Nc8Ty1Hs6Dj4Gq0Wz5R\n",
        "playlist: PLx9Qk2Lm7Vb3Nc8Ty1Hs6Dj4Gq0W\n",
        # a camel-case name is no random string
        "handler: processIncomingPaymentWebhookEvent2\n",
        # a URI scheme before an address is no user, a time is no password line
        "write to mailto:ana@shop.example or call",
        "meeting:10:30am\n",
        "note:remember\n",
    ],
)
def test_sentences_state_words_and_public_ids_are_no_secrets(text: str) -> None:
    assert of_type(text, E.SECRET) == []
