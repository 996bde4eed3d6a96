"""``python -m hybridstudio``: the same as the ``hybridstudio`` command."""

import sys

from .cli import main

sys.exit(main())
