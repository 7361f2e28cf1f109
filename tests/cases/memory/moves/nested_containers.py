# An object buried a few containers deep, then one level of the nesting is dropped.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

outer = {"level1": [{"level3": (N("deep"), N("deep2"))}]}
print("built")
outer["level1"][0]["other"] = N("side")
print("added side")
outer["level1"][0] = None
print("dropped level 2")
outer.clear()
print("end")
