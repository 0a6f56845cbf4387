"""`python -m game` runs the frontdesk command."""

from game.cli.main import main

raise SystemExit(main())
