"""The privacy pipeline on every chat route, through real processes: what the provider receives (the
test upstream's record) holds no original PII, and what the caller gets back holds the originals again.

The test upstream answers "You said: " + the last user message, cut into events of 4 characters, so a
streamed answer splits surrogates across chunks, and an exact comparison checks the restoration.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Callable

import httpx
import openai
import pytest

from llmvpn.demo import UpstreamServer
from tests.fixtures.processes import short_socket_dir, start_keyserver, start_web
from tests.integration.gateway import WEB_ENV, Gateway, Pool, gateway, make_pool, post_chat  # noqa: F401

NAME, EMAIL, PHONE, IBAN = "Maria Keller", "maria.keller@gmail.com", "+44 20 7946 0958", "DE89370400440532013000"
PROMPT = (f"Hi, I'm {NAME}. Please email me at {EMAIL} or call {PHONE}; "
          f"my refund goes to IBAN {IBAN}. Thanks, Maria")
ORIGINALS = (NAME, "Keller", EMAIL, PHONE, IBAN)


def sdk(gateway: Gateway, sub: str = "alice") -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.token(sub), max_retries=0, timeout=15)


def messages(text: str = PROMPT) -> list[dict]:
    return [{"role": "system", "content": "You are a support agent."}, {"role": "user", "content": text}]


def sent_upstream(upstream: UpstreamServer) -> str:
    """Every body the provider received, as one string."""
    return "\n".join(json.dumps(call.json) for call in upstream.received())


def answer_text(response: httpx.Response) -> str:
    """The assistant's text of a JSON answer or of a stream (its chunks' content joined)."""
    if not response.headers["content-type"].startswith("text/event-stream"):
        return response.json()["choices"][0]["message"]["content"]
    chunks = [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: {")]
    return "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks if c.get("choices"))


def assert_no_originals(text: str, originals: tuple[str, ...] = ORIGINALS) -> None:
    leaked = [value for value in originals if value in text]
    assert not leaked, f"the provider received {leaked}"


def test_sdk_answer_is_restored_and_upstream_never_sees_the_pii(
        gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool()
    raw = sdk(gateway).chat.completions.with_raw_response.create(model=pool.model, messages=messages())
    answer = raw.parse()
    assert answer.choices[0].message.content == f"You said: {PROMPT}"
    upstream_text = sent_upstream(upstream)
    assert_no_originals(upstream_text)
    assert "privacy" not in upstream.received()[0].json, "the privacy choice must not go upstream"
    # The report: types and counts, never a value.
    report = answer.model_extra["privacy"]
    assert report["pii"] == "pseudonymize" and report["restore"] is True
    assert {"PERSON", "EMAIL", "PHONE", "IBAN"} <= set(report["found"])
    assert report["replaced"] >= 4 and report["messages_changed"] == 1
    header = json.loads(raw.headers["x-llmvpn-privacy"])
    assert header["found"] == report["found"]
    assert_no_originals(json.dumps(report) + raw.headers["x-llmvpn-privacy"])


def test_sdk_stream_is_restored_exactly_however_the_surrogates_are_cut(
        gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool()
    chunks = list(sdk(gateway).chat.completions.create(model=pool.model, messages=messages(), stream=True,
                                                       stream_options={"include_usage": True}))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == f"You said: {PROMPT}"
    assert chunks[0].model_extra["privacy"]["replaced"] >= 4
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0
    assert_no_originals(sent_upstream(upstream))
    gateway.wait_for_no_leases()


@pytest.mark.parametrize("stream", [False, True])
def test_values_glued_to_japanese_or_in_full_width_are_protected_and_restored(
        stream: bool, gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    # No spaces around the values, and a number typed in a Japanese keyboard's full-width mode.
    phone, wide, email = "080-4412-7739", "０９０－２２３４－５６７８", "yuki.mori@mail.jp"
    prompt = f"携帯は{phone}です。自宅は{wide}、メールは{email}までお願いします。"
    pool = make_pool()
    response = post_chat(gateway, {"model": pool.model, "messages": messages(prompt), "stream": stream})
    assert response.status_code == 200, response.text
    assert answer_text(response) == f"You said: {prompt}"
    # Neither the values as written nor their ASCII form reach the provider.
    assert_no_originals(sent_upstream(upstream), (phone, "08044127739", wide, "090-2234-5678", email))


@pytest.mark.parametrize("stream", [False, True])
def test_every_message_of_the_conversation_is_protected(
        stream: bool, gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool()
    conversation = [
        {"role": "system", "content": f"The customer is {NAME} ({EMAIL})."},
        {"role": "user", "content": [{"type": "text", "text": f"My phone is {PHONE}."}]},
        {"role": "assistant", "content": "Thanks, Maria, noted."},
        {"role": "user", "content": "Can you confirm my number and name?"},
    ]
    response = post_chat(gateway, {"model": pool.model, "messages": conversation, "stream": stream})
    assert response.status_code == 200, response.text
    received = upstream.received()[0].json["messages"]
    assert_no_originals(json.dumps(received), (NAME, EMAIL, PHONE, "Maria"))
    # One mapping for the whole conversation: the same person has the same surrogate everywhere.
    surrogate_first = received[0]["content"].split("The customer is ")[1].split()[0]
    assert surrogate_first in received[2]["content"]


def test_policies_chosen_per_request(gateway: Gateway, make_pool: Callable[..., Pool],
                                     upstream: UpstreamServer) -> None:
    pool = make_pool()
    client = sdk(gateway)

    def ask(privacy: dict) -> str:
        upstream.reset()
        answer = client.chat.completions.create(model=pool.model, messages=messages(),
                                                extra_body={"privacy": privacy})
        return answer.choices[0].message.content or ""

    assert ask({"pii": "redact"}).count("[REDACTED]") >= 4  # not restorable, by design
    assert_no_originals(sent_upstream(upstream))

    assert ask({"pii": "placeholder"}) == f"You said: {PROMPT}"
    assert "[PERSON_1]" in sent_upstream(upstream) and "[EMAIL_1]" in sent_upstream(upstream)

    assert ask({"pii": "pseudonymize", "restore": False}) != f"You said: {PROMPT}"
    assert_no_originals(sent_upstream(upstream))

    assert ask({"pii": "pseudonymize", "entities": ["EMAIL"]}) == f"You said: {PROMPT}"
    upstream_text = sent_upstream(upstream)
    assert EMAIL not in upstream_text and NAME in upstream_text and PHONE in upstream_text

    assert ask({"pii": "off"}) == f"You said: {PROMPT}"
    assert EMAIL in sent_upstream(upstream)


def test_show_sent_lets_the_caller_see_what_the_provider_saw(
        gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool()
    response = post_chat(gateway, {"model": pool.model, "messages": messages(), "privacy": {"show_sent": True}})
    sent = response.json()["privacy"]["sent_messages"]
    assert sent == upstream.received()[0].json["messages"]
    assert_no_originals(json.dumps(sent))


@pytest.mark.parametrize(("privacy", "param"), [
    ("pseudonymize", "privacy"),
    ({"pii": "scramble"}, "privacy.pii"),
    ({"entities": ["PERSON", "SHOE_SIZE"]}, "privacy.entities[1]"),
    ({"entities": "PERSON"}, "privacy.entities"),
    ({"restore": "yes"}, "privacy.restore"),
    ({"pii": "off", "colour": "blue"}, "privacy.colour"),
])
def test_a_bad_privacy_choice_is_a_400_naming_the_field(
        privacy: object, param: str, gateway: Gateway, make_pool: Callable[..., Pool],
        upstream: UpstreamServer) -> None:
    pool = make_pool()
    response = post_chat(gateway, {"model": pool.model, "messages": messages(), "privacy": privacy})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == param
    assert upstream.received() == []


def test_direct_api_stateless_and_web_api_are_protected(
        gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool()
    headers = {"Authorization": f"Bearer {gateway.token()}"}
    base = gateway.web.url
    stateless = gateway.http.post(f"{base}/api/v1/stateless-query", headers=headers,
                                  json={"model": pool.model, "messages": messages()})
    assert stateless.json()["choices"][0]["message"]["content"] == f"You said: {PROMPT}"

    session = gateway.http.post(f"{base}/api/web/initialize-session", headers=headers,
                                json={"models": [pool.model]}).json()["session_id"]
    turn = gateway.http.post(f"{base}/api/web/generate", headers=headers,
                             json={"session_id": session, "prompt": PROMPT, "stream": True})
    assert turn.status_code == 200
    assert answer_text(turn) == f"You said: {PROMPT}"
    assert_no_originals(sent_upstream(upstream))


def test_a_session_keeps_one_mapping_across_turns_and_shows_its_owner_the_originals(
        gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool()
    headers = {"Authorization": f"Bearer {gateway.token()}"}
    url = f"{gateway.web.url}/api/v1/stateful-query"
    first = gateway.http.post(url, headers=headers, json={"model": pool.model, "messages": messages()})
    assert first.status_code == 200, first.text
    session_id = first.json()["session_id"]
    second = gateway.http.post(url, headers=headers, json={
        "model": pool.model, "session_id": session_id,
        "messages": [{"role": "user", "content": f"Is {EMAIL} still right, {NAME}?"}]})
    assert second.json()["choices"][0]["message"]["content"] == f"You said: Is {EMAIL} still right, {NAME}?"

    turn1, turn2 = (call.json["messages"] for call in upstream.received())
    assert_no_originals(json.dumps([turn1, turn2]))
    # The history goes upstream as it was sent the first time, and the same values get the same surrogates.
    assert turn2[:2] == turn1
    surrogate_email = next(w for w in turn1[1]["content"].split() if "@" in w).rstrip(".,")
    assert surrogate_email in turn2[-1]["content"]

    view = gateway.http.get(f"{gateway.web.url}/api/web/session/{session_id}", headers=headers).json()
    assert view["messages"][1]["content"] == PROMPT
    assert view["messages"][-1]["content"] == f"You said: Is {EMAIL} still right, {NAME}?"


async def test_concurrent_sessions_never_get_each_others_values(
        gateway: Gateway, make_pool: Callable[..., Pool], upstream: UpstreamServer) -> None:
    pool = make_pool(keys=8)
    people = [(f"{first} {last}", f"{first.lower()}.{last.lower()}@gmail.com")
              for first in ("Anna", "Lukas", "Sofia", "Jonas", "Emma", "Noah", "Mia", "Elias")
              for last in ("Schmidt", "Weber", "Novak")]
    url = f"{gateway.web.url}/api/v1/stateful-query"

    async def conversation(client: httpx.AsyncClient, i: int, name: str, email: str) -> None:
        headers = {"Authorization": f"Bearer {gateway.token(f'user-{i}')}"}
        body = {"model": pool.model, "messages": [{"role": "user", "content": f"I am {name}, mail {email}."}],
                "stream": i % 2 == 0}
        for turn in range(2):
            response = await client.post(url, headers=headers, json=body)
            assert response.status_code == 200, response.text
            text = answer_text(response)
            assert name in text and email in text
            others = [value for other, other_email in people if other != name for value in (other, other_email)]
            assert not [value for value in others if value in text], f"session {i} got another person's value"
            session_id = response.headers["x-session-id"]
            body = {**body, "session_id": session_id,
                    "messages": [{"role": "user", "content": f"Again: {name}, {email}, turn {turn}."}]}

    async with httpx.AsyncClient(timeout=30) as client:
        await asyncio.gather(*(conversation(client, i, name, email) for i, (name, email) in enumerate(people)))
    upstream_text = sent_upstream(upstream)
    assert not [email for _, email in people if email in upstream_text]
    gateway.wait_for_no_leases()


def test_the_session_state_in_redis_holds_no_original(
        make_pool: Callable[..., Pool], upstream: UpstreamServer, redis_server, tmp_path) -> None:  # noqa: ANN001
    redis_server.flush()
    sock_dir = short_socket_dir()
    try:
        with start_keyserver(tmp_path, sock_dir / "ks.sock", KEY_SERVER_REDIS_URL=redis_server.url) as keyserver, \
                start_web(tmp_path, keyserver.socket_path, **WEB_ENV) as web, httpx.Client(timeout=15) as http:
            local = Gateway(keyserver, web, http)
            pool = _pool_on(local, upstream)
            headers = {"Authorization": f"Bearer {local.token()}"}
            response = http.post(f"{web.url}/api/v1/stateful-query", headers=headers,
                                 json={"model": pool, "messages": messages()})
            assert response.status_code == 200, response.text
            assert response.json()["choices"][0]["message"]["content"] == f"You said: {PROMPT}"
            import redis

            store = redis.Redis.from_url(redis_server.url)
            dump = b"".join(_values(store))
            assert dump, "the session should be in Redis"
            assert not [v for v in ORIGINALS if v.encode() in dump], "an original value is stored in Redis"
            # The web log, at DEBUG, holds no original either.
            assert not [v for v in ORIGINALS if v in web.log()]
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)


def _pool_on(gateway: Gateway, upstream: UpstreamServer) -> str:
    from llmvpn.keys import ProviderKey
    from llmvpn.keyserver.client import NewKey

    gateway.run(lambda c: c.create_provider(name="redis-pool", kind="openai", base_url=upstream.url,
                                            models=["redis-model"], keys=[NewKey(ProviderKey("sk-redis-0001xyz"))]))
    return "redis-model"


def _values(store) -> list[bytes]:  # noqa: ANN001
    out = []
    for key in store.scan_iter():
        kind = store.type(key)
        if kind == b"string":
            out.append(store.get(key) or b"")
        elif kind == b"hash":
            out += [k + v for k, v in store.hgetall(key).items()]
        elif kind == b"list":
            out += store.lrange(key, 0, -1)
        elif kind == b"zset":
            out += store.zrange(key, 0, -1)
        elif kind == b"set":
            out += list(store.smembers(key))
    return out


def test_a_locked_policy_refuses_to_be_weakened(
        make_pool: Callable[..., Pool], upstream: UpstreamServer, tmp_path) -> None:  # noqa: ANN001
    sock_dir = short_socket_dir()
    try:
        with start_keyserver(tmp_path, sock_dir / "ks.sock") as keyserver, \
                start_web(tmp_path, keyserver.socket_path, LLMVPN_PRIVACY_ALLOW_WEAKER="false",
                          LLMVPN_PRIVACY_NER="false", **WEB_ENV) as web, httpx.Client(timeout=15) as http:
            local = Gateway(keyserver, web, http)
            model = _pool_on(local, upstream)
            for privacy, param in (({"pii": "off"}, "privacy.pii"), ({"entities": ["EMAIL"]}, "privacy.entities")):
                response = post_chat(local, {"model": model, "messages": messages(), "privacy": privacy})
                assert response.status_code == 403, response.text
                error = response.json()["error"]
                assert error["code"] == "privacy_policy_locked" and error["param"] == param
            assert upstream.received() == []
            # Stronger is always allowed.
            response = post_chat(local, {"model": model, "messages": messages(), "privacy": {"pii": "redact"}})
            assert response.status_code == 200 and response.json()["privacy"]["ner"] is False
            assert_no_originals(sent_upstream(upstream))
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)


def test_a_prompt_over_the_scan_limit_is_413_and_gives_back_the_lease_taken_beside_the_scan(
        upstream: UpstreamServer, tmp_path) -> None:  # noqa: ANN001
    # The first lease is fetched while the prompt is scanned; a request whose scan fails never uses it.
    sock_dir = short_socket_dir()
    try:
        with start_keyserver(tmp_path, sock_dir / "ks.sock") as keyserver, \
                start_web(tmp_path, keyserver.socket_path, LLMVPN_PRIVACY_MAX_CHARS="1000",
                          LLMVPN_PRIVACY_NER="false", **WEB_ENV) as web, httpx.Client(timeout=15) as http:
            local = Gateway(keyserver, web, http)
            model = _pool_on(local, upstream)
            for _ in range(3):
                response = post_chat(local, {"model": model, "messages": messages(PROMPT * 20)})
                assert response.status_code == 413, response.text
                assert response.json()["error"]["code"] == "privacy_text_too_long"
            assert upstream.received() == []
            local.wait_for_no_leases()
            # and the gateway goes on answering within the limit
            response = post_chat(local, {"model": model, "messages": messages()})
            assert response.status_code == 200, response.text
            assert response.json()["choices"][0]["message"]["content"] == f"You said: {PROMPT}"
            local.wait_for_no_leases()
    finally:
        shutil.rmtree(sock_dir, ignore_errors=True)


# -- POST /api/privacy/analyze ------------------------------------------------------------------------


def analyze(gateway: Gateway, body: object, token: str | None = "default") -> httpx.Response:
    headers = {} if token is None else {"Authorization": f"Bearer {gateway.token() if token == 'default' else token}"}
    if isinstance(body, bytes):
        return gateway.http.post(f"{gateway.web.url}/api/privacy/analyze", content=body,
                                 headers={**headers, "Content-Type": "application/json"})
    return gateway.http.post(f"{gateway.web.url}/api/privacy/analyze", json=body, headers=headers)


def test_analyze_returns_spans_in_python_offsets(gateway: Gateway) -> None:
    text = f"🙂 Grüße! {PROMPT}"  # characters outside the BMP and accents before the PII
    response = analyze(gateway, {"text": text})
    assert response.status_code == 200, response.text
    result = response.json()
    found = {(text[s["start"]:s["end"]], s["type"]) for s in result["spans"]}
    assert {(NAME, "PERSON"), (EMAIL, "EMAIL"), (PHONE, "PHONE"), (IBAN, "IBAN")} <= found
    assert all(0 < s["score"] <= 1 for s in result["spans"])
    assert_no_originals(result["pseudonymized"])
    assert result["pseudonymized"].startswith("🙂 Grüße! Hi, I'm ")
    only_email = analyze(gateway, {"text": text, "entities": ["EMAIL"], "pii": "placeholder"}).json()
    assert [s["type"] for s in only_email["spans"]] == ["EMAIL"]
    assert "[EMAIL_1]" in only_email["pseudonymized"] and NAME in only_email["pseudonymized"]


@pytest.mark.parametrize("text", ["", "   ", "Как дела? 東京で会いましょう。", "\x00\x01 binary-ish \ufffd"])
def test_analyze_answers_any_text(gateway: Gateway, text: str) -> None:
    response = analyze(gateway, {"text": text})
    assert response.status_code == 200, response.text
    for span in response.json()["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)


def test_analyze_refuses_bad_input_clearly(gateway: Gateway) -> None:
    assert analyze(gateway, {"text": PROMPT}, token=None).status_code == 401
    invalid_utf8 = analyze(gateway, b'{"text": "\xff\xfe bad"}')
    assert invalid_utf8.status_code in (400, 422) and "error" in invalid_utf8.json()
    assert analyze(gateway, {"txt": PROMPT}).status_code in (400, 422)
    assert analyze(gateway, {"text": PROMPT, "entities": ["SHOE_SIZE"]}).status_code in (400, 422)
    too_long = analyze(gateway, {"text": "word " * 250_000})  # over the body limit or the detector's
    assert too_long.status_code == 413 and "error" in too_long.json()
