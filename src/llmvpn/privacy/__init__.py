"""The privacy pipeline: detect PII, pseudonymize it, restore it in the answer. Runs in the web server."""
