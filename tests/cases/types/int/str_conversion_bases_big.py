n = 2 ** 200 - 12345
for base in [2, 8, 16]:
    s = format(n, {2: "b", 8: "o", 16: "x"}[base])
    print(base, len(s), s[:16], int(s, base) == n)
print(str(-n)[:15], repr(n)[-5:], int(str(n)) == n, int(" " + str(n) + "\n") == n)
