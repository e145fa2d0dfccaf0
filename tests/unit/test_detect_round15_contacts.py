"""The fifteenth round, addresses in links and records: an email address left unencoded as a link's user with the
host's "@" right after it (mutt's smtp_url) is someone's mailbox; a quote ends a link, so a record's next string is
no "user:password@" of the link before it. Patterns and rules only."""

from __future__ import annotations

from llmvpn.privacy.spans import EntityType as E
from tests.unit.rules_only import of_type


def test_an_email_as_a_links_user_before_the_hosts_at_is_an_email() -> None:
    text = 'set smtp_url = "smtps://mwangi_kariuki74@gmail.com@smtp.gmail.com"\nShould I move the password?'
    assert of_type(text, E.EMAIL) == ["mwangi_kariuki74@gmail.com"]


def test_a_links_plain_user_is_still_no_email() -> None:
    assert of_type("clone it from ssh://git@github.com/acme/app.git please", E.EMAIL) == []


def test_a_quote_ends_a_link_so_the_next_strings_address_is_no_password() -> None:
    text = '{"key":"baseUrl","value":"https://63.168.129.45:8443"},{"key":"testUser","value":"chebet63@penhaligon-law.co.uk"}]}'
    assert of_type(text, E.SECRET) == []
    assert of_type(text, E.EMAIL) == ["chebet63@penhaligon-law.co.uk"]


def test_a_links_user_and_password_are_still_one_secret() -> None:
    assert of_type("DATABASE_URL=postgres://app:S3cr3tPw9@db.internal:5432/x", E.SECRET) == ["app:S3cr3tPw9"]
