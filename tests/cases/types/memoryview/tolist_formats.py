import array
for typecode, values in [("b", [-1, 2]), ("h", [-300, 300]), ("l", [1, -1]), ("f", [0.5, -1.25]), ("d", [1e100]), ("B", [255, 0]), ("q", [2 ** 40])]:
    a = array.array(typecode, values)
    m = memoryview(a)
    print(typecode, m.format, m.itemsize, m.tolist(), len(m), m.nbytes == len(a) * a.itemsize, m[0])
