import os.path as p
print(p.join("a", "b", "c"), p.join("/a", "/b"), p.join("a", ""), p.split("/a/b/c.txt"), p.splitext("x/y.tar.gz"), p.splitext(".bashrc"), p.basename("/a/b/"), p.dirname("/a/b/c"))
print(p.normpath("/a/./b/../c//d/"), p.normpath(""), p.normpath("a/../.."), p.isabs("/x"), p.isabs("x"), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonpath(["/usr/lib", "/usr/local"]))
print(p.relpath("/a/b/c", "/a/d"), p.expanduser("no_tilde"), p.splitdrive("/x/y"), p.normcase("AbC"), p.sep if hasattr(p, "sep") else "-", p.extsep)
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
