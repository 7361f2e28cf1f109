class O:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R\u00e9"
    def __format__(self, spec):
        return "F" + spec
o = O()
print("{} {!s} {!r} {!a} {:x} {!s:>3} {!r:.1}".format(o, o, o, o, o, o, o))
print(f"{o} {o!s} {o!r} {o!a} {o:y}")
for spec in ["{!x}", "{!}", "{!rr}", "{!r:}", "{0!r0}"]:
    try:
        print(repr(spec.format(o)))
    except ValueError as e:
        print(repr(spec), e)
