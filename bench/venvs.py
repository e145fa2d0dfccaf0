"""Virtual environments of the benchmark's foreign tools, built from a pinned requirements file.

Each lives under bench/.venvs/NAME (git-ignored) and is rebuilt only when its requirements file
changed: a copy of the file inside the venv marks what was installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
VENVS = BENCH / ".venvs"


def base_python() -> str:
    """The interpreter behind the project's venv (a venv inside a venv would chain them)."""
    return getattr(sys, "_base_executable", None) or sys.executable


def python(name: str) -> Path:
    return VENVS / name / "bin" / "python"


def pip_install(venv: Path, *args: str, log: Path | None = None) -> None:
    cmd = [str(venv / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q", *args]
    with open(log or Path("/dev/null"), "ab") as out:
        done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                              check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pip install {' '.join(args)} failed in {venv}" + (f"; see {log}" if log else ""))


def ensure(name: str, requirements: Path, *, log=print) -> Path:
    """The python of venv `name` with exactly `requirements` installed; builds it when needed."""
    venv = VENVS / name
    marker = venv / "bench-requirements.txt"
    wanted = requirements.read_text()
    if marker.exists() and marker.read_text() == wanted and python(name).exists():
        return python(name)
    log(f"building {venv.relative_to(BENCH.parent)} from {requirements.name} (once; about a minute)")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([base_python(), "-m", "venv", str(venv)], check=True)
    install_log = VENVS / f"{name}-install.log"
    # --no-deps: the file is a complete freeze, so pip must not resolve anything anew.
    pip_install(venv, "--no-deps", "-r", str(requirements), log=install_log)
    marker.write_text(wanted)
    return python(name)
