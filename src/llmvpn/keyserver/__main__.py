"""`python -m llmvpn.keyserver`: the key server alone, configured from the environment."""

import sys

from llmvpn.keyserver.server import main

sys.exit(main())
