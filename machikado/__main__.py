"""``python -m machikado`` runs the CLI."""

from machikado.cli import main

raise SystemExit(main())
