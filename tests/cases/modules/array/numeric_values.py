# Value round-trips per type: float32 rounding, big 64-bit values, negative zero, infinities.
import array

print(array.array("f", [0.1, 1 / 3, 1e38, 1e39, -0.0, float("inf")]))
print(array.array("d", [0.1, 1 / 3, 1e308, -0.0, float("-inf")]))
print(array.array("Q", [2 ** 64 - 1, 2 ** 53 + 1]), array.array("q", [-2 ** 63, 2 ** 63 - 1]))
print(array.array("L", [2 ** 64 - 1])[0], array.array("I", [2 ** 32 - 1])[0])
print(array.array("d", [1, True, 2.5]), array.array("f", [3]).tolist())
x = array.array("d", [float("nan")])
print(x, x[0] != x[0])
print(array.array("i", range(-3, 3)), array.array("B", b"AZ"), array.array("b", array.array("B", [1, 2])))
