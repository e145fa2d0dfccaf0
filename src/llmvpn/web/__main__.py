"""`python -m llmvpn.web`: serve the web server with settings from the environment."""

import sys

from llmvpn.web.runner import main

sys.exit(main())
