"""Put the originals back into an answer: whole texts with `restore`, streams with `StreamRestorer`.

Both run the same scan over the same index (surrogate_index.py), so a stream, however it is cut,
comes out exactly as the whole answer would. The scan matches on the folded text, so "MARIA KELLER"
is found too; at each position the longest form wins, and a re-punctuated number is taken only
where no form starts first.
"""

from __future__ import annotations

from llmvpn.privacy import surrogates as sg
from llmvpn.privacy.mapping import SurrogateMap
from llmvpn.privacy.surrogate_index import HOLD, SCAN, SurrogateIndex, index_of

__all__ = ["StreamRestorer", "prepare", "restore"]


def prepare(mapping: SurrogateMap) -> None:
    """Build the mapping's restoration index now (say, while the upstream call is in flight) rather
    than when the first chunk of the answer arrives."""
    index_of(mapping)


def restore(text: str, mapping: SurrogateMap) -> str:
    """`text` with each surrogate and placeholder of `mapping` replaced by its original, also when
    written partly (a first name alone, an organisation without its legal form), in another case,
    or, for numbers, with other punctuation. Only `mapping`'s own values are ever put back."""
    ix = index_of(mapping)
    if ix.empty or not text:
        return text
    return _scan(ix, text, sg.fold(text), 0, len(text))[0]


def _scan(ix: SurrogateIndex, raw: str, low: str, pos: int, limit: int) -> tuple[str, int]:
    """Restore the matches in `low` (= fold(raw); characters before `pos` are context only) that
    start before `limit`. Returns the restored text and where it ends: `limit`, or further when a
    match starting before `limit` runs past it.

    Left to right, like a regex's finditer: the longest form at the first position where one
    stands, then on after it; a re-punctuated number only where no form starts first."""
    out = []
    forms = ix.matches(low, pos, limit) if ix.forms else []
    k, number = 0, None
    while True:
        while k < len(forms) and forms[k][0] < pos:  # starts inside what was just restored
            k += 1
        form_start = forms[k][0] if k < len(forms) else limit
        if ix.numbers and (number is None or number[0] < pos):
            number = ix.next_number(low, pos, form_start)
        if number is not None and number[0] < form_start:
            start, end, key = number
            out += (raw[pos:start], ix.original(raw[start:end], low[start:end], key))
        elif k < len(forms):
            start, end = forms[k]
            out += (raw[pos:start], ix.original(raw[start:end], low[start:end], None))
        else:
            break
        pos = end
    end = max(pos, limit)
    out.append(raw[pos:end])
    return "".join(out), end


class StreamRestorer:
    """Restores a streamed answer chunk by chunk, exactly as `restore` would restore it whole.

    Text goes out as soon as it cannot be the start of a surrogate; only a possible surrogate prefix
    is held back (at most the longest form), so ordinary text is not delayed, and no surrogate is
    ever sent half restored, however the stream is cut. Uses the mapping as it was when created.
    """

    __slots__ = ("_ix", "_low", "_prev", "_raw", "_scan", "_scanned")

    def __init__(self, mapping: SurrogateMap) -> None:
        self._ix = index_of(mapping)
        self._raw = ""    # held back
        self._low = ""    # fold(self._raw)
        self._prev = ""   # the last character sent, folded: the left context of the next match
        self._scanned = 0  # no surrogate can start in self._raw before this position...
        self._scan = False  # ...but one may stand there complete, if this is set

    def feed(self, chunk: str) -> str:
        """The restored text that can go out now (possibly "")."""
        ix = self._ix
        if ix.empty:
            return chunk
        low = sg.fold(chunk)
        if not self._raw and ix.starts.isdisjoint(low):  # the common case: nothing to look at
            if low:
                self._prev = low[-1]
            return chunk
        self._raw += chunk
        self._low += low
        out = []
        while self._raw and (hold := self._hold()) > 0:
            out.append(self._emit(hold))
        return "".join(out)

    def flush(self) -> str:
        """Everything still held, restored: call once when the stream ends."""
        self._scan = True
        text = self._emit(len(self._raw)) if self._raw else ""
        self._prev = ""
        return text

    def _emit(self, limit: int) -> str:
        if not self._scan:  # no surrogate stands in there
            end, text = limit, self._raw[:limit]
        else:
            ctx = len(self._prev)
            text, end = _scan(self._ix, self._prev + self._raw, self._prev + self._low, ctx, ctx + limit)
            end -= ctx
        self._prev = self._low[end - 1]
        self._raw, self._low, self._scanned, self._scan = self._raw[end:], self._low[end:], 0, False
        return text

    def _hold(self) -> int:
        """The first position of the held text where a surrogate might start, or its length."""
        low, may_start = self._low, self._ix.may_start
        i = self._scanned
        while i < len(low):
            verdict = may_start(low, i, low[i - 1] if i else self._prev)
            if verdict == HOLD:
                break
            if verdict == SCAN:
                self._scan = True
            i += 1
        self._scanned = i  # more text never makes an earlier position a possible start
        return i
