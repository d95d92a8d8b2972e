"""``python -m tools.rename [NAME]``: see ``tools.rename.project_name``."""

import sys

from tools.rename.project_name import main

sys.exit(main())
