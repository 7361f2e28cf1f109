try:
    try:
        raise ExceptionGroup("group", [ValueError("v")])
    except ValueError:
        print("plain except ValueError does not match a group")
except ExceptionGroup as eg:
    print("caught the group:", eg, eg.exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(ExceptionGroup.__mro__)
