"""Benchmarks of llmvpn side by side with a direct call, a minimal forwarder and LiteLLM's proxy.

`python -m bench.run` (or `make bench`) runs the whole comparison; README.md says what is measured.
"""
