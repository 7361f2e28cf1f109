for s in ["hello world", "HELLO WORLD", "they're bill's friends", "ǆemal ǉubljana", "ßx ßy", "ﬁsh ﬂow", "3rd place 4ever", "a1b2c3", "hello_world-foo.bar", "ΣΊΣΥΦΟΣ", "ǅ", "ǳ", "mIxEd CaSe"]:
    print(repr(s.title()), s.title().istitle())
