for w in range(1, 9):
    print(repr("ab".center(w, "*")), repr("abc".center(w, "-")), repr("".center(w, ".")))
