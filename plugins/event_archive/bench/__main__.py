"""`python -m event_archive.bench --seeds N`: see run.py."""

import sys

from .run import main

sys.exit(main())
