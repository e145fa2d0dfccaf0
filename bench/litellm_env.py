"""LiteLLM's proxy for the comparison: its own venv (bench/.venvs/litellm), a pinned version, one model.

The venv is built from requirements-litellm.txt, a complete `pip freeze` with litellm[proxy] pinned
exactly, so every run measures the same code. The proxy runs as LiteLLM documents it for one
process: `litellm --config ... --num_workers 1` (uvicorn), a master key (so it authenticates callers
as llmvpn does), no database, no callbacks, one model pointing at the same test upstream.

    python -m bench.litellm_env                   build the venv (if needed) and print the version
    python -m bench.litellm_env --lock 1.102.4    re-pin to another release (rewrites the lock file)
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import venvs

REQUIREMENTS = venvs.BENCH / "requirements-litellm.txt"
VENV = venvs.VENVS / "litellm"
MODEL = "demo-model"

# LiteLLM fetches a model price map, blog posts, policy templates and more from the internet at
# start-up unless told to use its bundled copies; the benchmark stays on loopback.
OFFLINE_ENV = {
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    "LITELLM_LOCAL_BLOG_POSTS": "True",
    "LITELLM_LOCAL_POLICY_TEMPLATES": "True",
    "LITELLM_LOCAL_AUTOROUTER_PRESETS": "True",
    "LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS": "True",
    "LITELLM_TELEMETRY": "False",
    "LITELLM_LOG": "ERROR",
    "LITELLM_MODE": "PRODUCTION",  # no .env loading
}


def version() -> str:
    match = re.search(r"^litellm==(\S+)$", REQUIREMENTS.read_text(), re.MULTILINE)
    if match is None:
        raise RuntimeError(f"{REQUIREMENTS} pins no litellm version")
    return match.group(1)


def ensure(log=print) -> Path:
    """The litellm executable of the pinned venv, building the venv when needed."""
    venvs.ensure("litellm", REQUIREMENTS, log=log)
    return VENV / "bin" / "litellm"


def write_config(path: Path, upstream_v1: str, upstream_key: str, master_key: str) -> Path:
    """One deployment, `demo-model`, sent to the test upstream as an OpenAI-compatible endpoint."""
    path.write_text(
        "model_list:\n"
        f"  - model_name: {MODEL}\n"
        "    litellm_params:\n"
        f"      model: openai/{MODEL}\n"
        f"      api_base: {upstream_v1}\n"
        f"      api_key: {upstream_key}\n"
        "litellm_settings:\n"
        "  telemetry: false\n"
        "  drop_params: true\n"
        "general_settings:\n"
        f"  master_key: {master_key}\n"
    )
    return path


def command(executable: Path, config: Path, port: int) -> list[str]:
    return [str(executable), "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
            "--num_workers", "1", "--telemetry", "False"]


def lock(new_version: str) -> None:
    """Install litellm[proxy]==new_version into a scratch venv and write its freeze as the lock."""
    scratch = Path(tempfile.mkdtemp(prefix="litellm-lock-"))
    try:
        subprocess.run([venvs.base_python(), "-m", "venv", str(scratch)], check=True)
        venvs.pip_install(scratch, f"litellm[proxy]=={new_version}")
        frozen = subprocess.run([str(scratch / "bin" / "python"), "-m", "pip", "freeze"], check=True,
                                capture_output=True, text=True).stdout
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    header = [line for line in REQUIREMENTS.read_text().splitlines() if line.startswith("#")]
    header = [re.sub(r"litellm \S+:", f"litellm {new_version}:", line) for line in header]
    REQUIREMENTS.write_text("\n".join(header) + "\n" + frozen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.litellm_env", description=__doc__.splitlines()[0])
    parser.add_argument("--lock", metavar="VERSION", help="re-pin litellm[proxy] to VERSION")
    args = parser.parse_args(argv)
    if args.lock:
        lock(args.lock)
    executable = ensure()
    print(f"litellm {version()}: {executable}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
