for f in [lambda: {[1]}, lambda: set([[1]]), lambda: {1}.add({}), lambda: [] in {1}, lambda: {1}.discard([]), lambda: {1}.remove(set()), lambda: frozenset([bytearray()])]:
    try:
        print(f())
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print({1} .__contains__(frozenset()) if False else set() in {frozenset()}, {1, 2}.issubset([1, 2, [3]]) if False else "-")
s = {frozenset({1})}
print({1} in s, set() in {frozenset()})
s.discard({1})
print(s)
