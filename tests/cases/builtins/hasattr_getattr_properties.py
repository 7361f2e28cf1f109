class C:
    @property
    def ok(self):
        return 1
    @property
    def fails(self):
        raise AttributeError("inner attr error")
    @property
    def boom(self):
        raise KeyError("k")
c = C()
print(hasattr(c, "ok"), hasattr(c, "fails"), getattr(c, "fails", "default"))
try:
    hasattr(c, "boom")
except KeyError as e:
    print("KeyError", e)
try:
    c.fails
except AttributeError as e:
    print(e)
