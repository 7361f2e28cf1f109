import argparse, sys
p = argparse.ArgumentParser(prog="a-rather-long-program-name", description="Line one of a description that is long enough to need wrapping across lines when shown.")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
    p.add_argument("--" + name, metavar=name.upper(), help="the %s setting, which does something rather important" % name)
p.add_argument("files", nargs="+", help="input files")
p.add_argument("--choice", choices=[1, 2, 3], type=int, default=2, help="pick one of %(choices)s (default %(default)s)")
g = p.add_argument_group("extra", "Extra knobs.")
g.add_argument("-x", action="append_const", const="X", dest="flags")
g.add_argument("-y", action="append_const", const="Y", dest="flags")
m = p.add_mutually_exclusive_group(required=True)
m.add_argument("--on", action="store_true")
m.add_argument("--off", action="store_true")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.print_help()
print(vars(p.parse_args(["f1", "f2", "--on", "-xy", "--alpha=1", "--choice", "3"])))
for argv in [["f"], ["f", "--on", "--off"], ["--alp", "1", "f", "--on"], ["f", "--on", "--choice", "7"], ["--version"]]:
    try:
        print(vars(p.parse_args(argv)))
    except SystemExit as e:
        print("exit", e.code)
q = argparse.ArgumentParser(prog="q", formatter_class=argparse.ArgumentDefaultsHelpFormatter, add_help=False)
q.add_argument("--n", type=int, default=5, help="count")
q.add_argument("--b", action=argparse.BooleanOptionalAction, default=True, help="toggle")
q.add_argument("pos", nargs="?", default="P", help="maybe")
print(q.format_help())
print(q.parse_args(["--no-b"]), q.parse_args(["--n", "-3", "z"]))
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))
