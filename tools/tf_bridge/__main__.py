"""``python -m tools.tf_bridge``: see ``tools.tf_bridge.cli``."""

import sys

from tools.tf_bridge.cli import main

sys.exit(main())
