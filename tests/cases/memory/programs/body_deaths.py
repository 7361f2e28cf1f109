# Objects dying while a class body, an exec'd string or an imported module's body runs: each
# dies at its own statement, inside that body.
from _noisy import Noisy


class Config:
    tmp = Noisy("class body temporary")
    tmp = None
    print("class body continues")
    kept = Noisy("class attribute")


print("class made")
ns = {"Noisy": Noisy}
exec("x = Noisy('exec temporary')\nx = None\nprint('exec continues')\ny = Noisy('exec global')", ns)
print("exec done")
del ns["y"]
print("exec global deleted")
print(eval("Noisy('eval temporary').name + ' evaluated'"))
import _deaths_on_import

print("imported")
del Config.kept
print("class attribute deleted")
print("end")
