s = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
b = s.encode("cp1252")
print(b, b.decode("cp1252") == s)
for f in [lambda: b"\x81".decode("cp1252"), lambda: "Ā".encode("cp1252")]:
    try:
        f()
    except UnicodeError as e:
        print(e)
print(b"\x81\x8d".decode("cp1252", "replace"), bytes(range(0x80, 0xa0)).decode("latin-1").encode("cp1252", "replace"))
