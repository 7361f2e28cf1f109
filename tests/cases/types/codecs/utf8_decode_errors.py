for b in [b"\xff", b"\x80", b"a\xc3", b"\xc3\x28", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x90\x80", b"\xf8\x88\x80\x80\x80", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"ok\xe9ok", b"\xef\xbf"]:
    try:
        print(b.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(e)
        print(" ", e.encoding, e.start, e.end, e.reason, e.object)
