import unicodedata
names = ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "GRINNING FACE", "HANGUL SYLLABLE GAG",
         "CJK UNIFIED IDEOGRAPH-4E00", "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
         "NUSHU CHARACTER-1B170", "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "NULL", "LINE FEED",
         "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE KSSA"]
for n in names:
    print(n, ascii(unicodedata.lookup(n)))
for bad in ["hangul syllable gag", "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "NO SUCH THING", "", "x" * 300]:
    try:
        unicodedata.lookup(bad)
    except KeyError as e:
        print("KeyError", e)
print(ascii(unicodedata.lookup(b"EURO SIGN")))
