import re
# bytes patterns fold the case of ASCII letters only; LOCALE (bytes) under a UTF-8 locale is ASCII
print(re.findall(rb"(?i)[a-z\xe9]+", b"\xc9ABC\xe9"), re.findall(rb"(?i)\xe9", b"\xc9\xe9"), re.findall(rb"(?i)k", b"kK\xe2\x84\xaa"))
print(re.findall(rb"(?L)\w+", b"\xe9abc_1 \xc9X"), re.findall(rb"(?Li)[a-z\xe9]+", b"\xc9ABC"), re.compile(rb"a", re.L).flags)
print(re.findall(rb"(?L)\s", b"\x85\xa0 \t"), re.findall(rb"(?iL)\xe9", b"\xc9\xe9"), re.findall(rb"(?L)\b\w", b"ab \xe9c"))
print(re.findall(rb"(?i)(a)\1", b"aA Aa aa \xe9\xc9"), re.findall(r"(?i)(é)\1", "éÉ"), re.findall(r"(a)(?i:\1)", "aA aa Aa"))
print(re.findall(rb"(?i:[a-c])x", b"Ax ax AX"), re.fullmatch(rb"(?i)[^a]", b"A"), re.sub(rb"(?i)(ab)\1", b"#", b"abAB abab xAbaB"))
try:
    re.compile("a", re.LOCALE)
except ValueError as e:
    print("ValueError", e)
