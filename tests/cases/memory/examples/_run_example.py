# Runs one of examples/*.py as this differential case, so the example a learner reads is the
# program compared with python3 (not a copy of it). The example runs as __main__ would.
import os

EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "examples")


def run(name):
    path = os.path.join(EXAMPLES, name + ".py")
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__})
