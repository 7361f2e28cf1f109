print("abc".encode("ascii"), b"abc".decode("ascii"), "abc".encode("us-ascii"))
for f in [lambda: "héllo".encode("ascii"), lambda: "日本".encode("ascii"), lambda: b"a\x80b".decode("ascii"), lambda: b"\xff\xfe".decode("ascii"), lambda: "a\U0001f600".encode("ascii")]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__ + ":", e)
        print(" ", e.start, e.end, repr(e.object))
