print("héllo 日本 😀".encode("ascii", "ignore"), "héllo".encode("latin-1", "ignore"), "日本".encode("latin-1", errors="ignore"))
print(b"a\xffb\xc3".decode("utf-8", "ignore"), b"a\x80\x81b".decode("ascii", "ignore"), b"\x00\xd8a\x00".decode("utf-16-le", "ignore"))
print(repr(b"\xed\xa0\x80x".decode("utf-8", "ignore")), "\ud800x".encode("utf-8", "ignore"))
