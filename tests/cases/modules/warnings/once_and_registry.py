import warnings
for i in range(3):
    warnings.warn("repeated")
def g():
    warnings.warn("in loop", UserWarning)
for i in range(2):
    g()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), warnings.formatwarning("msg", UserWarning, "file.py", 10, "line"))
w = UserWarning("custom")
warnings.warn(w)
warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42)
