import sys

try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() ->", repr(e.code), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("sys.exit(0) ->", repr(e.code))
try:
    sys.exit(None)
except SystemExit as e:
    print("sys.exit(None) ->", repr(e.code))
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
sys.exit(None)
