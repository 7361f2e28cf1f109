# A SyntaxWarning is reported on stderr when the file is compiled, and the program still runs.
x = 5
if x is 5:
    print("identity with a literal")
assert (x, "always true")
print("done")
