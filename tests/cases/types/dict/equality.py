print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} == {1.0: 1}, {1: 1} == {1: 1.0}, {} == {}, {1: [1]} == {1: [1]}, {"a": 1} != {"a": 2}, {"a": 1} == [("a", 1)])
import collections
od1 = collections.OrderedDict([("a", 1), ("b", 2)])
od2 = collections.OrderedDict([("b", 2), ("a", 1)])
print(od1 == od2, dict(od1) == od2, od1 == {"b": 2, "a": 1})
nan = float("nan")
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1})
for op in ["<", ">="]:
    try:
        eval("{} " + op + " {}")
    except TypeError as e:
        print(e)
