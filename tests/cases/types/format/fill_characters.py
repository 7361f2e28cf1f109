for fill in ["*", "0", " ", "{", "}", "é", "😀", "=", "<"]:
    try:
        print(repr(fill), repr(format(42, fill + "^8")), repr(format("ab", fill + "<5")), repr(format(1.5, fill + ">7")))
    except ValueError as e:
        print(repr(fill), e)
print(repr("{:{}^7}".format("x", "{")), repr(format("y", "}>5")))
