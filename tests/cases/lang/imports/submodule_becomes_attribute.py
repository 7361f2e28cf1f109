import subattr_pkg

print(hasattr(subattr_pkg, "child"))
import subattr_pkg.child

print(hasattr(subattr_pkg, "child"), subattr_pkg.child.X)
from subattr_pkg import other

print(other.Y, subattr_pkg.other is other)
print(sorted(k for k in vars(subattr_pkg) if not k.startswith("__")))
