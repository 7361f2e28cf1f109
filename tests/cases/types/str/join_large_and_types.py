parts = [str(i) for i in range(1000)]
s = ",".join(parts)
print(len(s), s[:20], s[-10:], s.count(","), len(s.split(",")))
print("".join(reversed("abc")), "-".join(sorted("cab")), "".join(map(chr, range(65, 70))), "+".join(str(x) for x in (1.5, None, True)))
