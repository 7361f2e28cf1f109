import unicodedata
# str.isdecimal/isdigit/isnumeric agree with the database's decimal/digit/numeric
mismatch = []
for cp in range(0, 0x10000, 3):
    ch = chr(cp)
    if ch.isdecimal() != (unicodedata.decimal(ch, None) is not None):
        mismatch.append(("decimal", cp))
    if ch.isdigit() != (unicodedata.digit(ch, None) is not None):
        mismatch.append(("digit", cp))
    if ch.isnumeric() != (unicodedata.numeric(ch, None) is not None):
        mismatch.append(("numeric", cp))
print(len(mismatch), mismatch[:5])
print(unicodedata.unidata_version, type(unicodedata.unidata_version).__name__)
print(sorted(n for n in dir(unicodedata) if not n.startswith("_") and n not in ("UCD", "ucd_3_2_0")))
