"""The twenty-first round. SSNs in tables whose column names them as a schema does, in printed frames, glued to the
name in a fixed-width record, after a possessive's "social" and after "SSN trace" ... Patterns and rules."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


# --- a table's column named for the SSN ------------------------------------------------------------------------------

def test_every_row_of_a_csv_column_named_ssn_full_is_an_ssn_and_the_last_four_column_is_not() -> None:
    text = ("employee_id,ssn_last4,ssn_full,ee_name\n220,9215,270118971,Corinne Lind\n"
            "284,7029,757492422,Delphine Moor\n301,1180,604-21-1180,Ana Ruiz\nWhy keep both columns?")
    assert of_type(text, E.US_SSN) == ["270118971", "757492422", "604-21-1180"]


def test_a_tsv_taxid_column_holds_ssns_however_separated() -> None:
    text = ("payroll.tsv\nEMPNO\tLAST\tFIRST\tTAXID\tSTATE\n6803\tMoor\tShay\t133 92 8251\tNC\n"
            "5293\tRuiz\tMateo\t647839390\tTX\nThe TAXID column drops leading zeros. Fix?")
    assert of_type(text, E.US_SSN) == ["133 92 8251", "647839390"]


def test_a_column_whose_name_only_contains_the_letters_ssn_is_no_ssn_column() -> None:
    text = "assn_no,club,members\n204,Rovers,611204871\n"
    assert of_type(text, E.US_SSN) == []


def test_the_rows_of_a_printed_frame_under_an_ssn_header_hold_ssns_out_of_line() -> None:
    text = ("Out[7]:\n      name              ssn        dob\n 3    Deshawn Gutierrez-Pham   649625445   Aug. 21, 1947\n"
            " 9    Tierney Lind   358 61 8661   December 19, 1998\nHow do I normalise these?")
    assert of_type(text, E.US_SSN) == ["649625445", "358 61 8661"]


# --- a fixed-width record's SSN glued to the name --------------------------------------------------------------------

def test_nine_figures_glued_to_a_surname_and_a_name_open_a_records_ssn() -> None:
    text = ("Fixed-width record from the state unemployment file:\n"
            "152957426GUTIERREZ-PHAM SHAYLA   11/30/2026  CLAIM  427.00\nCan you write a parser?")
    assert of_type(text, E.US_SSN) == ["152957426"]
    text = "fixed-width record:\n065083649abernathy anders   04-06-2026  claim  496.00"
    assert of_type(text, E.US_SSN) == ["065083649"]


def test_figures_glued_to_a_product_code_in_a_record_are_no_ssn() -> None:
    text = "Fixed-width record:\n152957426SKU4411 BOLTS   11/30/2026  427.00"
    assert of_type(text, E.US_SSN) == []


# --- "social" after a possessive, across a chat's line ---------------------------------------------------------------

def test_a_possessives_social_cues_both_numbers_of_its_sentence() -> None:
    text = ("A client texted me her husband's social as 789980493 and her own as 514574452. "
            "Is it ok to keep these in my notes?")
    assert of_type(text, E.US_SSN) == ["789980493", "514574452"]


def test_its_social_is_no_possessive() -> None:
    text = "It's social, and fun. Call 612345678 to book."
    assert of_type(text, E.US_SSN) == []


def test_a_spaced_ssn_in_the_reply_to_a_question_about_the_social_is_an_ssn() -> None:
    text = ("HR (09:54): For the I-9 can you confirm the last part of your social?\n"
            "Kendrick (09:54): sure it's 592 40 4171, full thing")
    assert of_type(text, E.US_SSN) == ["592 40 4171"]


# --- a reference word after the SSN's name ---------------------------------------------------------------------------

def test_an_ssn_trace_in_a_background_report_is_an_ssn() -> None:
    text = "BACKGROUND SCREENING REPORT\nSubject: Tierney Lind    SSN trace: 664-62-6535 (issued 1987-1989)"
    assert of_type(text, E.US_SSN) == ["664-62-6535"]
    text = "Subject: Tierney Lind    SSN trace: 049393854 (issued 1990-1992)"
    assert of_type(text, E.US_SSN) == ["049393854"]


def test_a_trace_id_without_the_ssns_name_stays_a_things_number() -> None:
    text = "The request failed, trace: 664-62-6535, order 049393854."
    assert of_type(text, E.US_SSN) == []


# --- an audit log's record of a password change ----------------------------------------------------------------------

def test_the_new_value_of_a_password_reset_record_is_a_secret_whole() -> None:
    text = ('{"ts":"2026-06-18 19:09:59","event":"password_reset","user":"anita@example.in","new":"oxbow1989*"}\n'
            '{"ts":"2026-06-28 06:18:54","event":"password_reset","user":"yui@example.jp",'
            '"new":"quokka.heliotrope.tractor.puffin"}')
    found = of_type(text, E.SECRET)
    assert "oxbow1989*" in found and "quokka.heliotrope.tractor.puffin" in found


def test_a_new_value_in_a_record_of_another_event_is_no_secret() -> None:
    text = '{"ts":"2026-06-18 19:09:59","event":"profile_update","field":"theme","new":"Dark mode on"}'
    assert of_type(text, E.SECRET) == []


# --- dotted words alone after a config's "password:" -----------------------------------------------------------------

def test_dotted_words_after_a_configs_password_field_are_the_password() -> None:
    text = "fleet-config.yaml\ntelematics:\n  username: truck-46\n  password: tractor.gooseberry.larch.bramble\nmaps:"
    assert of_type(text, E.SECRET) == ["tractor.gooseberry.larch.bramble"]


def test_a_hosts_name_after_a_password_field_is_no_password() -> None:
    text = "redis:\n  host_for_password: x\n  password: redis.default.svc.cluster.local\n"
    assert "redis.default.svc.cluster.local" not in of_type(text, E.SECRET)


# --- an authenticator's setup key in spaced groups ---------------------------------------------------------------------

def test_an_authenticators_setup_key_copied_in_groups_of_four_is_a_secret_whole() -> None:
    text = ("I wrote down my 2FA setup key as DUZH JQPF L7NF E7MG K5F6 QYHS IVZ7 35JU. If I lose my phone, can I re-add "
            "it? The Google Authenticator one was jbsw y3dp ehpk 3pxp.")
    assert of_type(text, E.SECRET) == ["DUZH JQPF L7NF E7MG K5F6 QYHS IVZ7 35JU", "jbsw y3dp ehpk 3pxp"]


def test_codes_in_groups_of_four_without_base32_figures_are_no_setup_keys() -> None:
    text = ("Our 2FA rollout guide: the class code is ABCD EFGH IJKL MNOP, the licence key field shows XXXX XXXX XXXX "
            "XXXX, and the card on file ends 4242 4242 4242 4242.")
    assert of_type(text, E.SECRET) == []


def test_in_a_printed_frame_only_the_cell_under_the_ssn_header_is_an_ssn_not_an_account_column_beside_it() -> None:
    rows = [("Tierney Lind", "358 61 8661", "412556789"), ("Ana Ruiz", "604-21-1180", "523667890"),
            ("Omar Haddad", "219 44 7021", "634778901"), ("Li Wei", "530 12 9944", "745889012"),
            ("Sara Moor", "417 08 3321", "856990123"), ("Jon Berg", "228 61 4410", "467001234"),
            ("Eva Lund", "339 72 5521", "578112345"), ("Noor Ali", "440 83 6632", "689223456")]
    text = "Out[3]:\n      name              ssn          account\n" + "".join(
        f" {i}    {name:<13}  {ssn:>11}   {account}\n" for i, (name, ssn, account) in enumerate(rows))
    found = of_type(text, E.US_SSN)
    assert [ssn for _, ssn, _ in rows[-3:]] == found[-3:]  # rows far below the header, past any sentence's reach
    assert not {account for _, _, account in rows[-3:]} & set(found)
