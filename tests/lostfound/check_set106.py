"""Validate tests/lostfound/set106.json with set106_check.py, the checker its helper wrote under
that name (tools/lfsets.sh runs every check_set*.py). Exits non-zero on any fault."""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import set106_check  # noqa: E402

sys.exit(set106_check.main())
