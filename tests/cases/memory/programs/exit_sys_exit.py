# sys.exit() from inside a function: SystemExit unwinds the frames (their locals die as it
# passes), atexit handlers run, then globals are finalized; the exit status is the argument.
import atexit
import sys


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


atexit.register(lambda: print("atexit handler"))
keep = N("global")


def leave():
    local = N("local")
    try:
        sys.exit(3)
    finally:
        print("finally in leave")


leave()
print("not reached")
