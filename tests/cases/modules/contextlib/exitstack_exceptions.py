from contextlib import ExitStack, contextmanager
@contextmanager
def cm(name, swallow=False):
    try:
        yield
    except Exception as e:
        print(name, "saw", repr(e))
        if not swallow:
            raise
    finally:
        print(name, "exit")
with ExitStack() as st:
    st.enter_context(cm("outer", swallow=True))
    st.enter_context(cm("inner"))
    raise ValueError("x")
print("continued")
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError("k")
except ZeroDivisionError as e:
    print(type(e).__name__, repr(e.__context__))
