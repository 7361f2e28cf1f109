from string import Template
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="apple"), t.substitute({"who": "A", "what": "b"}), t.safe_substitute(who="X"))
for f in [lambda: t.substitute(who="x"), lambda: Template("$").substitute(), lambda: Template("${bad").substitute()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(Template("$a $b").get_identifiers() if hasattr(Template, "get_identifiers") else "-", Template("$x").is_valid() if hasattr(Template, "is_valid") else "-")
class Pct(Template):
    delimiter = "%"
print(Pct("%name is %{age}").substitute(name="Ann", age=3))
