"""Shared state on Redis, for several key servers (on several hosts) drawing on one key pool.

Each decision is one Lua script, so it is atomic across key servers: the key choice with its cooldown
and per-minute checks, a release, the expiry sweep. Time comes from Redis (`TIME`), one clock for all
hosts. Redis errors are translated once, in `_redis_errors`: a Redis that is down costs a 503, and
there is no silent fall-back to memory (that would split the pool's state across hosts).

Layout under the prefix (default `llmvpn:`): `key:<id>` hash (in_flight, last_used, cooldown_until),
`rpm:<id>` / `tpm:<id>` sorted sets over the last minute, `owner:<sub>` the owner's last key,
`lease:<id>` hash + `leases` sorted set by expiry, `session:<id>` JSON with the session's TTL,
`budget:<sub>:<day>` hash (requests, tokens of one UTC day), `rate:<sub>` sorted set over the last
minute, `reservation:<id>` hash (owner, day, estimate) until settled, `usage:<table>:<name>` hashes
of counters (added to in one transaction a second, not one per release: see flush_usage).
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from collections.abc import Iterator, Sequence

import redis.asyncio as aioredis
import redis.exceptions

from llmvpn.errors import KeyServerUnavailable, NoCapacity, RateLimited
from llmvpn.keyserver.state.base import (
    DAY_SECONDS, RESERVATION_TTL_SECONDS, UNLIMITED_WEIGHT, WINDOW_SECONDS, Admission, Allowance, Grant,
    KeySlot, KeyStatus, ReleasedLease, Session, Spend, Usage, UsageRecord, UsageReport, next_day,
)

log = logging.getLogger(__name__)

_NOW = "local t = redis.call('TIME'); local now = tonumber(t[1]) + tonumber(t[2]) / 1000000\n"

# Close one lease: shared by release and the expiry sweep. Returns {key_id, owner} or nil.
_CLOSE = """
local function close(prefix, lease_id, now, cooldown, tokens)
  if redis.call('ZREM', prefix .. 'leases', lease_id) == 0 then return nil end
  local lk = prefix .. 'lease:' .. lease_id
  local info = redis.call('HMGET', lk, 'key_id', 'owner', 'tpm')
  redis.call('DEL', lk)
  local id = info[1]
  if not id then return nil end
  local kk = prefix .. 'key:' .. id
  if redis.call('HINCRBY', kk, 'in_flight', -1) < 0 then redis.call('HSET', kk, 'in_flight', 0) end
  if cooldown > 0 then
    local current = tonumber(redis.call('HGET', kk, 'cooldown_until') or '0')
    if now + cooldown > current then redis.call('HSET', kk, 'cooldown_until', tostring(now + cooldown)) end
  end
  if tokens > 0 and info[3] ~= '0' then
    redis.call('ZADD', prefix .. 'tpm:' .. id, now, lease_id .. ':' .. tokens)
    redis.call('EXPIRE', prefix .. 'tpm:' .. id, WINDOW * 2)
  end
  return {id, info[2] or ''}
end
"""

_GRANT = _NOW + """
local prefix, owner, lease_id = ARGV[1], ARGV[2], ARGV[3]
local ttl, avoid, preferred, n = tonumber(ARGV[4]), ARGV[5] == '1', ARGV[6], tonumber(ARGV[7])
local horizon = now - WINDOW
local usable, soonest = {}, 0
for i = 0, n - 1 do
  local id, rpm, tpm = ARGV[8 + i * 3], tonumber(ARGV[9 + i * 3]), tonumber(ARGV[10 + i * 3])
  local kk, rk, tk = prefix .. 'key:' .. id, prefix .. 'rpm:' .. id, prefix .. 'tpm:' .. id
  local blocked = 0
  local cooldown = tonumber(redis.call('HGET', kk, 'cooldown_until') or '0')
  if cooldown > now then blocked = cooldown end
  redis.call('ZREMRANGEBYSCORE', rk, '-inf', horizon)
  if rpm > 0 and redis.call('ZCARD', rk) >= rpm then
    local first = redis.call('ZRANGE', rk, 0, 0, 'WITHSCORES')
    blocked = math.max(blocked, tonumber(first[2]) + WINDOW)
  end
  redis.call('ZREMRANGEBYSCORE', tk, '-inf', horizon)
  if tpm > 0 then
    local entries, used = redis.call('ZRANGE', tk, 0, -1, 'WITHSCORES'), 0
    for j = 1, #entries, 2 do used = used + tonumber(string.match(entries[j], ':(%d+)$')) end
    if used >= tpm then blocked = math.max(blocked, tonumber(entries[2]) + WINDOW) end
  end
  if blocked > 0 then
    if soonest == 0 or blocked < soonest then soonest = blocked end
  else
    local weight = rpm > 0 and rpm or UNLIMITED
    local in_flight = tonumber(redis.call('HGET', kk, 'in_flight') or '0')
    local last = tonumber(redis.call('HGET', kk, 'last_used') or '0')
    table.insert(usable, {id, (in_flight + 1) / weight, last, rpm, tpm})
  end
end
if #usable == 0 then
  if soonest > 0 then return {'limited', tostring(soonest - now)} end
  return {'none'}
end
local chosen = nil
if preferred ~= '' then
  for _, u in ipairs(usable) do if u[1] == preferred then chosen = u end end
end
if not chosen then
  local previous = nil
  if avoid and owner ~= '' and #usable > 1 then previous = redis.call('GET', prefix .. 'owner:' .. owner) end
  for _, u in ipairs(usable) do
    if u[1] ~= previous and (chosen == nil or u[2] < chosen[2] or (u[2] == chosen[2] and u[3] < chosen[3])) then
      chosen = u
    end
  end
end
local id = chosen[1]
local kk = prefix .. 'key:' .. id
redis.call('HINCRBY', kk, 'in_flight', 1)
redis.call('HSET', kk, 'last_used', tostring(now))
-- Windows are kept only for keys with that limit (an unlimited key's would hold a minute of traffic).
if chosen[4] > 0 then
  redis.call('ZADD', prefix .. 'rpm:' .. id, now, lease_id)
  redis.call('EXPIRE', prefix .. 'rpm:' .. id, WINDOW * 2)
end
if owner ~= '' then redis.call('SET', prefix .. 'owner:' .. owner, id, 'EX', 86400) end
local expires = now + ttl
redis.call('HSET', prefix .. 'lease:' .. lease_id, 'key_id', id, 'owner', owner, 'tpm', chosen[5] > 0 and '1' or '0')
redis.call('EXPIRE', prefix .. 'lease:' .. lease_id, math.ceil(ttl) + 60)
redis.call('ZADD', prefix .. 'leases', expires, lease_id)
return {'ok', id, tostring(expires)}
"""

_RELEASE = _NOW + _CLOSE + """
return close(ARGV[1], ARGV[2], now, tonumber(ARGV[3]), tonumber(ARGV[4]))
"""

_EXPIRE = _NOW + _CLOSE + """
local due = redis.call('ZRANGEBYSCORE', ARGV[1] .. 'leases', '-inf', now, 'LIMIT', 0, 1000)
local closed = 0
for _, lease_id in ipairs(due) do
  if close(ARGV[1], lease_id, now, 0, 0) then closed = closed + 1 end
end
return closed
"""


# Admission: the checks and the counting in one step (see base.py). Returns {'ok', requests, tokens,
# resets_at} or {'budget', seconds, 'requests'|'tokens'} or {'rate', seconds}.
_ADMIT = _NOW + """
local prefix, owner, rid = ARGV[1], ARGV[2], ARGV[3]
local rpd, tpd, rpm, estimate = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local day = math.floor(now / DAY)
local resets = (day + 1) * DAY
local bk = prefix .. 'budget:' .. owner .. ':' .. day
local requests = tonumber(redis.call('HGET', bk, 'requests') or '0')
local tokens = tonumber(redis.call('HGET', bk, 'tokens') or '0')
if rpd > 0 and requests >= rpd then return {'budget', tostring(resets - now), 'requests'} end
if tpd > 0 and tokens >= tpd then return {'budget', tostring(resets - now), 'tokens'} end
if rpm > 0 then
  local wk = prefix .. 'rate:' .. owner
  redis.call('ZREMRANGEBYSCORE', wk, '-inf', now - WINDOW)
  if redis.call('ZCARD', wk) >= rpm then
    local first = redis.call('ZRANGE', wk, 0, 0, 'WITHSCORES')
    return {'rate', tostring(tonumber(first[2]) + WINDOW - now)}
  end
  redis.call('ZADD', wk, now, rid)
  redis.call('EXPIRE', wk, WINDOW * 2)
end
requests = redis.call('HINCRBY', bk, 'requests', 1)
tokens = redis.call('HINCRBY', bk, 'tokens', estimate)
redis.call('EXPIRE', bk, DAY * 2)
local rk = prefix .. 'reservation:' .. rid
redis.call('HSET', rk, 'owner', owner, 'day', day, 'estimate', estimate)
redis.call('EXPIRE', rk, RESERVATION_TTL)
return {'ok', tostring(requests), tostring(tokens), tostring(resets)}
"""

_SETTLE = """
local prefix, rid, used, refund = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4] == '1'
local rk = prefix .. 'reservation:' .. rid
local info = redis.call('HMGET', rk, 'owner', 'day', 'estimate')
if not info[1] then return 0 end
redis.call('DEL', rk)
local bk = prefix .. 'budget:' .. info[1] .. ':' .. info[2]
if redis.call('EXISTS', bk) == 0 then return 1 end
local estimate = tonumber(info[3])
if refund then
  if redis.call('HINCRBY', bk, 'requests', -1) < 0 then redis.call('HSET', bk, 'requests', 0) end
  if redis.call('HINCRBY', bk, 'tokens', -estimate) < 0 then redis.call('HSET', bk, 'tokens', 0) end
elseif used ~= estimate then
  if redis.call('HINCRBY', bk, 'tokens', used - estimate) < 0 then redis.call('HSET', bk, 'tokens', 0) end
end
return 1
"""

# A session is stored only over the version its writer loaded (compare-and-set), so two key servers
# (or two turns) saving at once never lose one of the writes. The version sits in its own key beside the
# document, so the check reads a number, not the whole conversation.
_SAVE_SESSION = """
local dk, vk, document, version, ttl, expected = KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if expected ~= '' and redis.call('GET', vk) ~= expected then return 0 end
redis.call('SET', dk, document, 'PX', ttl)
redis.call('SET', vk, version, 'PX', ttl)
return 1
"""


def _lua(source: str) -> str:
    return (source.replace("RESERVATION_TTL", str(int(RESERVATION_TTL_SECONDS)))
            .replace("WINDOW", str(int(WINDOW_SECONDS))).replace("UNLIMITED", str(UNLIMITED_WEIGHT))
            .replace("DAY", str(DAY_SECONDS)))


_RECORD_FIELD = {"user": "owner", "provider": "provider", "key": "key_fingerprint"}


def _add(usage: Usage, requests: int, errors: int, prompt: int, completion: int, latency_ms: float) -> None:
    usage.requests += requests
    usage.errors += errors
    usage.prompt_tokens += prompt
    usage.completion_tokens += completion
    usage.latency_ms_total += latency_ms


@contextlib.contextmanager
def _redis_errors() -> Iterator[None]:
    try:
        yield
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
        raise KeyServerUnavailable(f"shared state (Redis) unavailable: {exc.__class__.__name__}") from None
    except redis.exceptions.RedisError as exc:
        raise KeyServerUnavailable(f"shared state (Redis) error: {exc.__class__.__name__}") from None


class RedisState:
    """State shared by every key server pointed at the same Redis (KEY_SERVER_REDIS_URL)."""

    def __init__(self, url: str, *, prefix: str = "llmvpn:", timeout: float = 1.0) -> None:
        self._prefix = prefix
        # Bounded waits: a Redis that hangs costs one request a second, never a stuck worker.
        self._redis = aioredis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout,
                                              decode_responses=True)
        self._grant = self._redis.register_script(_lua(_GRANT))
        self._release = self._redis.register_script(_lua(_RELEASE))
        self._expire = self._redis.register_script(_lua(_EXPIRE))
        self._admit = self._redis.register_script(_lua(_ADMIT))
        self._settle = self._redis.register_script(_lua(_SETTLE))
        self._save_session = self._redis.register_script(_SAVE_SESSION)
        self._unflushed: dict[tuple[str, str], Usage] = {}  # (table, name) -> counts not yet in Redis

    def __repr__(self) -> str:
        return f"RedisState(prefix={self._prefix!r})"  # the URL may carry a password

    async def grant(self, slots: Sequence[KeySlot], *, owner: str, lease_ttl: float,
                    avoid_previous: bool = False, preferred: str | None = None) -> Grant:
        lease_id = uuid.uuid4().hex
        args: list[object] = [self._prefix, owner, lease_id, lease_ttl, int(avoid_previous), preferred or "",
                              len(slots)]
        for slot in slots:
            args += [slot.key_id, slot.rpm_limit, slot.tpm_limit]
        with _redis_errors():
            result = await self._grant(args=args)
        if result[0] == "limited":
            raise RateLimited("every key for this model is resting after rate limits",
                              retry_after=max(0.001, float(result[1])))
        if result[0] == "none":
            raise NoCapacity("no usable key is left for this model")
        return Grant(lease_id, result[1], float(result[2]))

    async def release(self, lease_id: str, *, cooldown_seconds: float = 0.0, tokens: int = 0) -> ReleasedLease | None:
        with _redis_errors():
            result = await self._release(args=[self._prefix, lease_id, cooldown_seconds, tokens])
        return ReleasedLease(lease_id, result[0], result[1]) if result else None

    async def expire_leases(self) -> int:
        with _redis_errors():
            return int(await self._expire(args=[self._prefix]))

    async def in_flight(self) -> int:
        with _redis_errors():
            return int(await self._redis.zcard(self._prefix + "leases"))

    async def key_statuses(self, key_ids: Sequence[str]) -> dict[str, KeyStatus]:
        with _redis_errors():
            now = await self._redis.time()
            horizon = now[0] + now[1] / 1e6 - WINDOW_SECONDS
            async with self._redis.pipeline(transaction=False) as pipe:
                for key_id in key_ids:
                    pipe.hmget(self._prefix + "key:" + key_id, "in_flight", "cooldown_until")
                    pipe.zcount(self._prefix + "rpm:" + key_id, f"({horizon}", "+inf")
                replies = await pipe.execute()
        statuses = {}
        for index, key_id in enumerate(key_ids):
            in_flight, cooldown = replies[2 * index]
            statuses[key_id] = KeyStatus(int(in_flight or 0), float(cooldown or 0), int(replies[2 * index + 1]))
        return statuses

    async def save_session(self, session: Session, ttl: float, *, expected_version: int | None = None) -> bool:
        document = json.dumps({"id": session.id, "owner": session.owner, "created_at": session.created_at,
                               "bindings": session.bindings, "data": session.data, "version": session.version,
                               "expires_at": session.expires_at})
        key = self._prefix + "session:" + session.id
        with _redis_errors():
            saved = await self._save_session(
                keys=[key, key + ":v"],
                args=[document, session.version, max(1, int(ttl * 1000)),
                      "" if expected_version is None else str(expected_version)])
        return bool(saved)

    async def load_session(self, session_id: str) -> Session | None:
        with _redis_errors():
            document = await self._redis.get(self._prefix + "session:" + session_id)
        if document is None:
            return None
        raw = json.loads(document)
        return Session(raw["id"], raw["owner"], raw["created_at"], raw["bindings"], raw["data"], raw["version"],
                       raw["expires_at"])

    async def delete_session(self, session_id: str) -> bool:
        with _redis_errors():
            key = self._prefix + "session:" + session_id
            return bool(await self._redis.delete(key, key + ":v"))

    _TABLES = (("user", "by_user"), ("provider", "by_provider"), ("key", "by_key"))

    async def record_usage(self, record: UsageRecord) -> None:
        # Counted here and added to Redis by flush_usage (every second, and before a usage report):
        # a Redis transaction per release cost more than the release itself.
        for table, _ in self._TABLES:
            name = getattr(record, _RECORD_FIELD[table])
            if not name:
                continue
            usage = self._unflushed.get((table, name))
            if usage is None:
                usage = self._unflushed[(table, name)] = Usage()
            _add(usage, 1, int(record.error), record.prompt_tokens, record.completion_tokens, record.latency_ms)

    async def flush_usage(self) -> None:
        if not self._unflushed:
            return
        batch, self._unflushed = self._unflushed, {}
        try:
            with _redis_errors():
                async with self._redis.pipeline(transaction=True) as pipe:
                    for (table, name), usage in batch.items():
                        hash_key = f"{self._prefix}usage:{table}:{name}"
                        pipe.sadd(f"{self._prefix}usage:{table}s", name)
                        pipe.hincrby(hash_key, "requests", usage.requests)
                        pipe.hincrby(hash_key, "errors", usage.errors)
                        pipe.hincrby(hash_key, "prompt_tokens", usage.prompt_tokens)
                        pipe.hincrby(hash_key, "completion_tokens", usage.completion_tokens)
                        pipe.hincrbyfloat(hash_key, "latency_ms_total", usage.latency_ms_total)
                    await pipe.execute()
        except BaseException:
            # Kept for the next flush; the transaction applied none of it.
            for key, usage in batch.items():
                pending = self._unflushed.get(key)
                if pending is None:
                    self._unflushed[key] = usage
                else:
                    _add(pending, usage.requests, usage.errors, usage.prompt_tokens, usage.completion_tokens,
                         usage.latency_ms_total)
            raise

    async def usage(self, owner: str | None = None) -> UsageReport:
        await self.flush_usage()
        report = UsageReport()
        with _redis_errors():
            for table, attribute in self._TABLES:
                if owner is not None and table != "user":
                    continue
                names = [owner] if owner is not None else sorted(await self._redis.smembers(f"{self._prefix}usage:{table}s"))
                for name in names:
                    raw = await self._redis.hgetall(f"{self._prefix}usage:{table}:{name}")
                    if raw:
                        getattr(report, attribute)[name] = Usage(
                            int(raw["requests"]), int(raw["errors"]), int(raw["prompt_tokens"]),
                            int(raw["completion_tokens"]), float(raw["latency_ms_total"]))
        return report

    async def admit(self, owner: str, allowance: Allowance, *, tokens_estimate: int = 0) -> Admission:
        reservation_id = uuid.uuid4().hex
        args = [self._prefix, owner, reservation_id, allowance.requests_per_day, allowance.tokens_per_day,
                allowance.requests_per_minute, max(0, tokens_estimate)]
        with _redis_errors():
            result = await self._admit(args=args)
        if result[0] == "budget":
            limit = allowance.requests_per_day if result[2] == "requests" else allowance.tokens_per_day
            raise RateLimited(f"daily budget of {limit} {result[2]} spent; it renews at 00:00 UTC",
                              retry_after=float(result[1]), code="budget_exceeded")
        if result[0] == "rate":
            raise RateLimited(f"rate limit of {allowance.requests_per_minute} requests per minute reached",
                              retry_after=max(0.001, float(result[1])))
        return Admission(reservation_id, Spend(int(result[1]), int(result[2]), float(result[3])))

    async def settle(self, reservation_id: str, *, tokens: int = 0, refund: bool = False) -> bool:
        with _redis_errors():
            return bool(await self._settle(args=[self._prefix, reservation_id, max(0, tokens), int(refund)]))

    async def spend(self, owner: str) -> Spend:
        with _redis_errors():
            seconds, micros = await self._redis.time()
            now = seconds + micros / 1e6
            raw = await self._redis.hmget(f"{self._prefix}budget:{owner}:{int(now // DAY_SECONDS)}",
                                          "requests", "tokens")
        return Spend(int(raw[0] or 0), int(raw[1] or 0), next_day(now))

    async def check(self) -> None:
        with _redis_errors():
            await self._redis.ping()

    async def aclose(self) -> None:
        try:
            await self.flush_usage()
        except KeyServerUnavailable as exc:
            log.warning("usage counts of the last second are lost: %s", exc.message)
        await self._redis.aclose()
