print({k % 3: k for k in range(10)})
print({x.lower(): x for x in ["A", "a", "B", "b", "A"]})
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): "t", (1.0, 2.0): "u"})
d = {"k": 1}
d.update({"k": 2}, k=3)
print(d)
