"""Upstream providers: the HTTP client, the shapes each kind speaks, and URL safety."""
