names = ["UTF-8", "utf8", "U8", "utf_8", "UTF", "latin-1", "LATIN1", "iso8859-1", "ISO_8859_1", "l1", "cp819", "ascii", "US_ASCII", "646", "utf-16le", "UTF16", "utf_32_be", "Utf-8-Sig", "cp1252", "windows-1252"]
import codecs
for n in names:
    print(n, codecs.lookup(n).name, "é".encode(n) if n not in ("ascii", "US_ASCII", "646") else "é".encode(n, "replace"))
