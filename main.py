"""Palier: start the window, or run a command when one is given (see README)."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
