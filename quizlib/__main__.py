"""`python -m quizlib` runs the command line."""

from quizlib.cli import main

raise SystemExit(main())
