from string import Template
class Braces(Template):
    delimiter = "#"
    idpattern = r"[a-z]+"
t = Braces("#name has #{count} items, ##escaped, #Upper")
print(t.safe_substitute(name="bag", count=3))
try:
    t.substitute(name="bag", count=3)
except (ValueError, KeyError) as e:
    print(type(e).__name__, e)
print(Template("$a$b ${c}d").substitute(a=1, b=2, c=3), Template("$x").template)
