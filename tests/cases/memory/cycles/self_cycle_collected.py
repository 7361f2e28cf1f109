# The notes' example: a reference cycle is not freed by reference counting; the collector frees it.
import gc


class TmpClass:
    def __del__(self):
        print("TmpClass.__del__")


gc.collect()
a = TmpClass()
a.key = a
del a
print("after del: the cycle is still there")
print("collected:", gc.collect())
print("again:", gc.collect())
