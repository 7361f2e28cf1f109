print("{{}}".format(), "{{{}}}".format(1), "{{0}}".format(1), "a{{b".format(), "}}{{".format(), "{{{0}}}{{".format("x"))
print("%s{}" % "a", "{}%s".format("b"), "{}".format("{}"), "{0}".format("{0}"))
print("{:{{}}".format(1) if False else "-")
for s in ["{{}", "{}}", "{{{", "}}}"]:
    try:
        print(repr(s.format(1)))
    except ValueError as e:
        print(repr(s), e)
