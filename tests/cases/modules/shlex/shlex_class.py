import shlex
lx = shlex.shlex("cmd --opt='a b' # trailing", posix=True)
lx.whitespace_split = True
print(list(lx))
lx2 = shlex.shlex("a,b;c", punctuation_chars=";,")
print(list(lx2))
lx3 = shlex.shlex("one two three")
print(lx3.get_token(), lx3.get_token(), lx3.lineno)
print(shlex.split("a\\ b 'c\\ d' \"e\\\"f\"", posix=True), shlex.quote("$HOME"), shlex.quote("a\nb"))
