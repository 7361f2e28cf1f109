print([x * y for x in range(3) for y in range(3) if x != y])
print([[y for y in range(x)] for x in range(4)])
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
flat = [c for w in ["ab", "cd"] for c in w]
print(flat, sum([[1], [2, 3]], []), [*range(3), *"ab"])
