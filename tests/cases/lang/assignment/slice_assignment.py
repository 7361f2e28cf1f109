lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
lst[:0] = [-1]
print(lst)
lst[len(lst) :] = [100]
print(lst)
del lst[::2]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
lst[1:1] = "xy"
print(lst)
b = bytearray(b"hello")
b[0:1] = b"J"
print(b)
