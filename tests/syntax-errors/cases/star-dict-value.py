d = {a: *b}
