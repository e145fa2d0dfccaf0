"""The twentieth round. An SSN restated or corrected in its sentence, "social" with a word that tells which one, a
table's id or town column named in the language it is written in ... Patterns and rules."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


# --- an SSN restated or corrected ------------------------------------------------------------------------------------

def test_the_wrong_social_makes_both_numbers_of_the_correction_ssns() -> None:
    text = "[23:09] Jalen: i put the wrong social on my W-4, it says 755 43 6197 but it should be 031289390"
    assert of_type(text, E.US_SSN) == ["755 43 6197", "031289390"]


def test_a_possessive_or_a_word_telling_which_one_before_social_names_the_ssn() -> None:
    text = "The school still needs my son's social, um, 482103377, before Friday."
    assert of_type(text, E.US_SSN) == ["482103377"]
    text = "HR has my old social on file; my new social is 613205548."
    assert of_type(text, E.US_SSN) == ["613205548"]


def test_a_bare_number_correcting_a_dashed_ssn_in_its_sentence_is_an_ssn_too() -> None:
    text = "The form says 509-84-9543 but it should be 555452457, can you fix the letter?"
    assert of_type(text, E.US_SSN) == ["509-84-9543", "555452457"]
    text = "I typed 031289390, not 031-28-9930. Which one did the bank get?"
    assert sorted(of_type(text, E.US_SSN)) == ["031-28-9930", "031289390"]


def test_a_number_with_its_own_label_or_in_another_sentence_beside_an_ssn_stays_what_it_is() -> None:
    text = "SSN 509-84-9543, order 555452457 shipped."
    assert of_type(text, E.US_SSN) == ["509-84-9543"]
    text = "SSN 509-84-9543. Our warehouse code 555452457 is wrong."
    assert of_type(text, E.US_SSN) == ["509-84-9543"]
    text = "The same social media budget of 482103377 won was approved."
    assert of_type(text, E.US_SSN) == []


# --- a table's id column named in the language it is written in -------------------------------------------------------

def test_a_tables_id_column_named_as_a_label_in_its_language_holds_ids() -> None:
    text = ("Оформи це охайно, будь ласка.\nПІБ;Ел. пошта;Телефон;Дата народження;РНОКПП;Місто\n"
            '"Остап Коваленко";okovalenko@i.ua;094 530 22 74;18.09.1970;0978806139;Львів')
    assert of_type(text, E.NATIONAL_ID) == ["0978806139"]
    text = ("Podes organizar isto numa tabela?\nNome;E-mail;Telefone;Data de nascimento;Número de identificação;Cidade\n"
            '"Tiago Pinheiro";pinheirot73@gmail.com;+351 932 129 276;23/03/2008;321786726;Aveiro')
    assert of_type(text, E.NATIONAL_ID) == ["321786726"]
    text = ("אפשר לסדר את זה יפה?\nשם מלא;דוא\"ל;טלפון;תאריך לידה;מספר זהות;עיר\n"
            '"תמר מזרחי";tmizrahi@gmail.com;058-547-7603;12/11/1957;481352706;נתניה')
    assert of_type(text, E.NATIONAL_ID) == ["481352706"]


def test_a_tables_other_numeric_columns_are_no_ids() -> None:
    text = "Nome;Número de encomenda;Cidade\nTiago Pinheiro;321786726;Aveiro\nDuarte Carvalho;157606651;Faro"
    assert of_type(text, E.NATIONAL_ID) == []


def test_thai_id_card_and_german_tax_identification_number_labels_name_their_values() -> None:
    text = "ช่วยจัดรูปแบบ\nชื่อ;อีเมล;วันเกิด;เลขบัตรประชาชน;เมือง\n\"ธนากร แก้วมณี\";t86@gmail.com;22/10/2003;5-8911-26681-94-0;ภูเก็ต"
    assert of_type(text, E.NATIONAL_ID) == ["5-8911-26681-94-0"]
    text = "Die Krankenkasse will meine Identifikationsnummer 7198070742 und mein Geburtsdatum."
    assert of_type(text, E.NATIONAL_ID) == ["7198070742"]


def test_a_firms_vat_identification_number_is_no_personal_id() -> None:
    text = "Unsere Umsatzsteuer-Identifikationsnummer 7198070742 steht auf jeder Rechnung."
    assert of_type(text, E.NATIONAL_ID) == []


# --- an SQL insert's town column --------------------------------------------------------------------------------------

def test_an_sql_inserts_town_column_named_in_any_language_holds_towns() -> None:
    text = ("整理一下这段内容：\nINSERT INTO contacts (姓名, 电子邮箱, 日期, 城市) VALUES\n"
            "('刘婷', 'ting42@163.com', '2026年8月23日', '西安');")
    assert of_type(text, E.LOCATION) == ["西安"]
    text = ("INSERT INTO clients (Име, Имейл, Град) VALUES\n('Радостина Петрова', 'petrova@abv.bg', 'Русе'),\n"
            "('Стоян Петров', 'stoyan@abv.bg', 'Варна');")
    assert of_type(text, E.LOCATION) == ["Русе", "Варна"]


def test_an_estonian_tables_town_column_holds_towns() -> None:
    text = "Nimi;E-post;Linn\nRasmus Mägi;magir77@mail.ee;Pärnu\nLiis Kask;kask.liis@mail.ee;Tartu"
    assert of_type(text, E.LOCATION) == ["Pärnu", "Tartu"]


def test_an_sql_inserts_other_text_columns_are_no_towns() -> None:
    text = "INSERT INTO orders (customer, status, note) VALUES ('acme', 'Shipped', 'Fragile');"
    assert of_type(text, E.LOCATION) == []


# --- a record's employer field, in the languages it is filled in ------------------------------------------------------

def test_an_employer_field_names_the_firm_on_the_rest_of_its_line_in_any_language() -> None:
    text = ("Ar gali tai sutvarkyti?\n--\nRūta Kazlauskaitė\nDarbdavys: Odontologijos klinika Šypsena\n"
            "Telefonas: +370 670 49400")
    assert of_type(text, E.ORGANIZATION) == ["Odontologijos klinika Šypsena"]
    text = "请帮我整理一下这段内容：\n--\n赵秀英\n工作单位: 杭州明德会计事务所\n电话: 139 4005 0509"
    assert of_type(text, E.ORGANIZATION) == ["杭州明德会计事务所"]
    text = "Full legal name: HUANG, EVERETT\nSocial Security #: 269576856\nCurrent employer: Quillfeather Print Co.\n"
    assert of_type(text, E.ORGANIZATION) == ["Quillfeather Print Co."]


def test_an_employer_field_that_names_no_firm_is_left_alone() -> None:
    for value in ("self-employed", "retired", "see attached", "няма"):
        text = f"Name: Jo Smith\nEmployer: {value}\nPhone: +44 7700 900123"
        assert of_type(text, E.ORGANIZATION) == [], value


# --- the home someone rents or the clinic or gym they use, named by its town ---------------------------------------------

def test_a_home_in_greek_or_bulgarian_and_a_clinic_or_gym_name_their_town() -> None:
    text = "Το ενοίκιο για το εξοχικό στην Βόλος πληρώνεται στο GR25 3538 1303 5790 9577 4354 152."
    assert of_type(text, E.LOCATION) == ["Βόλος"]
    text = "Наемът за апартамента в Варна се превежда по BG80FINV54979248518814 до 18.03.2027."
    assert of_type(text, E.LOCATION) == ["Варна"]
    text = "Przychodnia w Lublin prosi o PESEL 54101865790 i datę urodzenia."
    assert of_type(text, E.LOCATION) == ["Lublin"]
    text = "Fitnesscentret i Aalborg beder om mit CPR-nummer 150255-2894 ved tilmelding."
    assert of_type(text, E.LOCATION) == ["Aalborg"]


def test_a_home_before_a_lower_case_word_names_no_town() -> None:
    text = "Το σπίτι στην πόλη είναι ακριβό. Η κάρτα μου 4111 1111 1111 1111."
    assert of_type(text, E.LOCATION) == []


# --- a Japanese firm by its legal form, "from" after it ---------------------------------------------------------------

def test_a_japanese_firm_before_kara_ends_at_kara() -> None:
    text = "勤務先の株式会社ひまわり不動産からマイナンバー4140 1947 5220を送るよう言われました。"
    assert of_type(text, E.ORGANIZATION) == ["株式会社ひまわり不動産"]


def test_kara_inside_a_japanese_firms_name_does_not_end_it() -> None:
    text = "株式会社からあげ本舗に勤めています。電話は090-1234-5678です。"
    assert of_type(text, E.ORGANIZATION) == ["株式会社からあげ本舗"]
