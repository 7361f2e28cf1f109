for s in ["\U00010400", "\U00010428", "\U0001e900", "\U0001e922", "\U000104b0", "\U00016e40", "\U0001d400"]:
    print(hex(ord(s)), hex(ord(s.upper())), hex(ord(s.lower())), s.isupper(), s.islower(), s.istitle(), s.title() == s.upper())
