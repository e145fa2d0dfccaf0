"""Pattern recognizers, one module per family of PII.

Each family module exposes `find(text) -> list[Span]`: candidate spans, validated (checksums,
phonenumbers, python-stdnum, entropy) and possibly overlapping. `negatives.py` says which stretches of
text are known non-PII (order numbers, versions, UUIDs, prices, ...); `llmvpn.privacy.detect` combines
them all and resolves overlaps.
"""
