b = b"a\nb\rc\r\nd\x0be\x0cf\x1cg\x85h"
print(b.splitlines(), b.splitlines(True), b"".splitlines(), b"\n".splitlines(), bytearray(b"x\ny").splitlines())
