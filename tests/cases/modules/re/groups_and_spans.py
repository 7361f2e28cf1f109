import re
m = re.search(r"(\d+)(?:-(\d+))?(?P<suffix>[a-z]*)", "id: 42-7abc!")
print(m.groups(), m.groupdict(), m.span(0), m.span(1), m.span(2), m.start("suffix"), m.end(), m.lastindex, m.lastgroup)
m2 = re.search(r"(\d+)(?:-(\d+))?", "id 5 x")
print(m2.groups(), m2.span(2), m2.start(2), m2.group(2), m2[0], m2.expand(r"[\1]"))
print(re.match(r"((a)(b))", "ab").groups(), re.match(r"(a)*", "aaa").group(1), re.match(r"(a)*", "").group(1), re.match(r"(?P<x>a)+", "aa").span("x"))
