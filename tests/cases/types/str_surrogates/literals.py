import ast
import dis
values = ["\ud83d\ude00", "\ud83d" "\ude00", "x\ud800\udc00y", "\U0001F600", "\ud83d\U0001F600\ude00", "\N{GRINNING FACE}"]
for v in values:
    print(repr(v), len(v))
print(values[0] == values[1], values[0] == values[3], values[3] == values[5])
print(ast.dump(ast.parse('"\\ud83d\\ude00" "x"')))
print(ast.dump(ast.parse('("\\ud800\\udc00", b"")')))
node = ast.parse('s = "\\udbff\\udfff"').body[0].value
print(repr(node.value), len(node.value))
print(repr(eval(compile(ast.fix_missing_locations(ast.Expression(ast.Constant("\ud83d\ude00"))), "<ast>", "eval"))))
print(repr(eval('"\\ud83d\\ude00"')), repr(ast.literal_eval('("\\ud83d\\ude00", "!")')))
def f():
    return "\ud83d\ude00", ("\ud83d\ude00", 1)
print(f(), f.__code__.co_consts[1:])
for s in ("\ud83d\ude00", "😀"):
    match s:
        case "\ud83d\ude00":
            print("two code points")
        case "😀":
            print("one code point")
print("\ud83d\ude00" in ("\ud83d\ude00", "b"), "😀" in ["\ud83d\ude00"], "\ud83d\ude00" in {"\ud83d\ude00": 1})
print(frozenset({"\ud83d\ude00"}) == frozenset({chr(0xD83D) + chr(0xDE00)}), repr(list(frozenset({"\ud83d\ude00"}))))
print(repr("\ud83d\ude00" * 2), repr("\ud83d\ude00" + "\ud83d"), repr("\ud83d" + "\ude00"), repr("\ud83d\ude00"[0]))
print(any(i.argval == "\ud83d\ude00" for i in dis.get_instructions(f)))
