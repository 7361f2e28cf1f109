values = [4, 2, 0, 1]
print(sum(10 // v for v in values))
