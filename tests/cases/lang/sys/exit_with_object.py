import sys


class Code:
    def __str__(self):
        return "custom object as exit code"


print("exit with a non-int, non-None object: it is printed to stderr, exit code 1")
sys.exit(Code())
