def run(src):
    return eval(src)


print(run("1 + 1"))
print(run("[1, 2][5]"))
