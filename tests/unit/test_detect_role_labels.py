"""Names after role labels and cue phrases: form fields ("Reports to:", "parent/guardian:", "Kontoinhaber"
before a name in capitals), salutations with a gender slash, self-introductions, "to the attention of" in
other languages, minutes' "Present:"/"Apologies:" lists, name-like JSON keys and chat-export speakers with
middle initials; and the look-alikes each cue must leave alone. Patterns and rules only (no NER model)."""

from __future__ import annotations

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.spans import EntityType as E

detector = Detector(ner=None)


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text) if s.type is E.PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # form labels
        ("Offer letter\ndate: 17.01.2025\nreports to: joris de graaf\nplace of work: remote", "joris de graaf"),
        ("Pupil: Anna Sokolova\nparent/guardian: Chukwuemeka Yamamoto\nhome address: see file", "Chukwuemeka Yamamoto"),
        ("Date de naissance : 14/08/1974\nResponsable légal : Ségolène Le Goff\nCourriel : x", "Ségolène Le Goff"),
        ("Mobile: +3212386133\nSecond contact: Cerys MacLeod (514541519)\nGP practice: Elm St", "Cerys MacLeod"),
        ("Convert this:\n\nfull name: Terrence H. Yoder\nemail: t@example.org", "Terrence H. Yoder"),
        # names in capitals after account holders, tenants, cards and travellers
        ("Überweisen Sie bitte 1,00 € an IBAN DE91 0089, Kontoinhaber TORSTEN LEHMKUHL. Rückfragen bitte.",
         "TORSTEN LEHMKUHL"),
        ("What I entered:\nName on card: REMEDIOS SAAVEDRA\nCard number: expired", "REMEDIOS SAAVEDRA"),
        ("No contrato de aluguel está assim: LOCATÁRIO: BRUNO DE SOUZA, documento anexo", "BRUNO DE SOUZA"),
        ("Translate for the airline: 'I am travelling as CHUKWUEMEKA MWANGI, booking reference below'",
         "CHUKWUEMEKA MWANGI"),
        ("Which field looks wrong?\n\nFull legal name: LATOYA O. HOLLISTER\nDate of birth: unknown",
         "LATOYA O. HOLLISTER"),
        # salutations with a gender slash, self-introductions, attention lines
        ("Ist das eine Phishing-Mail? „Sehr geehrte/r Gesa Baumgärtner, zur Bestätigung Ihrer Daten", "Gesa Baumgärtner"),
        ("Traduce este correo: «Estimado/a Bethan Sutcliffe: confirmamos su incorporación»", "Bethan Sutcliffe"),
        ("Ik wil mijn afspraak verzetten. Ik ben Ilse Verhoeven, geboren in Utrecht.", "Ilse Verhoeven"),
        ("68000 COLMAR\n\nÀ l'attention de Jean-Luc Hamon\n\nObjet : congé", "Jean-Luc Hamon"),
        ("SMS pour annuler mon rendez-vous avec le docteur Marchand au cabinet.", "Marchand"),
        # meeting minutes, JSON keys, chat exports
        ("Date: Feb 9\nPresent: Grégoire Lejeune, C. Marchand (external, cm@example.org)\nApologies: Jikke\n", "Jikke"),
        ("Date: Feb 9\nPresent: Grégoire Lejeune, C. Marchand (external, cm@example.org)\n", "C. Marchand"),
        ('{"user_profile": {"real_name": "gijs postma", "display_name": "gijs"}}', "gijs postma"),
        ('{"user_profile": {"real_name": "gijs postma", "display_name": "gijs"}}', "gijs"),
        ("WhatsApp export:\n\n25.09.22, 18:02 - Mason S. Strickland: does anyone have the key?", "Mason S. Strickland"),
        ("WhatsApp export:\n\n08.02.26, 18:02 - Gwenaëlle Le Goff: does anyone have the key?", "Gwenaëlle Le Goff"),
        ("The account owner is Uwe zu Salm (u.zusalm@example.org).", "Uwe zu Salm"),
    ],
)
def test_detects_a_name_after_a_role_label_or_cue(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apologies for the delay, the report is attached.",
        "Present: Marketing, Sales and Finance\nAbsent: none",
        "Reports to: Head of Engineering",
        "Kontoinhaber siehe Anlage, Rückfragen an das Büro.",
        "Sehr geehrte Damen und Herren, anbei die Rechnung.",
        "Estimado/a cliente: su pedido ha sido enviado.",
        "Ik ben benieuwd naar het resultaat.",
        '{"display_name": "Checkout", "real_name": null}',
        "À l'attention de la direction\n\nObjet : réunion",
        "parent/guardian: TBD",
    ],
)
def test_leaves_ordinary_words_after_these_cues_alone(text: str) -> None:
    assert names(text) == []
