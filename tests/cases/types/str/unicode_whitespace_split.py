chars = [chr(c) for c in range(0x10000) if chr(c).isspace()]
print(len(chars), [hex(ord(c)) for c in chars])
s = "a".join(chars)
print(len(s.split()), "x\u2028y".split(), "x\u200by".split())
