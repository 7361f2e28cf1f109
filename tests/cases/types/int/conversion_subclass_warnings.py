class F(float): pass
class A:
    def __float__(self): return F(1.5)
class I(int): pass
class B:
    def __index__(self): return I(3)
class C:
    def __int__(self): return True
import warnings
def f():
    return float(A()), [1,2,3,4][B()], "%x" % B(), hex(B()), range(B()), int(C())
print(f())
print(f())
for i in range(2):
    print(float(A()))
warnings.simplefilter("error")
try:
    int(C())
except DeprecationWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    [1, 2][B()]
