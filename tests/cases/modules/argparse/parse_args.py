import argparse
p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--num", type=int, default=1)
p.add_argument("--flag", action="store_true")
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("--item", action="append")
p.add_argument("rest", nargs="*")
for argv in [["in"], ["in", "o", "-vv", "-n", "5"], ["--flag", "x", "--item", "1", "--item", "2", "--mode=b"], ["in", "o", "r1", "r2", "--num=3"], ["-vvv", "s", "--", "-notopt"]]:
    print(vars(p.parse_args(argv)))
ns, extra = p.parse_known_args(["in", "--unknown", "z"])
print(vars(ns), extra)
