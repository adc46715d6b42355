"""Allow `python -m fgd_app`."""

from fgd_app.cli import main

raise SystemExit(main())
