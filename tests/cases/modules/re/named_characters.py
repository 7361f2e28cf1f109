import re
for p in [r"\N{DIGIT ONE}", r"[\N{DIGIT ONE}-\N{DIGIT THREE}]+", r"\N{digit one}\d", r"\N{BYTE ORDER MARK}", r"\N{EURO SIGN}?\d",
          r"(?i)\N{LATIN SMALL LETTER E WITH ACUTE}", r"\N{GRINNING FACE}+"]:
    print(p, re.findall(p, "0123\ufeff \u20ac5 \u00c9t\u00e9 \U0001f600\U0001f600"))
for p in [r"\N", r"\N{", r"\N{}", r"\N{DIGIT ONE", r"\N{NOPE}", r"\Nx", r"[\N{NOPE}]", r"a[\N]",
          r"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "error:", e, e.pos)
try:
    re.compile(rb"\N{DIGIT ONE}")
except re.error as e:
    print("bytes:", e)
