import os.path as p
for path in ["", ".", "..", "/", "//", "///a", "a/", "a//b", "/a/b/../../..", "./a/./b", "a/b/c.tar.gz", ".hidden", "no_ext", "dir.d/file"]:
    print(repr(path), repr(p.normpath(path)), p.split(path), p.splitext(path), repr(p.basename(path)), repr(p.dirname(path)))
print(p.join("", "a"), p.join("a", "", "b"), p.join("/", "x"), p.relpath("/a", "/a"), p.relpath("/a/b", "/"), p.commonpath(["/a/b/c", "/a/b/d", "/a/bc"]))
