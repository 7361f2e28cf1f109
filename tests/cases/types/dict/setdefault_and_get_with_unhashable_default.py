d = {}
print(d.setdefault("k", []), d.setdefault("k", {}), d, d.get("z", []), d.get("k") is d["k"])
d.setdefault("k").append(1)
print(d)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
