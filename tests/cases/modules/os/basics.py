import os
print(os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.name, os.extsep, os.devnull)
os.environ["PYGLASS_TEST_VAR"] = "value"
print(os.environ["PYGLASS_TEST_VAR"], os.getenv("PYGLASS_TEST_VAR"), os.getenv("PYGLASS_NOPE_VAR", "dflt"), "PYGLASS_TEST_VAR" in os.environ)
del os.environ["PYGLASS_TEST_VAR"]
print(os.environ.get("PYGLASS_TEST_VAR"))
print(os.fspath("a/b"), os.fsencode("é"), os.fsdecode(b"x"), os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(os.path.dirname(__file__)))
try:
    os.fspath(5)
except TypeError as e:
    print(e)
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(here), sorted(n for n in os.listdir(here) if n.startswith("basics")))
