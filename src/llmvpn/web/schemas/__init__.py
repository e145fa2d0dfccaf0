"""Request and response bodies of the web API, one module per resource (providers.py, ...)."""
