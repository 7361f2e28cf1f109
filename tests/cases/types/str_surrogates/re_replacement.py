# re.sub / subn with a replacement that holds a lone surrogate pair (two code points): the
# result keeps them apart, whether the replacement is a plain template, has group references,
# or is returned by a function; lone halves from separate replacements stay lone.
import re

pair = "\ud800" + "\udc00"
results = [
    re.sub("x", pair, "axbx"),
    re.subn("x", pair, "axbx", count=1),
    re.sub("x", lambda m: pair, "axb"),
    re.sub("x", pair[0], "axb") + re.sub("y", pair[1], "ya"),
    re.sub("(x)", pair + r"\1", "axb"),
    re.sub("x", pair, "a\U0001f600xb"),
    re.compile("x").sub(pair, "xx"),
]
for r in results:
    print(ascii(r))
print(len(re.sub("x", pair, "xx")))
