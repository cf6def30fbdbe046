"""``python -m newsstruct``: the command-line interface."""

from newsstruct.cli import main

raise SystemExit(main())
