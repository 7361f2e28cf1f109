t = "\ud83d\ude00"
fmt_s = "[%s|%5s|%-5s|%.1s|%r|%a]"
print(repr(fmt_s % (t, t, t, t, t, t)))
print(repr(("%(k)s" + "%(k)r") % {"k": t}), repr(("%" + "c%" + "c%" + "c") % (0xD83D, 0xDE00, "\ude00")))
print(repr((t + "%s") % "x"), repr(("%s" + t) % "\ud83d"), repr((t + "%d") % 5))
print(repr("{}".format(t)), repr("{0}{0}".format(t)), repr("{!r}".format(t)), repr("{!a}".format(t)), repr("{!s:>4}".format(t)))
print(repr("{:*^6}".format(t)), repr("{:.1}".format(t)), repr("{x}{y}".format(x="\ud83d", y="\ude00")), repr(t.format()))
print(repr("{k}".format_map({"k": t})), repr((t + "{}").format(1)), repr(("{}" + t).format("\ud83d")))
print(repr(format(t)), repr(format(t, "<4")), repr(format(t, "\ud83d>4")), repr(t.__format__("^4")), repr(t.__format__("")))
print(repr(f"{t!r}"), repr(f"{t!a}"), repr(f"{t!r:>20}"))
class C:
    def __str__(self):
        return t
    def __format__(self, spec):
        return "\ude00" + spec
print(repr(str(C())), repr(format(C(), "x")), repr("{}".format(C())), repr(("%" + "s") % C()), repr("{:y}".format(C())))
