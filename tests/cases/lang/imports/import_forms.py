import os_like_pkg.inner.leaf

print(os_like_pkg.inner.leaf.NAME)
import os_like_pkg.inner.leaf as leaf

print(leaf.NAME)
from os_like_pkg.inner import leaf as renamed

print(renamed is leaf)
from os_like_pkg import inner

print(inner.__name__, hasattr(inner, "leaf"))
import os_like_pkg as p, sys as s

print(p.__name__, s.__name__)
from os_like_pkg.inner.leaf import NAME, helper as hp

print(NAME, hp())
