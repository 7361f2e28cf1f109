print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 1j != 1j, complex(2 ** 53 + 1, 0) == 2 ** 53 + 1)
for op in ["<", ">", "<=", ">="]:
    try:
        eval("1j " + op + " 2j")
    except TypeError as e:
        print(e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print(e)
print(1j == "1j", 1j.__eq__(1j), 1j.__lt__(2j))
