"""The twenty-third round. IBANs of the countries SWIFT's registry does not list. Patterns and rules."""

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


