# A caller frame reached through f_back keeps its locals after it returned, while later calls of
# the same function run.
import sys

backs = []

def leaf():
    backs.append(sys._getframe().f_back)

def middle(tag):
    local = tag * 2
    leaf()
    return local

for tag in ["a", "b", "c"]:
    middle(tag)
for _ in range(20):
    middle("z")
print([b.f_locals["local"] for b in backs[:3]])
print(len({id(b) for b in backs}))
print([b.f_code.co_name for b in backs[:3]], backs[0].f_lineno)
