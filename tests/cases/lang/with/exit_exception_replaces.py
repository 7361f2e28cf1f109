class Failing:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise TypeError("from __exit__")


try:
    with Failing():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
try:
    with Failing():
        pass
except TypeError as e:
    print("on clean exit:", e, e.__context__)
