# \d, \w and \b of str patterns follow CPython 3.11's Unicode database (14.0): \d is
# str.isdecimal, \w is str.isalnum() or "_".
import re

later = ["\u088f", "\u0c5c", "\u1c89", "\ua7cb", "\U00031350", "\U00010d40", "\U0001e4d0"]
for c in later:
    print(hex(ord(c)), re.match(r"\w", c), re.match(r"\d", c), re.match(r"\W", c) is not None,
          re.match(r"\D", c) is not None, re.match(r"[\w]", c), re.match(r"[^\w]", c) is not None)
print(re.findall(r"\w+", "caf\u00e9 \u0915\u093f 1\u00b2\u2167 x\u0c5cy \U00031350z"))
print(re.findall(r"\d+", "12\u0663\u0664 \U0001d7ce\U00010d40 \u00b2"))
print(re.findall(r"\b\w", "a\u088fb \u1c89c"))
print(re.sub(r"\B", "|", "ab\u088fcd"))
print(re.findall(r"\w+", "a\u088fb", re.ASCII), re.findall(r"\w+", "\u00e9t\u00e9", re.IGNORECASE))
print(re.match("(?P<\u00e9t\u00e9>x)", "x").groupdict())
for name in ("a\u088f", "\U00031350"):
    try:
        re.compile(f"(?P<{name}>x)")
    except re.error as e:
        print("error", e)
# Case-insensitive scopes fold with CPython's case mappings: U+A7CB and U+A7DC have no case
# partner in Unicode 14.0.
print(re.match("(?i:\u0264)", "\ua7cb"), re.match("(?i:[\u0264\u019b])", "\ua7dc"), re.match("(?i:\u0264)", "\u0264"))
print(re.match("(?i:\u00e9)", "\u00c9"), re.match("(?i:[\u0430-\u044f]+)", "\u041f\u0440\u0418"))
