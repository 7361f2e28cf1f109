total = sum(a b
print(total)
