"""The twenty-third round. IBANs of the countries SWIFT's registry does not list, authenticator seeds copied unspaced,
Square's access tokens, the US SSN named in Chinese, Japanese and Korean, an aside in brackets between an SSN's name
and its number, and a firm named by its kind in a tab-separated row. Patterns and rules."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


# --- an IBAN of a country outside SWIFT's registry -------------------------------------------------------------------

def test_an_iranian_sheba_that_passes_mod_97_is_an_iban_spaced_or_not() -> None:
    text = ("کمک به درمان: شماره کارت 6221 2605 4257 4553 یا شبا IR050567457008384291462030، به نام سارا کریمی. "
            '{"شماره شبا": "IR93 0170 4017 7261 3600 6382 61"}')
    assert of_type(text, E.IBAN) == ["IR050567457008384291462030", "IR93 0170 4017 7261 3600 6382 61"]


def test_an_unlisted_countrys_iban_needs_its_length_and_mod_97() -> None:
    # one figure changed fails mod 97; one figure more is not Iran's length
    text = "Ref IR050567457008384291462031 and IR0505674570083842914620300 and order DZ12345678901234567890123456."
    assert of_type(text, E.IBAN) == []


# --- an authenticator's seed unspaced, and Square's token ------------------------------------------------------------

def test_a_totp_seed_copied_unspaced_is_a_secret() -> None:
    text = "2FA backup: I wrote down the TOTP seed 5RM6E52JSSZEEGXUTCFD6IUT6T7T2U7D for my Kraken account."
    assert of_type(text, E.SECRET) == ["5RM6E52JSSZEEGXUTCFD6IUT6T7T2U7D"]


def test_a_capitalised_name_with_a_figure_in_a_2fa_text_is_no_seed() -> None:
    text = "Enable MFA for the account PRODUCTIONDATABASE2 and the INTERNATIONALIZATION team, please."
    assert of_type(text, E.SECRET) == []


def test_a_square_access_token_is_a_secret() -> None:
    text = ("Square sandbox vs production -- I think this is prod: "
            "EAAAHcHdxJDOz2-wmQwHflCxTaHFcuooIuEDQiMhXLZRRusOKVuY526-fr0HQFl_. How can I tell?")
    assert of_type(text, E.SECRET) == ["EAAAHcHdxJDOz2-wmQwHflCxTaHFcuooIuEDQiMhXLZRRusOKVuY526-fr0HQFl_"]


# --- the SSN named in Chinese, Japanese and Korean ---------------------------------------------------------------------

def test_the_ssn_named_in_chinese_or_korean_makes_a_dotted_spaced_or_bare_number_an_ssn() -> None:
    text = ("报税软件要我填社会安全号码 357.59.1647，姓名孙志强。房东让我写社安号557 11 1800和出生日期。"
            "세금 신고서에 사회보장번호 319087617를 적어야 하나요?")
    assert of_type(text, E.US_SSN) == ["357.59.1647", "557 11 1800", "319087617"]


def test_a_chinese_phone_number_in_the_ssns_shape_stays_a_phone() -> None:
    assert of_type("我的电话是557 11 1800，社区活动见。", E.US_SSN) == []


# --- an aside in brackets between the SSN's name and its number ------------------------------------------------------

def test_a_label_inside_an_aside_does_not_take_the_number_from_the_ssns_name() -> None:
    text = ("Notary journal: signer Wyatt Riggs, ID type: SS card (I know, not valid ID) no. 182163320, fee $10. "
            "Signer Cheyenne Haskins, ID type: SS card (I know, not valid ID) no. 030.84.2694.")
    assert of_type(text, E.US_SSN) == ["182163320", "030.84.2694"]


def test_a_label_outside_the_aside_still_takes_the_number() -> None:
    assert of_type("SSN on file (see above), phone 612345678 for questions", E.US_SSN) == []


# --- a table's cells, parted by tabs -----------------------------------------------------------------------------------

def test_a_firm_named_by_its_kind_in_a_tab_separated_row_does_not_take_the_cells_before_it() -> None:
    text = ("Podes formatar isto direito?\nNome\tCidade\tEmpregador\tData\n"
            "Gustavo Pereira\tMaringá\tAssociação Protetora Quatro Patas\t13/12/2025\n")
    organisations = of_type(text, E.ORGANIZATION)
    assert "Associação Protetora Quatro Patas" in organisations
    assert not any("Gustavo" in value or "\t" in value for value in organisations)
