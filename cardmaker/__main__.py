"""Allow ``python -m cardmaker``."""

from __future__ import annotations

import sys

from cardmaker.launcher import main

sys.exit(main())
