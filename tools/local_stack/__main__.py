"""``python -m tools.local_stack up|down`` (see ``tools.local_stack.orchestrate``)."""

import sys

from tools.local_stack.orchestrate import main

sys.exit(main())
