class C:
    pass


c = C()
c.__dict__["direct"] = 1
print(c.direct)
setattr(c, "via_setattr", 2)
print(getattr(c, "via_setattr"), getattr(c, "missing", "default"))
print(hasattr(c, "direct"), hasattr(c, "nope"))
delattr(c, "direct")
print(hasattr(c, "direct"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(e)
setattr(c, "not an identifier", 3)
print(getattr(c, "not an identifier"), vars(c))
c.__dict__ = {"replaced": True}
print(c.replaced)
