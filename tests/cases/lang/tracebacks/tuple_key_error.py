distances = {("a", "b"): 5}
print(distances[("a", "b")])
print(distances["b", "a"])
