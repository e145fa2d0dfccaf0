"""The fifteenth round, secrets: a seed phrase known by its words (the BIP-39 list) in any language or with no name
at all; an app password's four groups of four letters; a lock's or a box's code in Italian, for a parcel box, as a
safe's "combo" or as a record's "pin" key; curl's "-u user:password" as one pair; HubSpot and Buildkite tokens;
Cloudflare's tunnel token; the line a console printed for a secret's name; OpenVPN's auth file; a KeePass entry's
password element; backup codes under a sentence or in Polish; a session value in a copied cookie table; the answer
to a security question. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type

SEED = "immune ladder squirrel kitchen estate crystal trophy ribbon album pepper gesture humble"


@pytest.mark.parametrize(
    "text",
    [
        f"取引所のサポートを名乗る人に復元フレーズを聞かれました：{SEED}。詐欺ですか？",
        f"Поддержка биржи попросила мою сид-фразу: {SEED}. Я отправил.",
        f"O suporte pediu minha frase de recuperação: {SEED}. É golpe?",
        f"OCR gave me this. Is it readable enough to restore?\n1-6: {SEED}\nThanks",
    ],
)
def test_twelve_words_of_the_seed_list_are_a_seed_phrase_in_any_language(text: str) -> None:
    assert of_type(text, E.SECRET) == [SEED]


@pytest.mark.parametrize(
    "text",
    [
        "please review these words carefully before sending them over because every detail counts here",
        "apple banana orange lemon, mango kiwi grape melon, peach cherry plum pear",  # commas part a list
        "la casa nueva tiene muchas ventanas grandes pero ninguna puerta trasera para salir",
    ],
)
def test_prose_and_comma_lists_are_no_seed_phrase(text: str) -> None:
    assert of_type(text, E.SECRET) == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("SMTP設定が通りません。\nアプリパスワード: fpsl etpk ufji gskh\nサーバー: smtp.gmail.com:587", "fpsl etpk ufji gskh"),
        ("user zainodd@gmail.com\npassword grqp adxz uysf ifiq\n\nWhy 'authentication failed'?", "grqp adxz uysf ifiq"),
    ],
)
def test_an_app_passwords_four_groups_are_one_secret(text: str, secret: str) -> None:
    assert of_type(text, E.SECRET) == [secret]


def test_four_words_of_four_letters_after_password_are_prose() -> None:
    assert of_type("The password must have four more characters, says the form.", E.SECRET) == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lascio le chiavi a Marta il 3 febbraio. Codice dell'allarme 3144. Scrivi un messaggio.", "3144"),
        ("Medicare card on file. Leave meds in the parcel box, code 398730. Rewrite it for the driver.", "398730"),
        ("Bank login saved.\nSafe combo: 367323\nThanks!", "367323"),
        ('{"number": "4678670169101840", "expMonth": "7", "pin": "9401"} Thank you', "9401"),
    ],
)
def test_the_code_of_an_alarm_a_box_a_safe_or_a_records_pin_is_secret(text: str, code: str) -> None:
    assert code in of_type(text, E.SECRET)


@pytest.mark.parametrize(
    "text",
    [
        'config: {"pin_length": "6", "door_code_digits": "4"}',
        "The parcel box holds 2000 parcels a day, says the courier.",
        "Error code 404 on the alarm panel page.",
    ],
)
def test_settings_and_counts_beside_those_words_are_no_code(text: str) -> None:
    assert of_type(text, E.SECRET) == []


def test_curls_user_and_password_go_as_one_pair_but_an_email_user_stays_an_email() -> None:
    assert of_type("+ curl -u deploy:8wL5s7ngTgE6VAtGwl7~ https://registry.internal.io/v2/", E.SECRET) == [
        "deploy:8wL5s7ngTgE6VAtGwl7~"]
    assert of_type("curl -u ana@x.pt:Xy7pq88a https://h.example", E.SECRET) == ["Xy7pq88a"]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ('[{"key":"hubspot","value":"pat-na1-d38c244c-2d4a-95f5-e005-b05b8c21c387"}]', "pat-na1-d38c244c-2d4a-95f5-e005-b05b8c21c387"),
        ("Buildkite token leaked: bkua_2b7b2aec13f9665b228d60f436c2e297ae0dcb5b. Also", "bkua_2b7b2aec13f9665b228d60f436c2e297ae0dcb5b"),
        ("sudo cloudflared service install DvwMFVGXzPwgdhkhsmUjatbuiuWqcC3dGQdX8zQBn5I=. And", "DvwMFVGXzPwgdhkhsmUjatbuiuWqcC3dGQdX8zQBn5I="),
    ],
)
def test_vendor_tokens_and_a_tunnels_install_token_are_secrets(text: str, token: str) -> None:
    assert of_type(text, E.SECRET) == [token]


def test_a_uuid_after_pat_without_a_region_is_no_hubspot_token() -> None:
    assert of_type("pat-d38c244c-2d4a-95f5-e005-b05b8c21c387 is the pattern id", E.SECRET) == []


def test_what_a_console_printed_for_a_secrets_name_is_the_secret() -> None:
    text = ">>> print(userdata.get('COHERE_KEY'))\nCGbRBya2zZ51CM4DhEH4SAYiFXPoEi64jVWskGF8\nHow do I hide outputs?"
    assert of_type(text, E.SECRET) == ["CGbRBya2zZ51CM4DhEH4SAYiFXPoEi64jVWskGF8"]


def test_a_printed_name_is_no_secret() -> None:
    assert of_type(">>> print(api_key_name)\nOPENAI_API_KEY_PRODUCTION\nok", E.SECRET) == []


def test_an_openvpn_auth_files_second_line_is_the_password() -> None:
    text = "OpenVPN auth file from my provider:\nmokoena.shireen@mweb.co.za\nCe0YOH?Kehuvi\nHow do I use it with auth-user-pass?"
    assert of_type(text, E.SECRET) == ["Ce0YOH?Kehuvi"]


def test_an_openvpn_configs_directives_are_no_password() -> None:
    assert of_type("my client.ovpn:\nclient\nnobind\npersist-key\nauth-user-pass creds.txt\nverb 3", E.SECRET) == []


def test_a_keepass_entrys_password_element_is_the_password_whole() -> None:
    text = "<String><Key>Password</Key><Value>-aekHxJ*GPHxHFX</Value></String><String><Key>URL</Key><Value>x</Value>"
    assert of_type(text, E.SECRET) == ["-aekHxJ*GPHxHFX"]


def test_a_keepass_entrys_title_is_no_secret() -> None:
    assert of_type("<String><Key>Title</Key><Value>Home router</Value></String>", E.SECRET) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (("My 2FA backup codes for the password manager, please put them in a printable grid:\nT5WZ-OH0A-77MK\n"
          "up8m6g09sm\n2sz9-hsfn\nAccount: c@gmail.com"), "T5WZ-OH0A-77MK\nup8m6g09sm\n2sz9-hsfn"),
        ("Poczta,a@interia.pl\nKody zapasowe: SZ3Y-2ZLG-ANM9, 61089-20103. Które hasło zmienić?", "SZ3Y-2ZLG-ANM9, 61089-20103"),
    ],
)
def test_backup_codes_under_a_sentence_or_in_polish_are_secret(text: str, codes: str) -> None:
    assert codes in of_type(text, E.SECRET)


def test_a_sentence_about_backup_codes_that_goes_on_holds_none() -> None:
    assert of_type("The backup codes feature is documented here: see the guide.\nThen restart.", E.SECRET) == []


def test_a_session_value_in_a_copied_cookie_table_is_secret() -> None:
    text = "Name\tValue\n_session_id\t25f8c82c93a0dc4eb0b563cef85242a6397e2e7bb2043c26f8c8076afd8e3f05\nlang\ten-GB"
    assert of_type(text, E.SECRET) == ["25f8c82c93a0dc4eb0b563cef85242a6397e2e7bb2043c26f8c8076afd8e3f05"]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Bank app,,kristine.p,security answer: Marmalade1979,\nWhich ones look weak?", "Marmalade1979"),
        ("pp,,jacinta.h,security answer: Cinnamon-1208*,\nWhich ones look weak?", "Cinnamon-1208*"),
    ],
)
def test_a_security_questions_answer_is_secret(text: str, answer: str) -> None:
    assert of_type(text, E.SECRET) == [answer]


def test_a_question_about_security_answers_holds_none() -> None:
    assert of_type("What makes a good security answer? Mine are all too guessable.", E.SECRET) == []


def test_what_terraform_prints_for_a_hidden_value_is_no_secret() -> None:
    assert of_type("Terraform plan shows `+ password = (sensitive value)`. How does it decide?", E.SECRET) == []
