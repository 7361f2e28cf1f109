# Identifiers follow PEP 3131 over CPython 3.11's Unicode database (14.0): a letter added in a
# later Unicode version is an invalid character.
ok = "\u00e9t\u00e9 = 1\n\ufb01 = 2\nx\u0663 = 3\n"
ns = {}
exec(ok, ns)
print(sorted(k for k in ns if k != "__builtins__"))
for src in ["a\u1c89 = 1", "\U00031350x = 2", "x = \u088f", "def f(a\u0c5c): pass", "\ua7cb = 1"]:
    for mode in ("exec", "compile"):
        try:
            if mode == "exec":
                exec(src, {})
            else:
                compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(mode, ascii(e.msg), e.lineno, e.offset, ascii(e.text))
