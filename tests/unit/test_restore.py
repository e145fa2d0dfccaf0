"""restore() and StreamRestorer: originals back in the answer, partial and re-written forms too, in any
chunking, and only ever from the answer's own scope."""

from __future__ import annotations

import asyncio
import random
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from llmvpn.privacy.mapping import SurrogateMap
from llmvpn.privacy.pseudonymize import pseudonymize
from llmvpn.privacy.restore import StreamRestorer, restore
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Policy, Span

TEXT = ("Dr. Jane Smith (jane.smith@gmail.com, +1 415-867-5309) paid with 4242 4242 4242 4242 from "
        "DE89 3704 0044 0532 0130 00 on 2024-03-15. She works at Acme Widgets GmbH in Berlin.")
VALUES = [("Dr. Jane Smith", E.PERSON), ("jane.smith@gmail.com", E.EMAIL), ("+1 415-867-5309", E.PHONE),
          ("4242 4242 4242 4242", E.CREDIT_CARD), ("DE89 3704 0044 0532 0130 00", E.IBAN),
          ("2024-03-15", E.DATE), ("Acme Widgets GmbH", E.ORGANIZATION), ("Berlin", E.LOCATION)]
SPANS = [Span(TEXT.index(v), TEXT.index(v) + len(v), t) for v, t in VALUES]


def scope(seed: int = 1, policy: Policy = Policy.PSEUDONYMIZE) -> tuple[SurrogateMap, str, dict[str, str]]:
    m = SurrogateMap(seed=seed)
    out = pseudonymize(TEXT, SPANS, m, policy=policy)
    return m, out.text, {TEXT[s.start:s.end]: v for s, v in out.replacements}


def stream(text: str, m: SurrogateMap, sizes) -> tuple[str, list[str]]:
    r, pieces, i = StreamRestorer(m), [], 0
    for size in sizes:
        if i >= len(text):
            break
        pieces.append(r.feed(text[i:i + size]))
        i += size
    if i < len(text):
        pieces.append(r.feed(text[i:]))
    pieces.append(r.flush())
    return "".join(pieces), pieces


@pytest.mark.parametrize("policy", [Policy.PSEUDONYMIZE, Policy.PLACEHOLDER])
def test_restore_whole_answer(policy):
    m, sent, _ = scope(policy=policy)
    assert sent != TEXT and restore(sent, m) == TEXT


def test_partial_and_changed_forms():
    m, _, sub = scope()
    title, first, last = sub["Dr. Jane Smith"].split()
    answer = (f"{first} can pay. {last}'s card is fine. {first.upper()} {last.upper()}! "
              f"{last}, {first} works at {sub['Acme Widgets GmbH'].split()[0]}.")
    assert restore(answer, m) == ("Jane can pay. Smith's card is fine. JANE SMITH! "
                                  "Smith, Jane works at Acme Widgets.")


def test_reformatted_numbers_keep_the_models_layout():
    m, _, sub = scope()
    phone = sub["+1 415-867-5309"]
    digits = "".join(c for c in phone if c.isdigit())
    card = sub["4242 4242 4242 4242"].replace(" ", "")
    iban = sub["DE89 3704 0044 0532 0130 00"].replace(" ", "")
    answer = f"Call {digits[0]} ({digits[1:4]}) {digits[4:7]}.{digits[7:]}, card {card}, iban {iban}."
    assert restore(answer, m) == "Call 1 (415) 867.5309, card 4242424242424242, iban DE89370400440532013000."


def test_no_restoration_inside_other_words_or_of_unrelated_text():
    m, _, sub = scope()
    first = sub["Dr. Jane Smith"].split()[1]
    answer = f"{first}na and x{first} and {first}_x and {first[:-1]} stay as they are"
    assert restore(answer, m) == answer


def test_placeholders_restore_with_or_without_brackets_redaction_does_not():
    m, sent, _ = scope(policy=Policy.PLACEHOLDER)
    assert restore("Dear PERSON_1, see [LOCATION_1].", m) == "Dear Dr. Jane Smith, see Berlin."
    red = SurrogateMap()
    assert restore(pseudonymize(TEXT, SPANS, red, policy=Policy.REDACT).text, red).count("[REDACTED]") == 8


def test_empty_mapping_and_empty_text():
    m = SurrogateMap()
    assert restore("anything", m) == "anything" and restore("", scope()[0]) == ""
    r = StreamRestorer(m)
    assert r.feed("abc") == "abc" and r.flush() == ""


def test_other_scripts_and_final_sigma():
    m = SurrogateMap(seed=2)
    text = "Ο ΟΔΥΣΣΕΑΣ και Иван Петров."
    spans = [Span(text.index(v), text.index(v) + len(v), E.PERSON) for v in ("ΟΔΥΣΣΕΑΣ", "Иван Петров")]
    sent = pseudonymize(text, spans, m, policy=Policy.PSEUDONYMIZE).text
    assert restore(sent, m) == text
    for size in (1, 2, 3):
        assert stream(sent, m, [size] * len(sent))[0] == text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("携帯は080-4412-7739です。メール: yuki.mori@mail.jpまで", [("080-4412-7739", E.PHONE), ("yuki.mori@mail.jp", E.EMAIL)]),
        ("김민수 씨 번호는 010-2345-6789입니다", [("010-2345-6789", E.PHONE)]),
        ("โทร 081-234-5678ครับ", [("081-234-5678", E.PHONE)]),
        ("王伟的电话是13812345678，卡号4539148803436467。", [("王伟", E.PERSON), ("13812345678", E.PHONE),
                                                   ("4539148803436467", E.CREDIT_CARD)]),
    ],
)
def test_surrogates_glued_to_a_script_without_spaces_are_restored(text, values):
    # Chinese, Japanese, Thai and Korean particles put no space between a number or a name and the next word.
    m = SurrogateMap(seed=3)
    sent = pseudonymize(text, [Span(text.index(v), text.index(v) + len(v), t) for v, t in values], m,
                        policy=Policy.PSEUDONYMIZE).text
    assert all(v not in sent for v, _ in values)
    assert restore(sent, m) == text
    rng = random.Random(1)
    for _ in range(50):
        assert stream(sent, m, [rng.randint(1, 5) for _ in sent])[0] == text


def test_a_value_in_full_width_or_other_digits_gets_an_ascii_surrogate_and_comes_back_as_written():
    text = "電話０９０－１２３４－５６７８、ｙｕｋｉ＠ｍａｉｌ．ｊｐ、اتصل ٠٥٠ ٢٣٤ ٦٧٨٩"
    values = [("０９０－１２３４－５６７８", E.PHONE), ("ｙｕｋｉ＠ｍａｉｌ．ｊｐ", E.EMAIL), ("٠٥٠ ٢٣٤ ٦٧٨٩", E.PHONE)]
    for seed in range(20):
        m = SurrogateMap(seed=seed)
        out = pseudonymize(text, [Span(text.index(v), text.index(v) + len(v), t) for v, t in values], m,
                           policy=Policy.PSEUDONYMIZE)
        for _, surrogate in out.replacements:
            assert surrogate.isascii()
        assert restore(out.text, m) == text


# --- streaming -------------------------------------------------------------------------------

def test_stream_any_chunking_equals_whole():
    m, sent, _ = scope()
    rng = random.Random(0)
    for size in (1, 2, 3, 4, 7, 64, len(sent)):
        assert stream(sent, m, [size] * len(sent))[0] == TEXT
    for _ in range(200):
        assert stream(sent, m, [rng.randint(1, 12) for _ in sent])[0] == TEXT


def test_every_split_point_inside_a_surrogate():
    m, sent, sub = scope()
    surrogate = sub["jane.smith@gmail.com"]
    at = sent.index(surrogate)
    for cut in range(at, at + len(surrogate) + 1):
        out, pieces = stream(sent, m, [cut, len(sent)])
        assert out == TEXT
        assert surrogate not in "".join(pieces) and not pieces[0].endswith(surrogate[:cut - at] or "\0")


def test_ordinary_text_is_not_held_back():
    m, _, sub = scope()
    r = StreamRestorer(m)
    assert r.feed("The weather ") == "The weather "
    assert r.feed("is fine; 12 degrees.") == "is fine; 12 degrees."
    first = sub["Dr. Jane Smith"].split()[1]
    assert r.feed(" Hi " + first[:3]) == " Hi "  # a possible name start waits...
    assert r.feed(first[3:] + ", ") == "Jane, "  # ...and comes out restored
    assert r.feed("x" + first) == "x" + first  # inside a word it cannot be a name: no wait
    assert r.flush() == ""


def test_stream_holds_at_most_the_longest_form():
    m, _, sub = scope()
    r = StreamRestorer(m)
    email = sub["jane.smith@gmail.com"]
    out = [r.feed(c) for c in email[:-1]]
    assert "".join(out) == ""
    assert r.feed(email[-1]) == "" and r.feed(" ") == "jane.smith@gmail.com "


def test_stream_restoration_is_fast():
    m, sent, _ = scope()
    chunks = [sent[i:i + 4] for i in range(0, len(sent), 4)] * 20
    best = float("inf")
    for _ in range(5):
        r = StreamRestorer(m)
        t = time.perf_counter()
        for c in chunks:
            r.feed(c)
        r.flush()
        best = min(best, (time.perf_counter() - t) / len(chunks))
    assert best < 200e-6  # microseconds per chunk; generous for loaded CI, bench/ has the figure


def test_a_megabyte_restores_in_bounded_time():
    m, sent, _ = scope()
    big = (sent + " filler words " * 40) * 600
    t = time.perf_counter()
    out = restore(big, m)
    assert time.perf_counter() - t < 5 and out.count("Jane Smith") == 600


# --- scoping ---------------------------------------------------------------------------------

_FIRST = "John Robert Michael William David Richard Joseph Charles Thomas Mark".split()
_LAST = "Abbott Barnes Cooper Dunn Ellis Foster Grant Hayes Irwin Jordan Kemp Lowe Mason Nash Owens " \
    "Pierce Quinn Reyes Shaw Tate".split()


def _people(i: int) -> tuple[str, list[Span]]:
    # 200 different people, and every scope draws from the same seed, so they all get the very same
    # surrogate name and phone number.
    name = f"{_FIRST[i % 10]} {_LAST[i // 10]}"
    text = f"Patient {name} called from +1 415-867-{i:04d}."
    start, phone = text.index(name), text.index("+1")
    return text, [Span(start, start + len(name), E.PERSON), Span(phone, len(text) - 1, E.PHONE)]


def _one_session(i: int) -> tuple[str, str]:
    text, spans = _people(i)
    m = SurrogateMap(seed=42)
    sent = pseudonymize(text, spans, m, policy=Policy.PSEUDONYMIZE).text
    time.sleep(0)  # let the other sessions interleave
    out, _ = stream(sent, m, [random.Random(i).randint(1, 5) for _ in sent])
    return sent, out


def test_look_alike_surrogates_never_cross_scopes_threads():
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(_one_session, range(200)))
    sents = {s for s, _ in results}
    assert len(sents) == 1  # the scopes really do share surrogates...
    for i, (_sent, out) in enumerate(results):
        assert out == _people(i)[0]  # ...yet each answer gets only its own values back


async def test_look_alike_surrogates_never_cross_scopes_asyncio():
    async def session(i: int) -> str:
        text, spans = _people(i)
        m = SurrogateMap(seed=42)
        sent = pseudonymize(text, spans, m, policy=Policy.PSEUDONYMIZE).text
        r, out = StreamRestorer(m), []
        for k in range(0, len(sent), 3):
            out.append(r.feed(sent[k:k + 3]))
            await asyncio.sleep(0)
        return "".join(out) + r.flush()

    outs = await asyncio.gather(*(session(i) for i in range(200)))
    assert outs == [_people(i)[0] for i in range(200)]


def test_stream_equals_whole_with_nested_forms_and_numbers():
    """Forms inside forms, numbers that are prefixes of numbers: the hardest cases for holding back."""
    rows = [("PHONE", "111-222", "123-456"), ("PHONE", "111-222-33", "123-456-78"),
            ("US_SSN", "999-88-7777", "123-45-6789"), ("PERSON", "Al", "Bo"), ("LOCATION", "Rome", "Bo Bo"),
            ("ORGANIZATION", "X Corp", "Bo-x"), ("IBAN", "GB11AAAA", "DE12ABCD")]
    m = SurrogateMap.from_dict({"v": 1, "shift": 30, "e": [["s", t, o, s] for t, o, s in rows]})
    forms = ["123-456", "123 456 78", "12345678", "123-45-6789", "123456789", "Bo", "Bo Bo", "BO-X",
             "bo-x", "de12 abcd", "+123456", "1234567"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(forms) if rng.random() < .5 else
                       "".join(rng.choice("ab 1-2 x_+.B") for _ in range(rng.randint(0, 4)))
                       for _ in range(rng.randint(0, 7)))
        assert stream(text, m, [rng.randint(1, 5) for _ in text])[0] == restore(text, m), text
    assert restore("call 123 456 78 or 123-456, Bo Bo and Bo", m) == "call 111 222 33 or 111-222, Rome and Al"
