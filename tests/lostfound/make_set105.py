"""Write tests/lostfound/set105.json by running set105_gen.py, the generator its helper wrote under
that name (tools/lfsets.sh runs every make_set*.py and compares its output with the committed
set). PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tests/lostfound/make_set105.py"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import set105_gen  # noqa: E402

set105_gen.main()
