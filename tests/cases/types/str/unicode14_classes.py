# Character classes follow CPython 3.11's Unicode database (14.0): characters assigned in later
# Unicode versions are not letters, digits or identifier characters here.
later = ["\u088f", "\u0c5c", "\u0cdc", "\u1c89", "\ua7cb", "\U00031350", "\U0001e4d0", "\U00010d40"]
for c in later:
    print(hex(ord(c)), c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(),
          c.isidentifier(), ("a" + c).isidentifier(), c.isprintable(), c.isupper(), c.islower())
known = ["a", "\u00e9", "\u0915", "\u4e00", "\u2167", "\u0663", "\U0001d7ce", "\u02b0", "\u01c5", "\U0002b739"]
for c in known:
    print(hex(ord(c)), c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(),
          c.isidentifier(), c.isupper(), c.islower(), c.istitle())
print("abc\u088f".isalpha(), "x\U00031350".isalnum(), "\u0663\U00010d41".isdecimal())
print("\u0969\u096a".isdecimal(), "\u56db".isnumeric(), "\u56db".isalnum())
# Final sigma: U+0897 is not case-ignorable in 14.0, so it stops the look-back.
print(ascii("A\u0897\u03a3".lower()), ascii("A\u0300\u03a3".lower()), ascii("A\u03a3\u0897".lower()))
print(ascii("\u0295\u03a3".lower()), ascii("\u1c89\u03a3".lower()))
print(ascii("\u0295".upper()), ascii("\u1c89".lower()), ascii("\ua7cb".lower()))


class Slots:
    __slots__ = ("\u00e9t\u00e9", "x\u0663")


print(Slots.__slots__)
for name in ("a\u088f", "\U00031350", "\u1c89"):
    try:
        type("T", (), {"__slots__": (name,)})
    except TypeError as e:
        print("TypeError", e)

# \N{...} and unicodedata.lookup compare names with ASCII case folding only.
import unicodedata

for name in ["latin small letter a", "LATIN \u017fMALL LETTER A", "LATIN SMALL LETTER \u0131"]:
    try:
        print(ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
for src in ["'\\N{latin small letter a}'", "'\\N{LATIN \u017fMALL LETTER A}'"]:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
