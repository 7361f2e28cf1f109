# Every typecode: item size, the buffer format memoryview sees, and an empty array's repr.
import array

print(array.typecodes, array.ArrayType is array.array)
for code in array.typecodes:
    a = array.array(code)
    print(code, a.typecode, a.itemsize, memoryview(a).format, repr(a), len(a))
