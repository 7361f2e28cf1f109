import unicodedata
calls = [lambda: unicodedata.category(1), lambda: unicodedata.category("ab"), lambda: unicodedata.category(""),
         lambda: unicodedata.category(), lambda: unicodedata.name("a", 1, 2), lambda: unicodedata.mirrored(b"a"),
         lambda: unicodedata.normalize("NFX", "a"), lambda: unicodedata.normalize(1, "a"), lambda: unicodedata.normalize("NFC", 1),
         lambda: unicodedata.is_normalized("nfc", "a"), lambda: unicodedata.lookup(1), lambda: unicodedata.decimal("1", 2, 3),
         lambda: unicodedata.normalize("NFC")]
for c in calls:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
