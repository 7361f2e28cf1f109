for s in ["1", "1j", "-1j", "1+2j", "1-2j", "  (1+2j)  ", "(3)", "j", "-j", "+j", "1.5e3-2.5e-3J", "inf+nanj", "-infj", "1_0+2_0j", "0x1", "1+", "1 + 2j", "(1+2j", "1+2j)", "", "2jj", "nanj", "1e5j", "( 1 )", "1+j", "1-j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
