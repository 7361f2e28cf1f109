# Rich comparisons between arrays (item by item, any typecodes) and with other types.
import array

A = array.array
print(A("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) == A("d", [1.0, 2.0]))
print(A("i", [1, 2]) != A("i", [1, 3]), A("i", [1, 2]) < A("i", [1, 3]), A("i", [1]) < A("i", [1, 0]))
print(A("b", [3]) > A("B", [2, 9]), A("i") <= A("i"), A("i") >= A("i", [0]))
print(A("i", [1]) == [1], A("u", "ab") == A("u", "ab"), A("u", "ab") < A("u", "b"))
print(A("d", [float("nan")]) == A("d", [float("nan")]))
try:
    A("i") < [1]
except TypeError as e:
    print("TypeError:", str(e).startswith("'<' not supported"))
try:
    {A("i"): 1}
except TypeError as e:
    print("TypeError:", str(e).startswith("unhashable type"))
