"""The seventeenth round. What a prompt holding no PII still gets flagged for: a number the sentence names as another
kind of number than a phone's, an identifier the writer calls public. Patterns and rules, and the token tagger where it
made the guess."""

from __future__ import annotations

import functools

from llmvpn.privacy.detect import build_detector
from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import found, of_type


@functools.cache
def _tagged():
    return build_detector(use_ner=False, use_token_tagger=True)


def _with_tagger(text: str, etype: E) -> list[str]:
    return [text[s.start : s.end] for s in _tagged().detect(text) if s.type is etype]


# --- a number the sentence names as another kind of number is not a phone ------------------------------------------

def test_a_bank_routing_number_is_no_phone_though_the_word_number_stands_by_it() -> None:
    text = "Is the ABA routing number 322271627 on my cheque something I can share with a landlord?"
    assert of_type(text, E.PHONE) == []
    assert _with_tagger(text, E.PHONE) == []


def test_a_unix_timestamp_is_no_phone() -> None:
    text = "What day is timestamp 1699883400 in Lisbon time?"
    assert _with_tagger(text, E.PHONE) == []


def test_a_barcode_named_after_its_number_is_no_phone() -> None:
    text = "Hoe lees ik het nummer 08712345678906 onder de streepjescode af?"
    assert _with_tagger(text, E.PHONE) == []


def test_a_number_named_as_a_national_id_that_fails_its_check_is_no_phone() -> None:
    text = "Why is the number 83021207311 rejected as a PESEL by the form?"
    assert _with_tagger(text, E.PHONE) == []


def test_an_imei_in_its_groups_is_a_devices_serial_without_its_name() -> None:
    text = "Was bedeutet 35-209900-176148-1 auf der Verpackung?"
    assert _with_tagger(text, E.PHONE) == []


def test_a_phone_word_before_the_number_keeps_it_a_phone_whatever_else_the_sentence_names() -> None:
    text = "Call me on 020 7123 4567 about the barcode scanner."
    assert of_type(text, E.PHONE) == ["020 7123 4567"]


def test_a_kind_named_in_another_clause_leaves_the_number_a_phone() -> None:
    text = "Dežurni: Ana Kovač, 01 4567 890, OIB na upit"
    assert of_type(text, E.PHONE) == ["01 4567 890"]


def test_a_number_set_aside_for_fiction_is_not_guessed_back_by_the_tagger() -> None:
    text = "Make up fake rows for a signup demo: name Tilly Brandt, phone 07700 900123, email tilly@example.org."
    assert _with_tagger(text, E.PHONE) == []


# --- an identifier the writer calls public is no secret ------------------------------------------------------------

def test_a_captcha_site_key_named_in_prose_is_no_secret() -> None:
    text = "The site key 6Ld9mQ4pAAAAAK3vTz0_bWq7NcXr2yHs-Jf8uLeD sits in our login page; should I rotate it?"
    assert _with_tagger(text, E.SECRET) == []


def test_a_public_token_in_brackets_is_no_secret() -> None:
    text = "Are public tokens (pk.eyJ1IjoibWFwcGVyIiwiYSI6ImNrZ3Q5In0.Xq3Vb7LmN2pR8sT4wY6zA1) fine to ship in the app?"
    assert _with_tagger(text, E.SECRET) == []


def test_a_secret_key_beside_a_public_one_is_still_found() -> None:
    text = "public key pk_test_9fQ2mZr7LxW3 and secret key sk_live_4eC39HqLyjWDarjtT1zdp7dc"
    assert "sk_live_4eC39HqLyjWDarjtT1zdp7dc" in _with_tagger(text, E.SECRET)


# --- a number the sentence names: more of how the kind is written ------------------------------------------------

def test_a_kind_glued_to_like_still_names_the_number() -> None:
    text = "Our form says the BSN-like value 123456780X is odd; is the number 111222333 a valid BSN?"
    assert of_type(text, E.PHONE) == []


def test_a_lower_case_word_that_spells_an_id_acronym_does_not_name_the_number() -> None:
    text = "Zadzwoń pod numer 512 345 678, nie odbieram po 20"
    assert of_type(text, E.PHONE) == ["512 345 678"]


def test_the_tail_of_a_long_iban_is_no_phone() -> None:
    text = "Is DE44 5001 0517 5407 3249 31 right, or should it be BE71 0961 2345 6769 1234 567?"
    assert of_type(text, E.PHONE) == []


def test_a_six_figure_helpline_guessed_by_the_tagger_is_a_service_not_a_subscriber() -> None:
    text = "If you are in crisis you can ring 116 123 at any hour. Which charities run it?"
    assert _with_tagger(text, E.PHONE) == []


# --- history told of someone known is not about the writer ---------------------------------------------------------

def test_the_towns_a_famous_person_moved_between_are_not_the_writers() -> None:
    text = "Why did Pablo Picasso move from Barcelona to Paris?"
    assert of_type(text, E.LOCATION) == []


def test_the_towns_the_writer_moved_between_stay_theirs() -> None:
    text = "I moved from Zurich to Princeton last spring and need a new GP."
    assert of_type(text, E.LOCATION) == ["Zurich", "Princeton"]


def test_a_day_and_month_in_a_question_about_a_public_figure_is_the_worlds() -> None:
    text = "Who was Alan Turing and why do people mark 23 June for him?"
    assert of_type(text, E.DATE) == []


def test_a_day_and_month_in_a_question_about_the_writer_stays() -> None:
    text = "Can you move my dentist appointment to 23 June?"
    assert of_type(text, E.DATE) == ["23 June"]


def test_a_date_read_without_its_old_year_is_still_history() -> None:
    text = "What happened on 14 October 1066 near Hastings? And what changed on 9 novembre 1799?"
    assert of_type(text, E.DATE) == []


# --- a Japanese address ends where the sentence's particle begins -------------------------------------------------

def test_a_japanese_address_keeps_its_building_and_room_before_a_particle() -> None:
    text = "〒150-0002 東京都渋谷区渋谷2丁目4-6 グランハイツ1204に住んでいます。"
    assert of_type(text, E.ADDRESS) == ["〒150-0002 東京都渋谷区渋谷2丁目4-6 グランハイツ1204"]


def test_a_number_and_the_words_after_it_are_no_address_without_an_address_mark() -> None:
    text = "注文番号#5550142の商品がまだ来ません。メールを書いてください。"
    assert _with_tagger(text, E.ADDRESS) == []


# --- what a number or a mailbox shows itself to be -----------------------------------------------------------------

def test_the_figures_a_mask_leaves_of_a_number_are_no_birth_year() -> None:
    text = "The statement shows the account as ****-****-1987 only; is that masking enough?"
    assert _with_tagger(text, E.DATE_OF_BIRTH) == []


def test_an_object_identifier_is_no_ip_address() -> None:
    text = "Which attribute is OID 2.5.4.10 in an X.509 subject?"
    assert of_type(text, E.IP_ADDRESS) == []


def test_an_address_beside_the_word_oid_elsewhere_is_still_an_ip() -> None:
    text = "The OID lookup failed; our SNMP agent at 10.4.7.21 is mine to fix."
    assert of_type(text, E.IP_ADDRESS) == ["10.4.7.21"]


def test_a_placeholder_mailbox_under_the_tld_spelt_out_is_nobodys() -> None:
    text = "Our style guide writes addresses as user@yourcompany.tld; is that clear enough?"
    assert of_type(text, E.EMAIL) == []


def test_a_guessed_japanese_address_ends_at_its_last_number_and_unit() -> None:
    text = "「山田花子です。〒150-0002 東京都渋谷区渋谷2丁目4-6 グランハイツ1204号室に住んでいます。電話：090-3333-4444」"
    assert _with_tagger(text, E.ADDRESS) == ["〒150-0002 東京都渋谷区渋谷2丁目4-6 グランハイツ1204号室"]


# --- a town kept in a record's own field -------------------------------------------------------------------------

def test_an_xml_element_named_for_the_town_holds_a_place() -> None:
    text = "<member><name>Inês Barroca</name><tel>+351 912 345 678</tel><town>Guimarães</town></member>"
    assert of_type(text, E.LOCATION) == ["Guimarães"]


def test_a_vcards_address_gives_its_fourth_part_as_the_town() -> None:
    text = "BEGIN:VCARD\nFN:Olwen Price\nADR;TYPE=WORK:;;12 Quay Street;Aberystwyth;Ceredigion;SY23 1AA;UK\nEND:VCARD"
    assert "Aberystwyth" in of_type(text, E.LOCATION)


def test_an_events_location_gives_the_town_after_the_venue() -> None:
    text = ("BEGIN:VEVENT\nSUMMARY:Physio\nLOCATION:Harbourside Physiotherapy, Whanganui\n"
            "ATTENDEE;CN=Mere Tawhiri:mailto:mere.tawhiri@xtra.co.nz\nEND:VEVENT")
    assert "Whanganui" in of_type(text, E.LOCATION)


def test_an_xml_element_with_a_placeholder_is_no_town() -> None:
    text = "Schema: <city>string</city> and <town>null</town>"
    assert of_type(text, E.LOCATION) == []


# --- an institution's name capitalised on its first word only ---------------------------------------------------

def test_a_bank_named_in_sentence_case_with_its_town_is_one_organisation() -> None:
    text = "Pomozite mi napisati žalbu za Kreditna zadruga Pula, naplatili su mi dvaput."
    assert of_type(text, E.ORGANIZATION) == ["Kreditna zadruga Pula"]


def test_a_school_compounded_in_lower_case_after_its_town_is_one_organisation() -> None:
    text = "Sønnen min går på Tromsø barneskole, og jeg trenger en attest fra dem."
    assert "Tromsø barneskole" in of_type(text, E.ORGANIZATION)


def test_a_cyrillic_cooperative_with_its_town_in_guillemets_is_one_organisation() -> None:
    text = "Власник картки Олег Бойко. Напиши скаргу до Кредитна спілка «Житомир» щодо списання."
    assert "Кредитна спілка «Житомир»" in of_type(text, E.ORGANIZATION)


def test_a_sentence_opening_with_my_bank_names_no_organisation() -> None:
    text = "Moja banka mi je blokirala karticu. Što da radim?"
    assert of_type(text, E.ORGANIZATION) == []


# --- an address written postcode first ends at its town -----------------------------------------------------------

def test_an_address_ends_at_the_town_after_its_postcode_before_the_next_field() -> None:
    text = "Kontakt: Greta Lind, Birkenweg 7, 36037 Fulda, Kundennummer 558201, Widerruf zum 3. Mai 2026."
    assert of_type(text, E.ADDRESS) == ["Birkenweg 7, 36037 Fulda"]
    assert "3. Mai 2026" in of_type(text, E.DATE)


def test_an_address_ends_at_its_town_before_the_sentence_goes_on() -> None:
    text = "Ich wohne in der Talstraße 12, 07743 Jena, seit drei Jahren."
    assert of_type(text, E.ADDRESS) == ["Talstraße 12, 07743 Jena"]


def test_a_region_after_the_town_is_still_the_addresss() -> None:
    text = "Please send it to No. 8, Jalan Mawar, Taman Melati, 53100 Kuala Lumpur, Wilayah Persekutuan, thanks."
    assert of_type(text, E.ADDRESS) == ["No. 8, Jalan Mawar, Taman Melati, 53100 Kuala Lumpur, Wilayah Persekutuan"]


# --- a mailbox percent-encoded -------------------------------------------------------------------------------------

def test_a_percent_encoded_mailbox_in_an_authenticator_label_is_found() -> None:
    text = "The QR code reads otpauth://totp/Fernhill%20Bank:rosa.quint%40posteo.de?secret=JBSWY3DPEHPK3PXP&issuer=Fernhill"
    assert of_type(text, E.EMAIL) == ["rosa.quint%40posteo.de"]


def test_a_percent_encoded_placeholder_mailbox_is_nobodys() -> None:
    text = "Docs example: otpauth://totp/ACME:user%40example.com?secret=JBSWY3DPEHPK3PXP"
    assert of_type(text, E.EMAIL) == []


# --- where someone's card was used ---------------------------------------------------------------------------------

def test_the_town_where_a_card_was_charged_is_where_its_holder_was() -> None:
    text = "Mi tarjeta 4556 7375 8689 9855 fue cobrada en Villa Gesell el 3 de marzo. Ayúdame con la reclamación."
    assert "Villa Gesell" in of_type(text, E.LOCATION)


def test_the_town_after_a_slavic_locative_beside_a_card_number_is_found() -> None:
    text = "Moja karta 5425 2334 3010 9903 byla použita v Olomouc dne 4. března 2025. Pomozte mi s reklamací."
    assert "Olomouc" in of_type(text, E.LOCATION)


def test_a_month_after_in_beside_a_card_number_is_no_town() -> None:
    text = "My card 4556 7375 8689 9855 was charged twice in March, what do I say to the bank?"
    assert of_type(text, E.LOCATION) == []


# --- thanks and greetings are no names -----------------------------------------------------------------------------

def test_a_greeting_or_thanks_opening_a_quoted_message_is_no_name() -> None:
    for text in ("Rewrite this for my landlord: 'Καλημέρα, είμαι η Ελένη Ραφαηλίδου από τον δεύτερο όροφο.'",
                 "Please translate: 'Dziękuję, do zobaczenia w piątek!'",
                 "Translate: 'Xin chào, tôi là Hoàng Minh.'"):
        values = [v for v, t in found(text) if t is E.PERSON]
        assert not any(v.split()[0] in ("Καλημέρα", "Dziękuję", "Xin") for v in values), values


def test_a_word_cut_at_its_contraction_is_no_name() -> None:
    text = "WireGuard tunnel won't come up on my laptop, here's wg show: peer 10.8.0.2 endpoint 81.2.69.160:51820"
    assert not any(v.lower().startswith("won") for v in _with_tagger(text, E.PERSON))


def test_a_word_the_rules_cut_at_its_contraction_is_no_name() -> None:
    text = "WireGuard client profile won't activate, endpoint 81.2.69.160"
    assert of_type(text, E.PERSON) == []


# --- the town a firm stands in -------------------------------------------------------------------------------------

def test_the_town_after_a_firm_and_its_locative_word_is_found() -> None:
    text = "Giấy xác nhận: tôi làm việc tại Phòng khám Minh Phát ở Hải Phòng. Email: thuha.tran@gmail.com"
    assert "Hải Phòng" in of_type(text, E.LOCATION)


def test_a_month_after_a_firm_and_in_is_no_town() -> None:
    text = "I start at Harbour Capital in September, can you check my contract?"
    assert of_type(text, E.LOCATION) == []
