for s in ["ß", "straße", "ﬁ", "ŉ", "İ", "ı", "ǅ", "ǈ", "ΐ", "Σ", "ΟΔΟΣ", "ΑΣ ΣΑ", "Ǆ", "ǆ", "ﬀ", "ᾳ", "ᾼ", "ǰ", "µ", "ÿ"]:
    print(s, s.upper(), s.lower(), len(s.upper()), len(s.lower()), [hex(ord(c)) for c in s.lower()])
