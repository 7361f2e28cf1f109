for s in ["ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ", "Σ", "ΑΣ.", "ΑΣ1", "Α.Σ", "ΑΣ'Β", "ΑΣ\u0301", "ΑΣ Σ", "ΑΣΑ", "\u0391\u03a3\u00ad"]:
    print(s, s.lower(), [hex(ord(c)) for c in s.lower()])
