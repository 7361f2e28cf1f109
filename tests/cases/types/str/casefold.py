for s in ["Straße", "STRASSE", "ﬁ", "İ", "ΣΑΣ", "µ", "ǅ", "ẞ", "Ꭰ", "ꭰ", "ſ"]:
    print(s, s.casefold(), s.lower(), s.casefold() == s.lower())
print("Straße".casefold() == "STRASSE".casefold(), "ß".lower() == "ss")
