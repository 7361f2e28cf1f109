print("%s" % ((1, 2),), "%s %s" % (1, (2, 3)), "%s" % [1, 2], "%r" % ([],), "%s" % (("a",),))
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(e)
class T(tuple):
    pass
print("%s-%s" % T((1, 2)))
print("%s" % {"a": 1}, "%d%%" % 50, "%s" % b"bytes", "%a" % "ü")
print("%.1f%s" % (99.95, "%"), "%5.1f%%" % 12.34)
