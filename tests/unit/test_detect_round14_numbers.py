"""The fourteenth round, numbers: a card number with a card's own evidence beside it (an expiry, a security code, the
card's word in many languages) is a card even where an order's, a ticket's or a link's veto would drop it; a link's
query that hands over a person's fields (name, surname, card, SSN, phone, in the languages read) has those values
found, each as what its key says; a 9-figure SSN that SSA's rules allow is believed when an SSN's name stands in its
sentence or the one before, or when its HTML table's column is named or holds an SSN already. Precision: order, ticket
and tracking numbers without a card's evidence, a search or a documentation link's parameters, 9-figure numbers with
no SSN cue or with another number's label nearer than the cue. Patterns and rules only."""

from __future__ import annotations

import pytest

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import detector, of_type

# --- a card with its evidence, over a negative's veto ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        # an expiry after it, in several languages, the number grouped, dashed or glued
        ("Reservation for two, booking ref 4198 3444 1747 6617 valid thru 08/29, please hold the table.", "4198 3444 1747 6617"),
        ("Mein Bruder hat mir für die Bestellung seine Daten geschickt: Bestellung 2715388209417360 Ablauf 11/27.",
         "2715388209417360"),
        ("Para el pedido: 6011-9119-9521-7835 vence 03/28, ¿es seguro pagar así?", "6011-9119-9521-7835"),
        ("ticket: 371195014366974 scad. 05/30 — posso usarla?", "371195014366974"),
        ("Concert tickets bought with 5410 2618 9167 2868 12/29 last night.", "5410 2618 9167 2868"),
        # a security code after it
        ("order 4747766914763798 CVV 312, shipped yesterday", "4747766914763798"),
        # the card's word right before, in other languages and scripts
        ("commande du 3 mai, carte 5171 9274 9706 6056 débitée deux fois", "5171 9274 9706 6056"),
        ("Numer zamówienia? Nie, to karta: 3547-9374-8411-1445.", "3547-9374-8411-1445"),
        ("予約番号ではなくカード 4198 3444 1747 6617 です", "4198 3444 1747 6617"),
    ],
)
def test_card_with_its_evidence_is_found_despite_a_reference_word(text: str, card: str) -> None:
    assert card in of_type(text, E.CREDIT_CARD)


@pytest.mark.parametrize(
    "text",
    [
        # a reference number that happens to pass Luhn, with no card evidence: the reference's
        "Your order number is 4198344417476617, it ships Monday.",
        "Tracking 2715388209417360 shows the parcel in Leipzig.",
        "ticket 6011911995217835 was closed by support",
        # the card's word further off, a reference's word nearer the number: the number is the reference's
        "Paid by card, order number 5410261891672868 — when will it arrive?",
        # a payment provider's documented test card keeps its veto, expiry or not
        "Stripe test card 4242 4242 4242 4242 exp 12/34 works in the sandbox.",
    ],
)
def test_reference_numbers_without_card_evidence_stay_vetoed(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []


# --- a link's query carrying a person's fields -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("Is this real? https://dhl-zustellung.info/pay?vorname=lena&nachname=brandt&karte=4198344417476617",
         E.PERSON, "brandt"),
        ("Is this real? https://dhl-zustellung.info/pay?vorname=lena&nachname=brandt&karte=4198344417476617",
         E.CREDIT_CARD, "4198344417476617"),
        ("Me llegó esto: https://correos-pago.es/?nombre=ana+maria&apellido=ruiz&tarjeta=5410261891672868",
         E.PERSON, "ana+maria"),
        ("Me llegó esto: https://correos-pago.es/?nombre=ana+maria&apellido=ruiz&tarjeta=5410261891672868",
         E.CREDIT_CARD, "5410261891672868"),
        ("Vale a pena? https://ctt-taxa.pt/r?sobrenome=ferreira&cc=3547937484111445", E.PERSON, "ferreira"),
        ("link from the text: https://irs-refund-check.co/claim?first=dwayne&last=okafor&ssn=512448812",
         E.US_SSN, "512448812"),
        ("link from the text: https://irs-refund-check.co/claim?first=dwayne&last=okafor&ssn=512448812",
         E.PERSON, "okafor"),
        ("Kan dit? https://postnl-betaal.nl/?naam=de+vries&achternaam=bakker", E.PERSON, "de+vries"),
    ],
)
def test_personal_fields_in_a_link_query_are_found(text: str, etype: E, value: str) -> None:
    assert value in of_type(text, etype)


def test_a_query_name_beside_a_phone_is_covered() -> None:
    # (an international number in the query makes the whole link someone's: the name goes with it)
    text = "Kan dit? https://postnl-betaal.nl/?naam=de+vries&telefoon=%2B31612345678"
    start = text.index("de+vries")
    assert any(s.start <= start and start + len("de+vries") <= s.end for s in detector.detect(text))


@pytest.mark.parametrize(
    "text",
    [
        # a search, paging and tracking parameters are nobody's
        "https://www.google.com/search?q=4198344417476617&page=2&utm_source=mail",
        "see https://shop.example.net/list?id=5410261891672868&page=3&sort=price",
        # a documentation site's parameters are a manual's examples
        "https://docs.stripe.com/testing?card=4198344417476617&name=jenny",
        # a name key holding a common word, or figures
        "curl 'https://api.acme.io/v1/items?name=report&last=true&first=10'",
    ],
)
def test_impersonal_link_parameters_are_left_alone(text: str) -> None:
    assert of_type(text, E.CREDIT_CARD) == []
    assert of_type(text, E.PERSON) == []


# --- an SSN cued in its sentence or the one before ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        (("The dentist's front desk keeps asking for my social security number over the phone for insurance purposes. "
          "Is it normal that I read them 512448812?"), "512448812"),
        (("My landlord wants my SSN before he signs the lease for the flat on Elm Road. I told him it's 318557421, is that "
          "risky?"), "318557421"),
        ("Lost: my SS card (287 65 4410) and my keys.", "287 65 4410"),
        ("El formulario pide el número de seguro social del paciente para la aseguradora. Puse 601223344, ¿está bien?",
         "601223344"),
        # a correction: the second SSN after the first is one too
        ("they typed my ssn as 212458876 but it should be 212458867. write an email to fix it.", "212458867"),
    ],
)
def test_ssn_cued_in_the_same_or_previous_sentence(text: str, ssn: str) -> None:
    assert ssn in of_type(text, E.US_SSN)


@pytest.mark.parametrize(
    "text",
    [
        # no SSN cue anywhere: 9 figures are an invoice's, a phone's, an account's
        "Please pay invoice 512448812 by Friday.",
        "Ring me on 612345678 when you land.",
        # the cue is there, but another number's label stands nearer the number
        "I gave them my SSN last week. Now call me at 612345678 about the appointment.",
        "Need my SSN and the routing number 021000021 for the direct deposit form.",
        # the cue two sentences back: too far to name this number
        "My SSN is on file. The meeting moved. Reference 512448812 is the room booking.",
    ],
)
def test_nine_figures_without_a_reaching_ssn_cue_are_no_ssn(text: str) -> None:
    assert of_type(text, E.US_SSN) == []


# --- an HTML table's SSN column -------------------------------------------------------------------------------------


def test_html_column_named_ssn() -> None:
    text = ("<table><tr><th>Employee</th><th>SSN</th><th>Hired</th></tr>\n"
            "<tr><td>Rosa Delgado</td><td>601223344</td><td>2019-04-01</td></tr>\n"
            "<tr><td>Kofi Mensah</td><td>287 65 4410</td><td>2021-09-13</td></tr></table>")
    assert of_type(text, E.US_SSN) == ["601223344", "287 65 4410"]


def test_html_column_holding_a_dashed_ssn() -> None:
    text = ("<tr><td>Rosa Delgado</td><td>601223344</td><td>555 0101</td></tr>\n"
            "<tr><td>Kofi Mensah</td><td>287-65-4410</td><td>555 0102</td></tr>")
    assert sorted(of_type(text, E.US_SSN)) == ["287-65-4410", "601223344"]


def test_html_column_of_other_numbers_is_no_ssn() -> None:
    text = ("<table><tr><th>Item</th><th>SKU</th><th>Qty</th></tr>\n"
            "<tr><td>Lamp</td><td>601223344</td><td>2</td></tr>\n"
            "<tr><td>Desk</td><td>287654410</td><td>1</td></tr></table>")
    assert of_type(text, E.US_SSN) == []
