# What an except clause may name: one class, a tuple of classes, and what is refused (a class
# not derived from BaseException, an instance, a nested tuple) when an exception reaches it.
class Base(Exception):
    pass


class Child(Base):
    pass


def attempt(exc, clause):
    try:
        try:
            raise exc
        except clause:
            return "caught"
    except TypeError as e:
        return f"TypeError: {e}"
    except BaseException as e:
        return f"escaped {type(e).__name__}"


for clause in (Base, Child, Exception, BaseException, KeyError, (KeyError, Base), (), int, object,
               (KeyError, int), Base("x"), ((Base,),), (Base, (KeyError,))):
    print(repr(clause) if not isinstance(clause, type) else clause.__name__,
          attempt(Child("c"), clause), attempt(Base("b"), clause))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except KeyboardInterrupt:
    print("KeyboardInterrupt passes except Exception")
try:
    pass
except int:
    print("never evaluated")
print("done")
