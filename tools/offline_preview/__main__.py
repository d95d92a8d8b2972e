"""``python -m tools.offline_preview``: the offline plan (see ``tools.offline_preview.plan``)."""

import sys

from tools.offline_preview.plan import main

sys.exit(main())
