def make():
    try:
        raise ExceptionGroup("meta", [ValueError("a"), TypeError("b")])
    except ExceptionGroup as e:
        e.add_note("a note on the group")
        return e


eg = make()
match, rest = eg.split(ValueError)
print(match.__notes__, rest.__notes__)
print(match.__traceback__ is eg.__traceback__)
print(match.message, rest.message)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + " (derived)", excs)


mg = MyGroup("custom", [ValueError(1), KeyError(2)])
m, r = mg.split(KeyError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
