from concurrent.futures import ThreadPoolExecutor

ran = []
try:
    with ThreadPoolExecutor(2) as ex:
        f = ex.submit(ran.append, "job")
        raise KeyError("inside with")
except KeyError as e:
    print("KeyError", e)
print(ran, f.done())
with ThreadPoolExecutor(1) as ex:
    print(ex.__enter__() is ex)
