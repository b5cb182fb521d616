"""Frozen entry point of the console executable (``csod-desktop``): the command line and --self-test."""

import sys
from pathlib import Path

from csod_desktop.cli import gui_main, main
from csod_desktop.cli.selftest_cmd import WINDOWED_EXECUTABLE

if __name__ == "__main__":
    # On Linux the windowed executable is a link to this one (csod_desktop.spec): started under that
    # name, it is what the menu entry opens.
    sys.exit(gui_main() if Path(sys.argv[0]).name == WINDOWED_EXECUTABLE else main())
