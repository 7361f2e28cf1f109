text = "  The Quick  Brown fox, the LAZY dog.  "
words = text.strip().lower().replace(",", "").replace(".", "").split()
print(words, len(words), " ".join(w.capitalize() for w in words))
print(text.count("the"), text.lower().count("the"), text.strip().title(), text.swapcase().strip())
print(sorted(set(words)), {w: words.count(w) for w in words})
print("-".join(w[::-1] for w in words), text.strip().center(45, "."))
