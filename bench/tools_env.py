"""The bench tools venv (bench/.venvs/tools): aiohttp for the floor forwarder, matplotlib for the plot.

Kept out of the project's own dependencies: only the benchmark needs them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench import venvs

REQUIREMENTS = venvs.BENCH / "requirements-tools.txt"


def ensure(log=print) -> Path:
    return venvs.ensure("tools", REQUIREMENTS, log=log)


if __name__ == "__main__":
    print(ensure())
    sys.exit(0)
