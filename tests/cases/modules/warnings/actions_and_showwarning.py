import warnings
def deep():
    warnings.warn("two up", stacklevel=3)
def mid():
    deep()
mid()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.warn("once only")
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("per module", RuntimeWarning)
warnings.warn("per module", RuntimeWarning)
seen = []
def show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))
old = warnings.showwarning
warnings.showwarning = show
warnings.simplefilter("always")
warnings.warn("captured", SyntaxWarning)
warnings.showwarning = old
print(seen)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("r1")
    warnings.warn(UserWarning("r2"))
print([(str(w.message), w.category.__name__, w.lineno, w.filename.endswith(".py")) for w in log], str(log[0]).startswith("{message : UserWarning('r1')"))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
warnings.filterwarnings("error", "fail.*", UserWarning)
try:
    warnings.warn("failing now")
except UserWarning as e:
    print("raised:", e)
try:
    warnings.warn("Fail case-insensitively?")
except UserWarning as e:
    print("raised too:", e)
print(len(warnings.filters) > 0, warnings.formatwarning("m", DeprecationWarning, "x.py", 3))
