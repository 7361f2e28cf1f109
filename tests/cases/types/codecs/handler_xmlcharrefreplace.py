print("héllo 日本 😀 <&>".encode("ascii", "xmlcharrefreplace"), "Ā€".encode("latin-1", "xmlcharrefreplace"))
try:
    b"\xff".decode("utf-8", "xmlcharrefreplace")
except TypeError as e:
    print(e)
print("\ud800".encode("ascii", "xmlcharrefreplace"), "a\U0010ffff".encode("ascii", "xmlcharrefreplace"))
print("é".encode("ascii", "namereplace"), "\U0001f600\x07".encode("ascii", "namereplace"), "\ue000".encode("ascii", "namereplace"))
