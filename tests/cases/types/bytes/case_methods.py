b = b"Hello World \xe9\xc9 123 they're"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"hello".isalpha(), b"hello1".isalnum(), b"123".isdigit(), b"\xb2".isdigit(), b" \t\n\x0b\x0c\r".isspace(), b"\x1c".isspace(), b"".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\xe9".isalpha(), b"abc".isascii(), b"\x80".isascii())
