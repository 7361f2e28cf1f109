class S(str):
    def __format__(self, spec):
        return "S:" + str.__format__(self, spec)
print(format(S("ab"), ">5"), f"{S('x'):*^5}", "{:<4}|".format(S("y")))
class Plain(str):
    pass
print(format(Plain("ab"), ">5"), f"{Plain('q')!r}", type(format(Plain("z"), "")).__name__)
