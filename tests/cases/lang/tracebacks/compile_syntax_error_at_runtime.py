source = "x = (1 +\n"
print("compiling")
compile(source, "snippet.py", "exec")
