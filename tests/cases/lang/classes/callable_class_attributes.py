class C:
    def method(self):
        return "method"

    func_attr = len
    lam = lambda self: "lambda sees self"


c = C()
print(c.method(), c.lam())
print(c.func_attr("abc"))
c.instance_func = lambda: "no binding on instances"
print(c.instance_func())


def external(self):
    return "bound later: " + type(self).__name__


C.external = external
print(c.external())
