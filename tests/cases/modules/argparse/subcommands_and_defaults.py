import argparse
p = argparse.ArgumentParser(prog="git")
p.add_argument("--verbose", "-v", action="store_true")
sub = p.add_subparsers(dest="command", required=True)
c = sub.add_parser("commit")
c.add_argument("-m", "--message", required=True)
c.set_defaults(handler="do_commit")
l = sub.add_parser("log", aliases=["lg"])
l.add_argument("-n", type=int, default=10)
l.set_defaults(handler="do_log")
for argv in [["commit", "-m", "msg"], ["-v", "log", "-n", "3"], ["lg"], ["commit"], []]:
    try:
        print(vars(p.parse_args(argv)))
    except SystemExit as e:
        print("exit", e.code)
print(p.get_default("verbose"), l.get_default("handler"))
print(c.format_usage(), end="")
