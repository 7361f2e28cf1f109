for s in ["\ud800", "\udfff", "a\udc80b", "\ud83d\ude00"]:
    print(repr(s), len(s), s.isprintable(), s.encode("utf-8", "backslashreplace"), s.encode("utf-16-le", "surrogatepass"))
try:
    "\ud83d\ude00".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print("\ud83d\ude00" == "😀", "😀".encode("utf-16-be"), "😀".encode("utf-16-be").decode("utf-16-be") == "😀")
