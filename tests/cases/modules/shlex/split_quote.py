import shlex
print(shlex.split("a b 'c d' \"e f\" g\\ h"), shlex.split("x # comment", comments=True), shlex.split("one  two\tthree\n"), shlex.split("'a'\"b\"c"), shlex.split(""))
print(shlex.quote("simple"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["a", "b c", "d'e"]))
for s in ["'unterminated", '"also', "trailing\\"]:
    try:
        shlex.split(s)
    except ValueError as e:
        print(e)
lx = shlex.shlex("a=b; c && d", punctuation_chars=True)
print(list(lx))
print(shlex.split("a 'b'c\" d\"", posix=False))
