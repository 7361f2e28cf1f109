# argv: --name pyglass -v -v --count 3 extra
import sys

options = {"verbose": 0, "name": None, "count": 1}
positional = []
args = iter(sys.argv[1:])
for arg in args:
    if arg == "-v":
        options["verbose"] += 1
    elif arg in ("--name", "--count"):
        value = next(args)
        options[arg[2:]] = int(value) if arg == "--count" else value
    else:
        positional.append(arg)
print(options)
print(positional)
