# ast.literal_eval: the literals it accepts and the errors it raises.
import ast

for src in ["1", "-1.5", "+3", "1+2j", "-1-2j", "'a' 'b'", "b'x'", "(1, [2, {3: 4}], {5})",
            "set()", "None", "True", "...", "  {'k': (1,)}", "[-0.0, 1e400]"]:
    print(repr(src), "->", repr(ast.literal_eval(src)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=3)))
for bad in ["a", "1 + x", "f()", "{**a}", "[1, -'a']", "2 * 3", "1 + 1", "set([1])", "-(1)", "(1).real"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", str(e).split(": <")[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
