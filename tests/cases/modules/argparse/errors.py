import argparse, sys
p = argparse.ArgumentParser(prog="tool")
p.add_argument("n", type=int)
p.add_argument("--mode", choices=["x", "y"])
for argv in [[], ["notint"], ["1", "--mode", "z"], ["1", "--bogus"], ["1", "2"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit code", e.code)
p2 = argparse.ArgumentParser(prog="t2", exit_on_error=False)
p2.add_argument("--k", type=int)
try:
    p2.parse_args(["--k", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p.parse_args(["--help"])
except SystemExit as e:
    print("help exit", e.code)
