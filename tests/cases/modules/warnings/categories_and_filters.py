import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for cat in [UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
        warnings.warn("msg " + cat.__name__, cat)
print([w.category.__name__ for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("same")
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("user")
print([str(w.message) for w in log])
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=DeprecationWarning)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", e)
