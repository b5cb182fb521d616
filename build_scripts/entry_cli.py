"""Frozen entry point of the console executable (``csod-desktop``): the command line and --self-test."""

import sys

from csod_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
