x = "outer"
result = [[x for x in range(2)] for x in "ab"]
print(result, x)
pairs = [(x, y) for x in range(3) for y in range(x, 3) if (x + y) % 2 == 0]
print(pairs)
print([y for x in [[1, 2], [3]] for y in x])
print({x: [y for y in range(x)] for x in range(3)})
print(list((x, y) for x in "ab" for y in "cd"))
