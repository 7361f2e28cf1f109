import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, e.args)
for v in [0, 3, "message", None, (1, 2)]:
    try:
        sys.exit(v)
    except SystemExit as e:
        print(repr(e.code), e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
sys.stdout.flush()
sys.exit("final message to stderr")
