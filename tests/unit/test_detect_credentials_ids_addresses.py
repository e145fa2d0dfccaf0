"""Credentials found by structure and context, ids by label and format, card
numbers beside prices, and more countries' address layouts. Each rule also leaves its look-alike alone."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def found(text: str, etype: E) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is etype]


# --- secrets ---------------------------------------------------------------------------------------

def test_a_long_aws_session_token_is_taken_whole() -> None:
    token = "IQoJb3JpZ2luX2VjE" + "Ab3+Xy9/Kq7Lm2Np4Rt6Vw8Zs1Ud3Fg5Hj" * 20
    assert found(f"[default]\naws_session_token = {token}\n", E.SECRET) == [token]


@pytest.mark.parametrize("key", [
    "dckr_pat_L_ak6J0kGODKdinZnLXicaBAg8W",
    "NTIwODM0MzU2MjU3MTcyMjUxMQ.z95j4G.ykpJHUGmnlZxVB4Nz6ghr0xCB6an_TfIPjQpAm",  # Discord bot token
    "dapi9b3c6381f00d8d8c1a220122d7407d5c-2",
])
def test_more_provider_token_formats(key: str) -> None:
    assert found(f"client.login('{key}')", E.SECRET) == [key]


def test_a_stripe_publishable_key_is_public() -> None:
    assert found("Stripe says the publishable key pk_live_51aeR4TurUtEhwp3tWhT65x5bMZHhRlSMG36AVLkm8UN1q is safe", E.SECRET) == []


def test_wordpress_define_pairs_and_env_lines_with_punctuation() -> None:
    salt = "x%F]y]nbbTN&e%Q<PQPG[$AvxcTPyUEO#u0*3L(ufZ07.Dz<n%P*t.{gtcRLksRZ"
    text = f"define( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', 'yodel-cactus-magnet' );\ndefine( 'AUTH_KEY', '{salt}' );"
    assert found(text, E.SECRET) == ["yodel-cactus-magnet", salt]
    django = "iu)xd14#s449g3pqs-*yn76)ap&b(^$4u4!-3x)btrz!c^b@j!"
    assert found(f"SECRET_KEY={django}\nDEBUG=False", E.SECRET) == [django]


def test_env_placeholders_are_left_alone() -> None:
    assert found("OPENAI_API_KEY=REPLACE_ME\nDB_PASSWORD=${DB_PASSWORD}\n", E.SECRET) == []
    assert found("GITHUB_TOKEN=xoxb-your-bot-token\nDATABASE_URL=postgres://localhost:5432/app_dev", E.SECRET) == []


def test_passwords_on_command_lines() -> None:
    assert found("+ docker login -u nlemaire -p dolphin-radish-tundra registry.initech.io", E.SECRET) == ["dolphin-radish-tundra"]
    assert found("503  mysql -u root -p'Pretzel5444*' shop", E.SECRET) == ["Pretzel5444*"]
    assert found("echo $TOKEN | docker login -u ci --password $REGISTRY_PASSWORD", E.SECRET) == []
    assert found("docker run -p 8080:80 nginx", E.SECRET) == []


def test_a_password_told_a_few_words_after_the_password_word() -> None:
    text = "I read my new Wi-Fi password out to Mikael on a Teams call: it's Verano2023!. Could that end up logged?"
    assert found(text, E.SECRET) == ["Verano2023!"]
    assert found("het wachtwoord van de gedeelde mailbox is nu radish-bramble-ember-gravel'. Hoe", E.SECRET) == [
        "radish-bramble-ember-gravel"]
    assert found("my bank made me pick a new password and i went with N3bul@34. is that strong?", E.SECRET) == ["N3bul@34"]


def test_words_near_a_password_word_are_not_passwords() -> None:
    assert found("Why does 'invalid username/password' appear? We run version 5.7.3+build.363.", E.SECRET) == []
    assert found("Password managers are state-of-the-art and hash with argon2id or PBKDF2-HMAC-SHA256.", E.SECRET) == []


def test_a_yaml_value_keeps_its_final_full_stop() -> None:
    assert found("wifi_password: Mariposa7651.\nnotify_email: x", E.SECRET) == ["Mariposa7651."]


def test_a_json_escaped_pem_key_keeps_its_final_newline_escape() -> None:
    pem = "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n"
    assert found(f'{{"private_key": "{pem}", "client_email": "x"}}', E.SECRET) == [pem]


def test_a_putty_key_file() -> None:
    ppk = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAIL\n"
           "Private-Lines: 1\nAAAAIGxq1hD3fK2mP9sT\nPrivate-MAC: 8f2a9c71e4b0d35a")
    assert found(f"my key file:\n{ppk}\nwhy won't it load?", E.SECRET) == [ppk]


def test_a_public_key_is_not_a_secret() -> None:
    assert found("# public key: age1d52ypgr5kch5edt8hqm4gfwyjv0pejws2ac6ysd2t8pwttepcu4vvlkf", E.SECRET) == []


# --- cards, SSNs, national ids -----------------------------------------------------------------------

def test_a_card_number_followed_by_a_price() -> None:
    assert found("charged my card 2535593374466146 €952.82 for a scratch", E.CREDIT_CARD) == ["2535593374466146"]
    assert found("charged my card 6554042030374457 567.04 EUR for a scratch", E.CREDIT_CARD) == ["6554042030374457"]


def test_an_unseparated_ssn_after_a_plural_cue() -> None:
    text = "The daycare wants both our SSNs. Mine is 790-20-9662 and Cerys's is 201704731; we married"
    assert found(text, E.US_SSN) == ["790-20-9662", "201704731"]


@pytest.mark.parametrize("text, value", [
    ("LOCATÁRIO: BRUNO DE SOUZA, documento 00.118.630-9, residente em", "00.118.630-9"),
    ("mándame copia del DNI (BSL134614) y la última nómina", "BSL134614"),
    ("Versichertennummer: CA08452JD. Geburtsdatum: 7.3.42.", "CA08452JD"),
    ("Rijksregisternummer 90.01.07-539.81 staat op de kaart", "90.01.07-539.81"),  # Belgian, by checksum
    ("el DNI 46.952.882-S caduca", "46.952.882-S"),
    ("licence RAMSB951210S99YL", "RAMSB951210S99YL"),
])
def test_national_ids_by_label_and_format(text: str, value: str) -> None:
    assert found(text, E.NATIONAL_ID) == [value]


def test_ids_under_an_id_column_of_a_table() -> None:
    text = "name;passport/ID;date of birth\nGeertje Dijkstra;ZX69V5909;Feb 10, 1987\nMaarten Kuipers;BHMTDT6W2;2-Aug-1976"
    assert found(text, E.NATIONAL_ID) == ["ZX69V5909", "BHMTDT6W2"]


def test_a_date_after_a_document_word_is_not_an_id() -> None:
    assert found("the document number 2024-05-11 was on the form", E.NATIONAL_ID) == []
    assert found("invoice;amount;due\nA-1;300;2024-05-01", E.NATIONAL_ID) == []


# --- addresses ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("address", [
    "Chemin de la Fontaine 17, CH-1400 Yverdon-les-Bains",
    "Rue de la Fontaine 22 bte 11, 6700 Arlon",
    "H.No. 3-2-820/8, Gangapur Road, Siliguri - 734217",
    "169, 3rd Cross, 7th Main, Ashok Nagar, Guntur 522623",
    "Flat No. 1103, Green Valley Apartments, Model Town, Guntur, Andhra Pradesh 522410",
    "6758 nw 64th st #763, missoula, mt 59864",
    "Avda. de Colón 157, esc. izda, 8º, 24999 Ponferrada",
    "Via XX Settembre 46, scala C, int. 12, 44121 Ferrara (FE)",
    "Tannenring 77, 3. Stock links, D-35367 Gießen",
    "Havikdreef 193-hs\n9482 XB Assen",
    "ul. Polna 82/58\n35-225 Rzeszów",
    "Heidegasse 40/4/11, 9500 Villach",
    "Drottninggatan 77, lgh 1402, 585 74 Linköping",
    "45 Kookaburra Ct\nCAIRNS QLD 4870",
    "P.zza Vittorio Veneto 6 - 33100 Udine UD",
])
def test_more_address_layouts(address: str) -> None:
    assert found(f"Please send it to {address}.\nThanks", E.ADDRESS) == [address]


def test_address_look_alikes() -> None:
    assert found("We shipped version 2.1, 585 74 items in total", E.ADDRESS) == []
    assert found("The bus 5 leaves from the station at 9", E.ADDRESS) == []
