import shlex, random
rng = random.Random(7)
alphabet = "ab c'\"\\#;&|()\n\t=-.é"
for i in range(150):
    s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 20)))
    res = []
    for posix in (True, False):
        for comments in (True, False):
            try:
                res.append(shlex.split(s, comments=comments, posix=posix))
            except ValueError as e:
                res.append(str(e))
    for pc in (False, True, ";&"):
        try:
            lx = shlex.shlex(s, posix=rng.random() < 0.5, punctuation_chars=pc)
            lx.whitespace_split = rng.random() < 0.5
            res.append(list(lx))
        except ValueError as e:
            res.append(str(e))
    res.append(shlex.quote(s))
    print(repr(s), res)
