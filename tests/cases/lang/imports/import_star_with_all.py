from star_pkg import *

print(sorted(k for k in globals() if not k.startswith("__")))
print(public(), exported_constant)
try:
    hidden_but_public_name
except NameError as e:
    print(e)
from star_pkg.no_all import *

print(sorted(k for k in globals() if not k.startswith("__")))
import star_pkg.no_all as m

print(m._private)
