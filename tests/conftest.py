"""Fixtures that start real processes: the key server on a tmp_path socket, the web server, a real
redis-server, OpenBao's dev server, and the project's own OpenAI-speaking test upstream.

Each group lives in its own module under tests/fixtures/ and is loaded here as a plugin.
"""

pytest_plugins = [
    "tests.fixtures.env",
    "tests.fixtures.openbao",
    "tests.fixtures.upstream",
    "tests.fixtures.processes",
    "tests.fixtures.redis",
]
