"""PII detection benchmark: a seeded labelled corpus and a quality/throughput runner."""
