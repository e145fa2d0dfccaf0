"""The twenty-second round. Ids in a markup element or a record's key named for them, national ids named in prose by
their language's own word, ... Patterns and rules."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


# --- an element or a key named for an id -----------------------------------------------------------------------------

def test_an_xml_element_named_id_number_holds_a_national_id_whatever_its_shape() -> None:
    text = ("Sakārto šo, lūdzu:\n<declaration>\n  <importer>Mārtiņš Ozols</importer>\n  <idNumber>250403-28301</idNumber>\n"
            "  <arrival>2026-04-05</arrival>\n</declaration>\n"
            "<declaration>\n  <idNumber>7524873551</idNumber>\n  <personalCode>765621/3720</personalCode>\n</declaration>")
    assert of_type(text, E.NATIONAL_ID) == ["250403-28301", "7524873551", "765621/3720"]


def test_a_json_or_yaml_key_named_national_id_holds_one_in_spaced_groups() -> None:
    text = ('```json\n{"student": "Angus Pham", "national_id": "958 436 028", "guardian_phone": "(05) 1082 2702"}\n```\n'
            "student:\n  national_id: 070 290 803\n  phone: 0434 512 835\n")
    assert of_type(text, E.NATIONAL_ID) == ["958 436 028", "070 290 803"]


def test_an_element_or_key_named_for_an_order_or_a_bare_id_holds_no_national_id() -> None:
    text = ('<order>\n  <id>48213377</id>\n  <orderNumber>2026-118823</orderNumber>\n  <ref>55012345</ref>\n</order>\n'
            '{"user_id": "10293847", "invoice_no": "884 120 331", "tracking": "1Z 999 AA1 0123 4567 84"}')
    assert of_type(text, E.NATIONAL_ID) == []
