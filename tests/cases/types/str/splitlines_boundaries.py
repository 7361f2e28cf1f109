s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\rm"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "\n\n", "a\n", "a", "\r\n\r\n", "a\r", "\r\r\n"]:
    print(repr(t), t.splitlines(), t.splitlines(True))
print("x\ty\x1fz".splitlines(), "a\x00b".splitlines())
