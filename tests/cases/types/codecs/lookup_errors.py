for f in [lambda: "a".encode("no-such-codec"), lambda: b"a".decode("nope"), lambda: "é".encode("ascii", "no-handler"), lambda: "a".encode("ascii", "no-handler"), lambda: b"\xff".decode("utf-8", "bogus"), lambda: "a".encode(None), lambda: "a".encode("rot13"), lambda: b"a".decode("hex")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
