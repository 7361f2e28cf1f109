for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad", "é ü 日本", "\u200b\u2028\ufeff", "\ud800", "\U0001f600", "\U000e0001", "back\\slash", "\x1b[0m", "\u0378", "\U0010ffff"]:
    print(repr(s), ascii(s))
