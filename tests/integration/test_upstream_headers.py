"""What an upstream learns from the gateway's headers: its key and the body's format, nothing about
the client and nothing carried over from an earlier request (through real processes)."""

from __future__ import annotations

from collections.abc import Callable

from llmvpn.demo import Fault, UpstreamServer
from tests.integration.gateway import Gateway, Pool, chat_body, gateway, make_pool, post_chat  # noqa: F401


def test_a_cookie_an_upstream_sets_is_never_sent_back(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    # An upstream behind a CDN sets cookies (Cloudflare's __cf_bm on OpenAI's API): a gateway that
    # kept them would tie every later request, whoever sent it, to the first one.
    pool = make_pool(keys=2)
    upstream.script(Fault(status=500, headers={"Set-Cookie": "__cf_bm=visitor-7f3a; Path=/; HttpOnly"}))
    assert post_chat(gateway, chat_body(pool.model)).status_code == 200  # failed over to the other key
    assert post_chat(gateway, chat_body(pool.model)).status_code == 200
    calls = upstream.received()
    assert len(calls) == 3
    assert [call.headers.get("cookie") for call in calls] == [None, None, None]


def test_the_clients_own_headers_stay_with_the_gateway(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    pool = make_pool(keys=1)
    client_headers = {"User-Agent": "MyCompanyApp/4.2 (alice-laptop)", "X-Forwarded-For": "203.0.113.77",
                      "Cookie": "session=alice", "Referer": "https://intranet.example/alice"}
    assert post_chat(gateway, chat_body(pool.model), headers=client_headers).status_code == 200
    (call,) = upstream.received()
    sent = " ".join(f"{name}: {value}" for name, value in call.headers.items())
    for value in ("MyCompanyApp", "alice", "203.0.113.77", "intranet"):
        assert value not in sent, sent


def test_an_answer_an_upstream_compresses_reaches_the_client_decoded(
    gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer,
) -> None:
    # A provider behind a compressing proxy answers with Content-Encoding: gzip (the gateway's client
    # offers it): the client gets the JSON, and a compressed error body is still read for its message.
    pool = make_pool(keys=1)
    upstream.script(Fault(gzip=True))
    response = post_chat(gateway, chat_body(pool.model, "Compressed, please."))
    assert response.status_code == 200, response.text
    assert response.json()["choices"][0]["message"]["content"] == "You said: Compressed, please."
    assert "content-encoding" not in response.headers

    upstream.script(Fault(status=400, gzip=True, body='{"error": {"message": "max_tokens is too large"}}'))
    response = post_chat(gateway, chat_body(pool.model))
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "upstream: max_tokens is too large"
