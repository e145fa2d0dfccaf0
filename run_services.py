"""Start both services, as in the original design: the same as `llmvpn up`."""

import sys

from llmvpn.cli import app

if __name__ == "__main__":
    sys.argv = [sys.argv[0], "up", *sys.argv[1:]]
    app()
