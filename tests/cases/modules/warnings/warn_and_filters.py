import warnings
warnings.warn("plain user warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("future thing", FutureWarning)
def f():
    warnings.warn("from f", stacklevel=2)
f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn("again", UserWarning)
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me")
warnings.warn("show me")
