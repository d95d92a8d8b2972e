"""``python -m tools.scan``: see ``tools.scan.cli``."""

import sys

from tools.scan.cli import main

sys.exit(main())
