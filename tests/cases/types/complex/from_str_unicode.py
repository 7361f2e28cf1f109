# complex(str) reads Unicode whitespace and decimal digits as CPython 3.11 does
# (_PyUnicode_TransformDecimalAndSpaceToASCII over Unicode 14.0).
for s in ["\x1c1j", "1j\x85", "\ufeff1j", "\u30001+2j\u3000", "\u0661j", "(\x1f2j)", "\u0663.5+\u0664j",
          "\U0001d7d0j", "\U00010d41j", "1\u00b2j", "\u2003(1-2j)\u2029"]:
    try:
        print(ascii(s), complex(s))
    except ValueError as e:
        print(ascii(s), e)
