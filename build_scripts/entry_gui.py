"""Frozen entry point of the windowed executable (what the installers' shortcuts start)."""

import sys

from csod_desktop.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
