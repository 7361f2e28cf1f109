from string import Formatter
f = Formatter()
print(f.format("{0} {x}", 1, x=2), list(f.parse("a{0}b{x!r:>3}c{{}}")), f.vformat("{}{}", (1, 2), {}))
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} {0:x} {missing}", 255, a="hi"))
try:
    f.format("{0}")
except IndexError as e:
    print(type(e).__name__, e)
