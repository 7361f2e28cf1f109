# compile() of bytes decodes them as source files are: coding cookie, BOM, UTF-8 errors.
for src in [b"x = 1", "# -*- coding: latin-1 -*-\ns = \"\xe9\"".encode("latin-1"), b"\xef\xbb\xbfy = 2", b"x = \"\xff\""]:
    try:
        ns = {}
        exec(compile(src, "f", "exec"), ns)
        print(sorted(k for k in ns if k != "__builtins__"), ns.get("s"))
    except SyntaxError as e:
        print("SyntaxError", e)
import ast
print(ast.dump(ast.parse("# coding: koi8-r\nt = \"\xf0\xd2\"".encode("latin-1"))))
