"""The floor: the least a Python gateway can do, one honest hop with no features.

It forwards method, path, body, Authorization and Content-Type to the upstream over a pooled
keep-alive client, and the answer back: whole bodies whole, event streams chunk by chunk as they
arrive (never buffered). No JSON parsing, no auth, no logging. Whatever a real gateway adds on top
of this is the cost of its features and of its framework.

    python bench/floor.py --port 9001 --upstream http://127.0.0.1:8900            aiohttp server + client
    python bench/floor.py --port 9001 --upstream http://127.0.0.1:8900 --impl httpx
                                            uvicorn (httptools, uvloop) + httpx: llmvpn's own stack

`aiohttp` runs in the bench tools venv (bench/tools_env.py), `httpx` in the project's venv.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

_FORWARDED = ("authorization", "content-type")
_SSE = "text/event-stream"


def serve_aiohttp(host: str, port: int, upstream: str) -> None:
    import aiohttp
    import uvloop
    from aiohttp import web

    async def startup(app: web.Application) -> None:
        connector = aiohttp.TCPConnector(limit=1024, limit_per_host=1024, keepalive_timeout=60)
        app["client"] = aiohttp.ClientSession(
            connector=connector, auto_decompress=False,
            timeout=aiohttp.ClientTimeout(total=None, connect=5, sock_read=60),
        )

    async def cleanup(app: web.Application) -> None:
        await app["client"].close()

    async def forward(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        headers = {name: request.headers[name] for name in _FORWARDED if name in request.headers}
        client: aiohttp.ClientSession = request.app["client"]
        async with client.request(request.method, upstream + request.path_qs, data=body,
                                  headers=headers) as answer:
            content_type = answer.headers.get("Content-Type", "application/json")
            if content_type.startswith(_SSE):
                response = web.StreamResponse(
                    status=answer.status, headers={"Content-Type": content_type, "Cache-Control": "no-cache"})
                await response.prepare(request)
                async for chunk in answer.content.iter_any():
                    await response.write(chunk)
                await response.write_eof()
                return response
            return web.Response(status=answer.status, body=await answer.read(),
                                headers={"Content-Type": content_type})

    app = web.Application(client_max_size=16 * 1024 * 1024)
    app.on_startup.append(startup)
    app.on_cleanup.append(cleanup)
    app.router.add_route("*", "/{tail:.*}", forward)
    loop = uvloop.new_event_loop()
    asyncio.set_event_loop(loop)
    web.run_app(app, host=host, port=port, access_log=None, print=None, loop=loop, shutdown_timeout=2)


class HttpxFloor:
    """A raw ASGI app (no framework) around one pooled httpx.AsyncClient."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.client = None

    async def __call__(self, scope: dict, receive, send) -> None:
        import httpx

        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    self.client = httpx.AsyncClient(
                        timeout=httpx.Timeout(60, connect=5),
                        limits=httpx.Limits(max_connections=1024, max_keepalive_connections=1024))
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await self.client.aclose()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = [(k, v) for k, v in scope["headers"] if k.decode().lower() in _FORWARDED]
        path = scope["raw_path"].decode()
        if scope["query_string"]:
            path += "?" + scope["query_string"].decode()
        request = self.client.build_request(scope["method"], self.upstream + path, content=b"".join(chunks),
                                            headers=headers)
        answer = await self.client.send(request, stream=True)
        try:
            content_type = answer.headers.get("content-type", "application/json")
            if content_type.startswith(_SSE):
                headers = [(b"content-type", content_type.encode()), (b"cache-control", b"no-cache")]
                await send({"type": "http.response.start", "status": answer.status_code, "headers": headers})
                async for chunk in answer.aiter_raw():
                    await send({"type": "http.response.body", "body": chunk, "more_body": True})
                await send({"type": "http.response.body", "body": b""})
            else:
                body = await answer.aread()
                await send({"type": "http.response.start", "status": answer.status_code,
                            "headers": [(b"content-type", content_type.encode()),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
        finally:
            await answer.aclose()


def serve_httpx(host: str, port: int, upstream: str) -> None:
    import uvicorn

    uvicorn.run(HttpxFloor(upstream), host=host, port=port, loop="uvloop", http="httptools",
                lifespan="on", access_log=False, log_level="warning", server_header=False,
                timeout_graceful_shutdown=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="floor.py", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="root URL of the upstream, e.g. http://127.0.0.1:8900")
    parser.add_argument("--impl", choices=("aiohttp", "httpx"), default="aiohttp")
    args = parser.parse_args(argv)
    upstream = args.upstream.rstrip("/")
    try:
        (serve_aiohttp if args.impl == "aiohttp" else serve_httpx)(args.host, args.port, upstream)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
