"""The eighteenth round. Numbers a table's column names (an SSN column with a note on it, a taxpayer-number column),
secrets ... Patterns and rules, and the token tagger where it made the guess."""

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


# --- a table's column names what its cells are ----------------------------------------------------------------------

def test_an_ssn_column_with_a_note_in_brackets_holds_ssns_however_they_are_written() -> None:
    text = ("Club members:\n| Member | Mobile | SSN (for the insurer) |\n|---|---|---|\n"
            "| Nora Quill | 555-310-2207 | 512 48 7730 |\n| Abe Lund | 555-310-2208 | 512487731 |")
    assert _with_tagger(text, E.US_SSN) == ["512 48 7730", "512487731"]
    assert _with_tagger(text, E.PHONE) == ["555-310-2207", "555-310-2208"]


def test_a_taxpayer_number_column_holds_ssns_and_leaves_a_firms_ein_alone() -> None:
    text = "Contractor,TIN,Total\nDana Pike,516-22-4410,1200\nPIKE DANA,516.22.4410,1200\nBright Tools Inc,84-1234567,800"
    assert of_type(text, E.US_SSN) == ["516-22-4410", "516.22.4410"]
    assert "84-1234567" not in of_type(text, E.NATIONAL_ID)


# --- a machine's address written before a path ----------------------------------------------------------------------

def test_an_ipv6_host_before_scps_colon_and_path_is_an_address() -> None:
    text = "rsync -av ./site/ deploy@2a01:4f8:c2c:1a3e::2:/var/www/ fails with a timeout"
    assert of_type(text, E.IP_ADDRESS) == ["2a01:4f8:c2c:1a3e::2"]


# --- a password is one run of characters, its symbols with it ---------------------------------------------------------

def test_a_guessed_password_keeps_the_symbols_that_close_it() -> None:
    text = "Notebook passwords to move into the manager:\nbank: Heron481?\nshop: Qu@il77!\nwifi: mossybasket19"
    secrets = _with_tagger(text, E.SECRET)
    assert "Heron481?" in secrets
    assert "Qu@il77!" in secrets


def test_a_password_after_its_korean_label_ending_the_line_keeps_its_question_mark() -> None:
    text = "계정 정보\n비밀번호: lumen.Fox42?\n감사합니다"
    assert of_type(text, E.SECRET) == ["lumen.Fox42?"]


def test_a_japanese_password_keeps_the_mark_the_sentence_goes_on_after() -> None:
    assert of_type("パスワードはKite9!です", E.SECRET) == ["Kite9!"]


# --- recovery codes and an alarm's code ------------------------------------------------------------------------------

def test_backup_codes_after_a_question_on_their_own_line_are_secret() -> None:
    text = "My GitHub recovery codes, where should I keep them? 4kd9-x2mp 7hq1-zz8w 0pl3-rt6y"
    assert of_type(text, E.SECRET) == ["4kd9-x2mp 7hq1-zz8w 0pl3-rt6y"]


def test_one_backup_code_written_down_with_its_symbols_is_secret() -> None:
    text = "Mum lost her phone; the backup code she kept in her diary: Wq7+kd9ZpL3&. What now?"
    assert of_type(text, E.SECRET) == ["Wq7+kd9ZpL3&"]


def test_talk_about_backup_codes_holds_no_secret() -> None:
    assert of_type("What are backup codes? Are they one-time codes like in 2024?", E.SECRET) == []


def test_an_alarm_said_to_be_a_number_is_told_by_its_code() -> None:
    assert of_type("Voor de oppas: het alarm is 730615, de sleutel ligt onder de mat.", E.SECRET) == ["730615"]
    assert of_type("For the sitter: the alarm is 4471, the wifi is on the fridge.", E.SECRET) == ["4471"]


def test_an_alarm_clocks_time_is_no_code() -> None:
    assert of_type("My alarm is 0715 every weekday, how do I stop snoozing?", E.SECRET) == []


# --- what else a number shows itself to be --------------------------------------------------------------------------

def test_a_dotted_build_number_is_no_phone() -> None:
    assert of_type("The release notes say 5.0.2.8817 fixed the crash. How do I pin it?", E.PHONE) == []


def test_a_dotted_phone_number_is_still_a_phone() -> None:
    assert of_type("Appelez-moi au 06.12.34.56.78 demain.", E.PHONE) == ["06.12.34.56.78"]


def test_fifteen_figures_named_an_imei_are_no_card() -> None:
    text = "Does 490154203237518 pass the IMEI check, or did I copy it wrong?"
    assert _with_tagger(text, E.CREDIT_CARD) == []


def test_a_month_and_its_amount_in_thousands_is_no_date_or_address() -> None:
    text = "Sales by month for the slide: Apr 31,250 EUR, May 12,904 EUR, Jun 8,115 EUR."
    assert _with_tagger(text, E.DATE) == []
    assert _with_tagger(text, E.DATE_OF_BIRTH) == []
    assert _with_tagger(text, E.ADDRESS) == []


def test_a_month_and_day_before_a_year_is_still_a_date() -> None:
    assert of_type("The party is on May 12, 2026 at the hall.", E.DATE) == ["May 12, 2026"]


def test_a_cpf_or_a_group_of_it_its_check_turned_down_is_no_id() -> None:
    assert _with_tagger("Por que o CPF 333.333.333-33 é recusado?", E.NATIONAL_ID) == []
    assert _with_tagger("Por que o CPF 111.111.111-11 é inválido?", E.NATIONAL_ID) == []


# --- a lower-case word in a sentence its writer opens with a capital --------------------------------------------------

def test_a_lower_case_word_is_no_name_where_the_writer_opens_the_sentence_with_a_capital() -> None:
    for text in ("Jak zrobić pierogi ruskie?", "The spec sheet says tolerance ±523 mm. Is that tight for 3D printing?"):
        assert _with_tagger(text, E.PERSON) == []


def test_a_login_name_in_lower_case_in_a_settings_line_is_still_a_name() -> None:
    text = ("docker-compose from our server, why won't the DB start?\nenvironment:\n  - NEXTCLOUD_ADMIN_USER=marisol\n"
            "  - TRUSTED_PROXIES=172.25.10.16")
    assert "marisol" in _with_tagger(text, E.PERSON)


# --- passwords weighed as examples -----------------------------------------------------------------------------------

def test_passwords_compared_as_examples_are_nobodys() -> None:
    for text in ("Is 'Password123!' really weaker than 'Tr0ub4dor&3'? Explain entropy.",
                 "Our course slides use 'Tr0ub4dor&3' as an example password. Why is that bad advice?"):
        assert _with_tagger(text, E.SECRET) == []


def test_a_password_the_writer_owns_stays_secret_when_compared() -> None:
    assert _with_tagger("Is my password 'Tr0ub4dor&3' weaker than a passphrase?", E.SECRET) == ["Tr0ub4dor&3"]


# --- labels, sources and codes that only look like people ------------------------------------------------------------

def test_a_label_before_a_list_of_items_and_prices_is_no_speaker() -> None:
    assert of_type("Bill: Pizza £14.50, Salad £6.20, tip 10%. How much each for three of us?", E.PERSON) == []


def test_a_speaker_before_a_message_is_still_a_person() -> None:
    text = "Arjun: Coffee at 5? I'll bring the slides.\nMeera: sure, see you then"
    assert of_type(text, E.PERSON) == ["Arjun", "Meera"]


def test_a_document_that_says_something_is_no_one() -> None:
    assert of_type("Manual says the filter must be changed every 90 days. Is that right?", E.PERSON) == []
    assert of_type("Marta says the manual is wrong.", E.PERSON) == ["Marta"]


def test_the_last_letter_of_a_code_is_no_french_title() -> None:
    assert of_type("Match codes like QPR-55120-M. Keep the numbers as they are.", E.PERSON) == []
    assert "Dupont" in " ".join(of_type("Bonjour, je suis M. Dupont, votre voisin.", E.PERSON))


def test_a_group_of_a_card_shaped_number_is_no_id() -> None:
    text = "The test fixture has card_number: '4257 0106 6686 2544' — is it fine in git since it fails Luhn?"
    assert _with_tagger(text, E.NATIONAL_ID) == []


# --- what a machine or a CV writes ----------------------------------------------------------------------------------

def test_the_dates_of_two_access_log_lines_are_the_machines() -> None:
    text = ('Is this a scan?\n91.212.4.7 - - [17/Mar/2026:22:41:09 +0100] "GET /wp-login.php HTTP/1.1" 404 162\n'
            '91.212.4.7 - - [17/Mar/2026:22:41:12 +0100] "GET /xmlrpc.php HTTP/1.1" 404 162')
    assert of_type(text, E.DATE) == []


def test_a_routers_device_names_after_addresses_are_no_towns() -> None:
    text = "Which of these are mine? 192.168.0.23 (Pixel-7a), 192.168.0.31 (TV), 192.168.0.40 (ukjent)"
    assert of_type(text, E.LOCATION) == []


def test_a_town_a_login_alert_puts_an_address_in_is_still_a_place() -> None:
    assert of_type("New sign-in from 81.2.69.160 (Leeds) on your account.", E.LOCATION) == ["Leeds"]


def test_a_span_of_years_on_a_cv_is_no_phone() -> None:
    text = "Mi CV:\nLucía Vidal · +34 612 48 03 77\nExperiencia: Talleres Norte SL, 2017–2024"
    assert of_type(text, E.PHONE) == ["+34 612 48 03 77"]


# --- who a message goes to, and who wants something ------------------------------------------------------------------

def test_a_group_a_message_goes_to_is_no_name() -> None:
    assert of_type("Write an email to family: the reunion moved to the spring.", E.PERSON) == []


def test_a_quotation_opening_with_a_sentence_names_no_one_spoken_to() -> None:
    text = "Popraw wiadomość: 'Nazywam się Ewa Lis, mieszkam w bloku 4.'"
    assert "Nazywam" not in of_type(text, E.PERSON)
    assert of_type("She wrote: 'Yusuf, the parcel arrived.'", E.PERSON) == ["Yusuf"]


def test_a_place_or_a_role_that_wants_something_is_no_one() -> None:
    assert of_type("Gym wants a written cancellation by Friday.", E.PERSON) == []
    assert of_type("Landlord says the deposit comes back in May.", E.PERSON) == []


# --- a record's town field in the languages read -----------------------------------------------------------------------

def test_a_town_column_in_another_language_holds_towns() -> None:
    text = ("Hãy viết email lịch sự:\nHọ tên;Email;Điện thoại;Thành phố\n"
            "Lê Thu;thu.le@example.vn;090 555 1212;Cần Thơ\nVũ Nam;nam.vu@example.vn;091 555 3434;Vinh")
    assert of_type(text, E.LOCATION) == ["Cần Thơ", "Vinh"]


def test_a_town_label_in_another_script_holds_a_town() -> None:
    assert of_type("이름: 박지수\n도시: 대전\n메모: 없음", E.LOCATION) == ["대전"]
    assert of_type("Имя: Олег Петров\nТелефон: +7 912 345-67-89\nГород: Самара", E.LOCATION) == ["Самара"]


def test_a_town_column_whose_last_cell_runs_into_prose_keeps_the_town_only() -> None:
    text = "name,email,city\nrae quill,rae@example.org,tacoma thanks a lot."
    assert of_type(text, E.LOCATION) == ["tacoma"]


def test_written_by_is_no_town_label() -> None:
    assert of_type("Written by: the support team", E.LOCATION) == []


# --- a town told as an address's, or as where a card was used -------------------------------------------------------

def test_an_address_told_by_its_town_alone_is_a_place() -> None:
    text = "Nombre Iker Sanz, DNI 12345678Z, dirección en Teruel. ¿Qué formulario necesito?"
    assert of_type(text, E.LOCATION) == ["Teruel"]


def test_the_word_address_before_the_form_names_no_town() -> None:
    assert of_type("Which address in the form should I fill in?", E.LOCATION) == []


def test_a_card_used_in_a_town_written_with_the_languages_ending() -> None:
    assert of_type("A kártyámat (4539 1488 0343 6467) letiltották egy Kecskemét-i vásárlás után.", E.LOCATION) \
        == ["Kecskemét"]
    assert of_type("Kartım (4539 1488 0343 6467) Kayseri şehrinde kullanıldı.", E.LOCATION) == ["Kayseri"]
    assert of_type("Thẻ 4539 1488 0343 6467 của tôi bị trừ tiền ở Quy Nhơn hôm qua.", E.LOCATION) == ["Quy Nhơn"]


# --- a record's field for the firm ---------------------------------------------------------------------------------

def test_a_json_field_for_the_firm_in_another_language_holds_an_organisation() -> None:
    text = '{"姓名": "王丽", "IBAN": "DE89370400440532013000", "公司": "东方会计师事务所", "日期": "2026/03/02"}'
    assert of_type(text, E.ORGANIZATION) == ["东方会计师事务所"]
    text = '{"Όνομα": "Νίκος Πάππας", "IBAN": "GR1601101250000000012300695", "Εταιρεία": "Ήλιος Ο.Ε."}'
    assert of_type(text, E.ORGANIZATION) == ["Ήλιος Ο.Ε."]


def test_a_vcards_org_line_holds_an_organisation_in_any_case() -> None:
    text = "fix this vcard:\nbegin:vcard\nfn:mara quist\norg:bluegate garden services\ntel:+44 7700 900123\nend:vcard"
    assert of_type(text, E.ORGANIZATION) == ["bluegate garden services"]


def test_a_placeholder_firm_field_is_none() -> None:
    assert of_type('Schema example: {"name": "string", "company": "string"}', E.ORGANIZATION) == []


# --- firms by their legal form in the scripts without capitals ------------------------------------------------------

def test_firms_named_by_their_legal_form_in_other_scripts() -> None:
    assert of_type("지수 jisu@example.kr / 2019-2024 주식회사 누리 근무", E.ORGANIZATION) == ["주식회사 누리"]
    assert of_type("氏名山田花子、hanako@example.jp。勤務先のさくら合同会社に出す書類を教えて。", E.ORGANIZATION) \
        == ["さくら合同会社"]
    assert of_type("氏名山田花子、hanako@example.jp。勤務先の株式会社みなとに出す書類を教えて。", E.ORGANIZATION) \
        == ["株式会社みなと"]
    assert of_type("سارة، sara@example.ae، خبرة في الواحة ذ.م.م في دبي", E.ORGANIZATION) == ["الواحة ذ.م.م"]
    assert of_type("रीना, reena@example.in, हिमगिरि प्राइवेट लिमिटेड में अनुभव", E.ORGANIZATION) \
        == ["हिमगिरि प्राइवेट लिमिटेड"]


def test_an_indonesian_firm_written_form_first_after_its_preposition() -> None:
    text = "Atas nama Rina Wati, rina@example.id. Tolong buatkan surat ke PT Sinar Laut."
    assert of_type(text, E.ORGANIZATION) == ["PT Sinar Laut"]
    assert of_type("Here is my CV Review it please, mail me at rina@example.id", E.ORGANIZATION) == []


def test_more_legal_forms_written_after_the_name() -> None:
    assert of_type("Иван Петров, ivan@example.bg, опит в Бриз ЕООД от 2020.", E.ORGANIZATION) == ["Бриз ЕООД"]


# --- where someone stays, the city a Japanese text names, a transfer's town ---------------------------------------------

def test_the_house_or_hotel_someone_stays_in_is_named_by_their_town() -> None:
    text = "Hoi, met Sanne. De borg voor het huis in Zwolle mag naar NL91 ABNA 0417 1643 00 t.n.v. Sanne."
    assert of_type(text, E.LOCATION) == ["Zwolle"]
    text = "Hey, it's Tom! Splitting the cottage in Bury St Edmunds: £90 each to GB33 BUKB 2020 1555 5555 55."
    assert of_type(text, E.LOCATION) == ["Bury St Edmunds"]


def test_a_famous_persons_house_in_a_question_is_no_ones_place() -> None:
    assert of_type("¿Quién fue Frida Kahlo y por qué su casa en Coyoacán es un museo?", E.LOCATION) == []


def test_a_japanese_city_with_its_suffix_is_a_place() -> None:
    text = "友人の佐藤さんが仙台市のホテル予約のために私のカード4539 1488 0343 6467を使いたいと言っています。"
    assert of_type(text, E.LOCATION) == ["仙台市"]


def test_the_town_in_a_transfers_reference_is_where_the_payer_stays() -> None:
    text = "IBAN BG80BNBG96611020345678, получател Петър Илиев, основание 'наем Пловдив'."
    assert of_type(text, E.LOCATION) == ["Пловдив"]


# --- the town a person comes from, right after the name ------------------------------------------------------------

def test_the_town_in_brackets_after_a_persons_name_is_theirs() -> None:
    text = "Club news: welcome to Chidi Okoro (Enugu) and Amaka Eze (Owerri)! Call 0803 555 0199 to join."
    assert _with_tagger(text, E.LOCATION) == ["Enugu", "Owerri"]


def test_the_town_after_a_persons_name_and_from_is_theirs() -> None:
    text = "Stanodavac Marko Horvat iz Zadar traži polog na HR1210010051863000160."
    assert "Zadar" in _with_tagger(text, E.LOCATION)


def test_a_street_after_a_persons_name_and_from_stays_the_addresss() -> None:
    text = "Jsem Eva Malá z Husova 12, 602 00 Brno. Tel. +420 601 123 456."
    assert "Husova" not in _with_tagger(text, E.LOCATION)


# --- a list of accounts ----------------------------------------------------------------------------------------------

def test_every_password_of_a_list_of_accounts_is_secret_once_one_is() -> None:
    assert "sunflower" in _with_tagger("Admin created users:\nnadia / Pelican_2231*\nlena / sunflower", E.SECRET)
    text = "New staff logins:\nmira / Quokka!4471\njonas / Heron#2290\npetra / maple-river-stone-lantern"
    assert "Heron#2290" in _with_tagger(text, E.SECRET)


def test_a_settings_blocks_other_values_beside_its_password_are_no_secrets() -> None:
    text = "db settings:\nhost: db.internal.example\nuser: admin\npassword: Qv7#pLx9!a"
    assert _with_tagger(text, E.SECRET) == ["Qv7#pLx9!a"]
