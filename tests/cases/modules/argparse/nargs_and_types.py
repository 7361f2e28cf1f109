import argparse
p = argparse.ArgumentParser(prog="t")
p.add_argument("--two", nargs=2, type=float)
p.add_argument("--plus", nargs="+")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--no-x", dest="x", action="store_false")
p.add_argument("pos", nargs=argparse.REMAINDER)
for argv in [[], ["--two", "1", "2.5"], ["--plus", "a", "b", "--opt"], ["--opt", "val", "--const", "--no-x"], ["rest", "--two", "x"]]:
    try:
        print(argv, vars(p.parse_args(argv)))
    except SystemExit as e:
        print(argv, "exit", e.code)
