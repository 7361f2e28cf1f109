s = "a\n\té\u20ac😀\\'\""
print(s.encode("unicode_escape"), s.encode("raw_unicode_escape"))
print(b"a\\n\\t\\xe9\\u20ac\\U0001f600".decode("unicode_escape"), b"\\u20ac\\n".decode("raw_unicode_escape"))
for b in [b"\\x4", b"\\u12", b"\\N{NO SUCH NAME}", b"\\"]:
    try:
        print(b.decode("unicode_escape"))
    except UnicodeDecodeError as e:
        print(e)
print(b"\\N{BULLET}".decode("unicode_escape"), b"\\q".decode("unicode_escape") if False else "-")
