"""``python -m csod_desktop`` is the same as the ``csod-desktop`` command."""

import sys

from csod_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
