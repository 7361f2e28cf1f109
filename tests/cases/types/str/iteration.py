s = "héllo😀"
it = iter(s)
print(next(it), next(it), list(it), list(it))
print(list(enumerate("ab")), list(reversed("abc")), list(zip("ab", "xyz")), [c * 2 for c in "ab"])
print(sorted(set("mississippi")), "".join(sorted("hello")), tuple("ab"), dict.fromkeys("aba"))
r = reversed("xyz")
print(type(r).__name__, next(r), list(r))
print(type(iter("a")).__name__, "abc".__iter__().__next__())
