"""`python -m llmvpn.demo`: the demo upstream in the foreground, until SIGINT or SIGTERM.

Prints one line with its base URL once the port is bound (with --port 0, the port it got), so a
script or test can start it and read where to connect.
"""

from __future__ import annotations

import argparse
import sys

import uvicorn

from llmvpn.demo.config import DEFAULT_MODELS, UpstreamConfig
from llmvpn.demo.server import bind_socket, socket_url, uvicorn_config
from llmvpn.demo.upstream import create_upstream_app


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m llmvpn.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8900, help="0 picks a free port (printed)")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay before every answer")
    parser.add_argument("--tokens-per-second", type=float, default=None, help="answer pacing")
    parser.add_argument("--model", action="append", dest="models",
                        help=f"served model (repeatable; default {', '.join(DEFAULT_MODELS)})")
    parser.add_argument("--valid-key", action="append", dest="valid_keys",
                        help="accept only these keys (repeatable; default: any key)")
    parser.add_argument("--no-control", action="store_true", help="do not serve /_control/*")
    parser.add_argument("--log-level", default="warning")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    config = UpstreamConfig(
        models=tuple(args.models) if args.models else DEFAULT_MODELS,
        valid_keys=frozenset(args.valid_keys) if args.valid_keys else None,
        latency_ms=args.latency_ms, tokens_per_second=args.tokens_per_second,
        control=not args.no_control,
    )
    sock = bind_socket(args.host, args.port)
    print(f"llmvpn demo upstream: {socket_url(sock)}/v1", flush=True)
    try:
        uvicorn.Server(uvicorn_config(create_upstream_app(config), args.log_level)).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after its clean shutdown; nothing to report
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
