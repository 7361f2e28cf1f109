print("héllo 日本 😀\x7f".encode("ascii", "backslashreplace"), "Ā€".encode("latin-1", "backslashreplace"), "\ud800".encode("utf-8", "backslashreplace"))
print(b"a\xffb\xc3\xa9\xe2\x82".decode("utf-8", "backslashreplace"), b"\x80\x81".decode("ascii", "backslashreplace"))
print(repr(b"\x00\xd8".decode("utf-16-le", "backslashreplace")))
