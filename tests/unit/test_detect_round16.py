"""The sixteenth round. Ciphertext is made to be handed around: the body of an encrypted envelope whose header names it
(an Ansible vault, an armoured OpenPGP or age message, a sops value) is no secret, its key is. Patterns and rules,
and the token tagger where it made the guess."""

from __future__ import annotations

import functools

from llmvpn.privacy.detect import build_detector
from llmvpn.privacy.recognizers import negatives
from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


@functools.cache
def _tagged():
    return build_detector(use_ner=False, use_token_tagger=True)


def _secrets_with_tagger(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _tagged().detect(text) if s.type is E.SECRET]


_VAULT_BODY = "\n".join((
    "3139626130316466356235383561306432386432356436376436356166376162303862326239386131",
    "6563396466363736623936306637373162383530656230650a643635363230363339323562616439",
    "38346363393362353766353736663965333766303230373765323233636631336261623462373230",
    "3262306436633335310a",
))


def test_an_ansible_vaults_hex_body_is_ciphertext_not_a_secret() -> None:
    text = f"Can I push secrets.yml to the public repo? It reads\n$ANSIBLE_VAULT;1.1;AES256\n{_VAULT_BODY}\nThanks."
    assert _secrets_with_tagger(text) == []


def test_a_vault_inline_under_a_yaml_tag_is_ciphertext_too() -> None:
    body = "\n".join("          " + line for line in _VAULT_BODY.split("\n"))
    text = f"db_password: !vault |\n          $ANSIBLE_VAULT;1.2;AES256;prod\n{body}\nwhy does ansible-lint complain?"
    assert _secrets_with_tagger(text) == []


def test_the_vaults_password_beside_its_ciphertext_is_still_a_secret() -> None:
    text = (f"$ANSIBLE_VAULT;1.1;AES256\n{_VAULT_BODY}\n"
            "and ~/.vault_pass contains `ember_quartz_lagoon_88`, is that enough?")
    assert "ember_quartz_lagoon_88" in _secrets_with_tagger(text)


def test_the_same_hex_lines_without_an_envelope_header_are_not_passed_over() -> None:
    assert negatives.sealed_ranges(f"key material:\n{_VAULT_BODY}") == []


def test_an_armoured_pgp_message_and_an_age_file_are_sealed() -> None:
    pgp = "-----BEGIN PGP MESSAGE-----\n\nhQEMA9x2Vb1kQ7FZAQf+Kq3yW0Lm\nV7pTz1R8uXcN0bQ==\n=Xy8K\n-----END PGP MESSAGE-----"
    age = "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgy\n-----END AGE ENCRYPTED FILE-----"
    for block in (pgp, age):
        text = f"What does this decrypt to?\n{block}\n"
        (start, end), = negatives.sealed_ranges(text)
        assert "BEGIN" not in text[start:end] and text[start:end].strip()


def test_a_sops_value_is_sealed_but_its_key_name_is_not() -> None:
    text = "api_token: ENC[AES256_GCM,data:q8Zl0Yx3mT2p,iv:Vn4kR8sQ1wE=,tag:Jp0cX7aB3dF=,type:str]"
    (start, end), = negatives.sealed_ranges(text)
    assert text[start:end].startswith("AES256_GCM,data:") and text[end] == "]"


def test_an_encrypted_private_key_is_no_envelope() -> None:
    text = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI\n-----END ENCRYPTED PRIVATE KEY-----"
    assert negatives.sealed_ranges(text) == []
    assert of_type(text, E.SECRET) != []


# An SSN's shape written as a mask says what the text's bare nine-figure numbers are.

def test_a_spreadsheet_mask_in_the_ssns_shape_names_the_bare_numbers_ssns() -> None:
    text = 'My formula =TEXT(C7,"000-00-0000") turns 512448903 into the right form but not 087320416. Why?'
    assert of_type(text, E.US_SSN) == ["512448903", "087320416"]


def test_a_form_mask_of_hashes_or_xs_does_the_same() -> None:
    assert of_type("Input mask is ###-##-#### and the user typed 512448903 without dashes.", E.US_SSN) == ["512448903"]
    assert of_type("Field format XXX-XX-XXXX; row 4 holds 512448903", E.US_SSN) == ["512448903"]


def test_without_a_mask_a_bare_nine_figure_number_is_still_no_ssn() -> None:
    assert of_type("Order 512448903 shipped on Monday, format 000-00 for the bins.", E.US_SSN) == []
    assert of_type("Part 512448903 fits slot 123-45-67890.", E.US_SSN) == []


# Keys named in the languages that inflect the word, told with their "is"; a key after the API's name in brackets;
# a key handed as a link's path segment after one naming it.

def test_an_inflected_key_word_and_its_languages_is_cue_a_hex_key() -> None:
    key = "7c1e0b9a44d2f86e3a5b0c9d8e7f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b"
    assert of_type(f"Hej, API-nøglen i .env er {key}, virker den?", E.SECRET) == [key]
    assert of_type(f"Och API-nyckeln är {key}.", E.SECRET) == [key]
    assert of_type(f"Der Schlüssel ist {key}.", E.SECRET) == [key]


def test_a_key_word_before_a_files_name_still_reaches_its_value() -> None:
    assert of_type("the token in settings.toml: Vq8LmZ2xR7pT4kNw9sYb3c", E.SECRET) == ["Vq8LmZ2xR7pT4kNw9sYb3c"]


def test_a_digest_told_with_a_foreign_is_stays_a_digest() -> None:
    digest = "7c1e0b9a44d2f86e3a5b0c9d8e7f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b"
    assert of_type(f"Die SHA-256-Prüfsumme vom Schlüssel ist {digest}.", E.SECRET) == []


def test_a_key_in_brackets_after_the_apis_name_is_the_apis_key() -> None:
    key = "9A0C44E1B7F2D3C5A6B8E9F0D1C2B3A4"
    assert of_type(f"The thermostat's cloud API (key {key}) answers 401 since Tuesday.", E.SECRET) == [key]


def test_key_alone_before_a_hex_string_is_still_no_key() -> None:
    assert of_type("Sort on the partition key 9A0C44E1B7F2D3C5A6B8E9F0D1C2B3A4 first.", E.SECRET) == []


def test_a_links_segment_after_one_named_key_or_token_is_the_credential() -> None:
    text = "The garage hook https://hooks.example-iot.net/trigger/gate_open/with/key/bT7xQm2LpZ9vKw4sRn8YdE stopped."
    assert of_type(text, E.SECRET) == ["bT7xQm2LpZ9vKw4sRn8YdE"]
    assert of_type("GET https://bot.example.org/api/token/Qm8ZxT4pLw9RkV2sNd7c/sendMessage", E.SECRET) == ["Qm8ZxT4pLw9RkV2sNd7c"]


def test_a_links_segment_after_key_that_is_a_word_is_no_credential() -> None:
    assert of_type("See https://docs.example.com/guide/key/rotating-your-keys-safely for how.", E.SECRET) == []


# A setting named as a public identifier holds no secret.

def test_public_keys_and_client_or_merchant_ids_are_not_secrets_but_their_twins_are() -> None:
    text = ("ACME_PAY_PUBLIC_KEY=pk_7GfQ2xLm9RtZ4vKp\nACME_PAY_MERCHANT_ID=Hq4Lp8Zt2Wx6Vb\n"
            "ACME_PAY_SECRET_KEY=sk_Tz8Qm4Lx2Vr9Kp6Wn3Yb5Hc\nOAUTH_CLIENT_ID=b81c9e2f0a7d4c63e5f1\n"
            "OAUTH_CLIENT_SECRET=Zr7Xk2Pq9Lm4Vt8Wb6Nc3Hy\n")
    assert of_type(text, E.SECRET) == ["sk_Tz8Qm4Lx2Vr9Kp6Wn3Yb5Hc", "Zr7Xk2Pq9Lm4Vt8Wb6Nc3Hy"]


def test_a_public_setting_in_json_or_yaml_is_passed_over_too() -> None:
    assert negatives.public_setting_values('{"publishableKey": "pk_live_51HqZt2", "clientId": "a8f3k2"}') != []
    assert negatives.public_setting_values("recaptcha:\n  site_key: 6LcQx2AaAAAAAJt7") != []
    assert negatives.public_setting_values("client_secret: Zr7Xk2Pq9Lm4Vt8W") == []


# A link's path into a collection of people, to one of them, is that person's page.

def test_a_link_to_one_participant_or_player_is_someones_page() -> None:
    text = "Post the results: Ama Owusu (https://results.example-timing.com/48213/participants/0917) ran 1:29."
    assert of_type(text, E.URL) == ["https://results.example-timing.com/48213/participants/0917"]
    assert of_type("add https://www.esports-hub.gg/de/players/zed_77 to the roster", E.URL) == [
        "https://www.esports-hub.gg/de/players/zed_77"]


def test_the_collection_itself_or_a_page_about_it_is_no_ones() -> None:
    assert of_type("the list is at https://www.example-league.org/players/ now", E.URL) == []
    assert of_type("read https://www.uni-example.edu/students/guide first", E.URL) == []


# A record's town field in a form's other layouts: boxed after its label, a link's query parameter, an X12 N4 segment.

def test_a_town_boxed_after_its_label_is_a_place() -> None:
    text = "Address [27 ORCHARD ROW] City [SPRINGFIELD] State [IL] ZIP [62704]"
    assert of_type(text, E.LOCATION) == ["SPRINGFIELD"]


def test_a_town_in_a_links_query_prefixed_by_its_record_is_a_place() -> None:
    text = ("My booking link fails: https://forms.example-clinic.net/submit?billing_street=27+Orchard+Row"
            "&billing_city=Ann+Arbor&billing_zip=48104")
    assert of_type(text, E.LOCATION) == ["Ann+Arbor"]


def test_a_query_key_that_merely_ends_like_a_town_word_is_no_town() -> None:
    assert of_type("My report link: https://shop.example.net/list?sort=asc&capacity=Large", E.LOCATION) == []


def test_an_x12_n4_segments_town_is_a_place() -> None:
    text = "NM1*IL*1*OKAFOR*CHIDI~\nN3*27 ORCHARD ROW~\nN4*ANN ARBOR*MI*48104~\nDMG*D8*19800101*F~"
    assert of_type(text, E.LOCATION) == ["ANN ARBOR"]


def test_a_box_or_a_query_parameter_without_a_town_is_left() -> None:
    assert of_type("Sort by [city] then [town ] please", E.LOCATION) == []
    assert of_type("GET /api/v2/stores?city=&limit=20", E.LOCATION) == []


# URL-encoded form data outside a link carries the same fields as a link's query.

_FORM = ("Why did this webhook fail?\namount=12.50&buyer_email=kemi.adebayo%40example-mail.ng&first_name=Kemi"
         "&last_name=Adebayo&billing_street=8+Marula+Close&billing_city=Ibadan&contact_phone=%2B234+803+555+0147"
         "&order_ref=QX77812")


def test_a_form_bodys_contact_fields_are_found_encoded() -> None:
    assert of_type(_FORM, E.EMAIL) == ["kemi.adebayo%40example-mail.ng"]
    assert of_type(_FORM, E.PHONE) == ["%2B234+803+555+0147"]
    assert of_type(_FORM, E.ADDRESS) == ["8+Marula+Close"]


def test_a_form_bodys_name_and_town_fields_are_found() -> None:
    assert of_type(_FORM, E.PERSON) == ["Kemi", "Adebayo"]
    assert of_type(_FORM, E.LOCATION) == ["Ibadan"]


def test_a_things_name_or_a_count_in_a_form_body_is_no_one() -> None:
    text = "My cart posts item_name=Garden+Hose&quantity=2&capacity=Large&sort=asc"
    assert of_type(text, E.PERSON) == [] and of_type(text, E.LOCATION) == [] and of_type(text, E.ADDRESS) == []


# The party a request to write to someone names right before the colon that opens the letter's matter.

def test_a_firm_named_before_the_colon_of_a_request_to_write_to_it_is_an_organisation() -> None:
    assert of_type("Write a lost-property notice for Harbourmouth Rowing Club: I left my oar on the slip.",
                   E.ORGANIZATION) == ["Harbourmouth Rowing Club"]
    assert of_type("Schreib eine Mail an den Kegelverein Altstadt Nord: Ich möchte austreten.",
                   E.ORGANIZATION) == ["Kegelverein Altstadt Nord"]


def test_two_words_are_taken_only_with_a_firms_sign_in_them() -> None:
    assert of_type("Napisz maila do przychodni NZOZ Zdrowie: proszę o przesunięcie wizyty córki, PESEL 90010112345.", E.ORGANIZATION) == ["NZOZ Zdrowie"]
    assert of_type("Write an email to Marisol Okafor: thank her for the flowers.", E.ORGANIZATION) == []


def test_a_request_that_is_not_for_a_letter_or_runs_over_a_sentence_names_no_firm() -> None:
    assert of_type("Summarise this article about Northern Lights Tourism Board: keep it short.", E.ORGANIZATION) == []
    assert of_type("Cover letter to the Secretary of State. Me: a teacher from Ohio.", E.ORGANIZATION) == []


def test_a_vault_quoted_whole_in_backticks_is_ciphertext_to_its_last_line() -> None:
    text = f"Can I commit this? It only holds `$ANSIBLE_VAULT;1.1;AES256\n{_VAULT_BODY}` Thanks!"
    (start, end), = negatives.sealed_ranges(text)
    assert text[start:end].strip() == _VAULT_BODY
    assert _secrets_with_tagger(text) == []


# A date in a prompt that speaks of no one is the world's, as a place or a firm there is.

def test_a_date_asked_about_as_history_is_no_ones() -> None:
    assert of_type("What happened in Berlin on 9 November 1989, and why did it matter?", E.DATE) == []
    assert of_type("¿Qué ocurrió el 20 de julio de 1969 en la misión Apolo 11?", E.DATE) == []


def test_a_date_in_a_prompt_about_the_writer_stays() -> None:
    assert of_type("My son was admitted to hospital on 9 November 2025, can I claim the leave?", E.DATE) != []


def test_a_birth_date_read_inside_a_historical_date_goes_with_it() -> None:
    from llmvpn.privacy.spans import Span
    text = "Explain what happened on 9 November 1989 for a class."
    at = text.index("9 November")
    spans = [Span(at, at + 15, E.DATE, 0.75), Span(at + 2, at + 15, E.DATE_OF_BIRTH, 0.5)]
    assert negatives.drop_generic_mentions(text, spans) == []


def test_a_deadline_in_figures_or_a_fact_told_is_not_history() -> None:
    assert of_type("Needs to be filed before 14.03.2026. can it go by post?", E.DATE) == ["14.03.2026"]
    assert of_type("The tenancy ends on 31 March 2027.", E.DATE) == ["31 March 2027"]


# A card number misread by a scanner, a letter for the figure it looks like.

def test_a_card_misread_with_a_letter_for_a_figure_is_still_the_card() -> None:
    text = "The OCR read my card as 4539 1488 O343 6467, what did it mean?"
    assert of_type(text, E.CREDIT_CARD) == ["4539 1488 O343 6467"]
    assert of_type("Card on the slip scanned as 3714 49635 398431?", E.CREDIT_CARD) == []
    assert of_type("Amex card scanned as 3714 4963S3 98431 or 3714 496353 9843l", E.CREDIT_CARD) == ["3714 496353 9843l"]


def test_a_misread_number_without_a_card_word_or_failing_luhn_is_left() -> None:
    assert of_type("Serial 4539 1488 O343 6467 on the router label", E.CREDIT_CARD) == []
    assert of_type("The OCR read my card as 4539 1488 O343 6468", E.CREDIT_CARD) == []


# A code on the lines of a lock's log, and a keys' code, opens a door.

def test_a_code_in_a_smart_locks_log_is_the_doors_code() -> None:
    text = "Журнал на смарт ключалката:\n03.02.2026 18:40 код 7391 (гост)\n04.02.2026 10:02 заключено"
    assert of_type(text, E.SECRET) == ["7391"]
    assert of_type("Akıllı kilit kaydı: 12.01.2026 08:15 tuş takımı, kod 5207", E.SECRET) == ["5207"]


def test_the_keys_code_for_a_room_is_a_secret() -> None:
    assert of_type("can you send the keys code for the studio, it was 862514 last month", E.SECRET) == ["862514"]


def test_a_code_without_a_lock_is_left() -> None:
    assert of_type("Error code 4012 when the printer starts", E.SECRET) == []
    assert of_type("Error code 4012 in block 7 of the log", E.SECRET) == []
    assert of_type("The lock screen shows error code 4012 after the update", E.SECRET) == []


# A form's name fields boxed after their labels, as a form filled in by hand is typed out.

def test_names_boxed_after_their_labels_are_a_persons() -> None:
    text = "Typed from the paper form:\nFirst name and middle initial [MARISOL K] Last name [OYELARAN]\nZIP [30312]"
    assert of_type(text, E.PERSON) == ["MARISOL K", "OYELARAN"]
    assert of_type("Surname [Lindqvist] Forename [Astrid]", E.PERSON) == ["Lindqvist", "Astrid"]


def test_a_box_after_a_name_word_that_holds_a_type_or_nothing_is_no_one() -> None:
    assert of_type("Last name [string] first name [ ]", E.PERSON) == []
    assert of_type("Rename [file] to [other]", E.PERSON) == []


# A line's label, right before its colon and a record's value, is the field's name, however a rule or a guess read it.

def test_a_rosters_role_labels_are_no_ones_names() -> None:
    text = "Team sheet:\nCapitán: Joaquín Ferreyra, +54 9 11 5555 0199\nPortero: Bruno Anselmi, nac. 1994-02-11"
    persons = [text[s.start : s.end] for s in _tagged().detect(text) if s.type is E.PERSON]
    assert "Joaquín Ferreyra" in persons and "Capitán" not in persons and "Portero" not in persons


def test_a_chat_speaker_who_names_someone_stays_a_speaker() -> None:
    assert "Odalys" in of_type("Group chat:\nOdalys: Teodoro, call me at 5 ok?\nTeodoro: sure", E.PERSON)


def test_is_line_label_reads_the_record_after_the_colon() -> None:
    from llmvpn.privacy.recognizers import names
    text = "Roster\nKeeper: Mo Salah, b. 1992-06-15\nAnna: see you at 5"
    assert names.is_line_label(text, text.index("Keeper"), text.index("Keeper") + 6)
    assert not names.is_line_label(text, text.index("Anna"), text.index("Anna") + 4)


# The identifier of a thing or a business names no one.

def test_a_things_or_a_businesss_identifier_is_no_phone_or_id() -> None:
    assert found_types("The shop's EIN 47-3921865 is on the invoice") == set()
    assert found_types("The yacht's MMSI 235098761 is registered") == set()
    assert found_types("Meter MPAN 1200023456789 was swapped") == set()


def test_a_persons_number_beside_a_things_is_still_found() -> None:
    assert "US_SSN" in found_types("SSN 536-22-8194, and the firm's EIN 47-3921865")


def found_types(text: str) -> set[str]:
    return {s.type.value for s in _tagged().detect(text)}


def test_germans_ein_is_no_employers_ein() -> None:
    assert found_types("Ruf an, ich habe ein 0176 1234567 für dich") == {"PHONE"}


def test_someone_of_the_writers_in_a_role_is_no_firm() -> None:
    text = "Bitte schreib eine Nachricht an unseren Gärtner Lorenz Haberl: Der Schlüssel liegt unter der Matte."
    assert of_type(text, E.ORGANIZATION) == []


# A date with its hour and minutes is a moment, in either order of the date's parts.

def test_a_day_first_date_with_its_hour_is_no_phone() -> None:
    text = "Door log:\n14.03.2026 07:45 keypad, guest\n15/03/2026 22:10 app"
    assert of_type(text, E.PHONE) == []
    assert of_type(text, E.DATE) == ["14.03.2026", "15/03/2026"]


# A local event named by its town, which the writer takes part in, places the writer there.

def test_the_town_that_names_the_writers_race_or_meetup_is_a_place() -> None:
    text = "Fill in the medical form for the Ballymena half marathon: I'm Orla Devlin, born 1988."
    assert of_type(text, E.LOCATION) == ["Ballymena"]
    assert of_type("Ik liep gisteren de halve marathon van Deventer, mijn tijd was 1:52.", E.LOCATION) == ["Deventer"]


def test_an_event_without_a_towns_name_or_a_famous_race_asked_about_is_no_place() -> None:
    assert of_type("I ran my first marathon last year and loved it", E.LOCATION) == []
    assert of_type("Who won the Boston Marathon in 2019?", E.LOCATION) == []


# A person's name inside a firm's name is the firm's when the rest of it shows a firm.

def test_surnames_in_a_firms_name_do_not_split_the_firm() -> None:
    from llmvpn.privacy.detect import _names_within_firms
    from llmvpn.privacy.spans import Span
    text = "My employer is Okonkwo & Levesque LLP since March."
    firm = Span(text.index("Okonkwo"), text.index(" since"), E.ORGANIZATION, 0.65)
    person = Span(text.index("Okonkwo"), text.index(" &"), E.PERSON, 0.7)
    assert _names_within_firms(text, [firm, person]) == [firm]
    text = "Papers from St Brigid's Hospital Tralee list the wrong date."
    firm = Span(text.index("St "), text.index(" list"), E.ORGANIZATION, 0.65)
    person = Span(text.index("Brigid"), text.index("'s"), E.PERSON, 0.7)
    assert _names_within_firms(text, [firm, person]) == [firm]


def test_a_run_without_a_firms_sign_keeps_its_person() -> None:
    from llmvpn.privacy.detect import _names_within_firms
    from llmvpn.privacy.spans import Span
    text = "Employer: Amara Nwosu, 12 Baobab Street"
    firm = Span(text.index("Amara"), text.index(","), E.ORGANIZATION, 0.7)
    person = Span(text.index("Amara"), text.index(" Nwosu"), E.PERSON, 0.65)
    assert person in _names_within_firms(text, [firm, person])


def test_a_person_of_a_firm_stays_a_person() -> None:
    from llmvpn.privacy.detect import _names_within_firms
    from llmvpn.privacy.spans import Span
    text = "surveyed by Ines Dalca of Harrow Roofing & Guttering last week"
    firm = Span(text.index("Ines"), text.index(" last"), E.ORGANIZATION, 0.65)
    person = Span(text.index("Ines"), text.index(" of"), E.PERSON, 0.7)
    assert person in _names_within_firms(text, [firm, person])
