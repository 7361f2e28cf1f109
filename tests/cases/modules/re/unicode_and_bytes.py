import re
print(re.findall(r"\w+", "naïve café 日本語 x_1"), re.findall(r"\d", "1٢३"), re.findall(r"\s", "a\u3000b\xa0c"), re.match(r"\w", "é", re.A))
print(re.findall(rb"\w+", b"caf\xc3\xa9 ok"), re.sub(rb"\d", b"#", b"a1b2"), re.split(rb",", b"a,b"), re.compile(rb"x").pattern)
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)ǅ", "ǆ") is not None, re.match(r"(?i)σ", "Σ") is not None, re.fullmatch(r"(?i)[a-z]+", "ABC") is not None)
print(re.findall(r"[à-ö]", "àéöøx"), re.findall(r"[\u0400-\u04ff]+", "hi привет"), re.findall(r".", "😀a"))
