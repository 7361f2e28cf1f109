import concurrent.futures as cf

print(cf.__all__)
print(cf.TimeoutError is TimeoutError)
print(cf.CancelledError.__mro__)
print(cf.BrokenExecutor.__mro__)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.ThreadPoolExecutor.__mro__)
print(cf.Future[int])
try:
    cf.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)
