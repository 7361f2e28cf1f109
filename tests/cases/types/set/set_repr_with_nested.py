print({(1, (2, 3)), ("a", frozenset({1}))} == {("a", frozenset({1})), (1, (2, 3))})
print(repr(frozenset({frozenset()})), repr({frozenset({1, 2})}), repr({()}), repr({("x",)}), repr({b"b"}), repr({1.5}))
print(str({"q"}), str(frozenset({"r"})), format({1}), f"{frozenset({2})}")
