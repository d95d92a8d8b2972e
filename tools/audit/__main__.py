"""``python -m tools.audit`` (see ``tools.audit.cli``)."""

import sys

from tools.audit.cli import main

sys.exit(main())
