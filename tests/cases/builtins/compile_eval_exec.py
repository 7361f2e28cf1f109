code = compile("x + 1", "<expr>", "eval")
print(type(code).__name__, eval(code, {"x": 41}), code.co_filename, code.co_name)
code2 = compile("y = x * 2\nprint('exec', y)", "<prog>", "exec")
ns = {"x": 5}
exec(code2, ns)
print(ns["y"], sorted(k for k in ns if k != "__builtins__"))
code3 = compile("1 + 2", "<single>", "single")
exec(code3)
print(eval("[i * i for i in range(4)]"), eval("a + b", {"a": 1}, {"b": 2}), eval("len('abc')", {}))
g = {}
exec("def f(n):\n    return n + 100", g)
print(g["f"](1), "__builtins__" in g)
for f in [lambda: compile("x +", "<bad>", "eval"), lambda: compile("x = 1", "<bad>", "eval"), lambda: compile("1", "<m>", "nope"), lambda: eval("undefined_name"), lambda: exec("raise ValueError('inside')"), lambda: eval(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
