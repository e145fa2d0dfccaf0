"""The web server: stateless FastAPI workers in front of the key server (see DESIGN.md).

It never imports llmvpn.crypto or llmvpn.storage; tests/unit/test_import_rule.py keeps it so.
"""
