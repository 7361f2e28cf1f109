try:
    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
e = KeyError("k")
print(hasattr(e, "__notes__"))
