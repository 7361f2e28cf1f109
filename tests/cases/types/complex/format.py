z = 3.14159 - 2.5j
print(format(z), format(z, ""), format(z, ".2f"), format(z, "e"), format(z, "g"), format(z, "^30.3f"), format(z, "+.1f"))
print(f"{1j:.3}", f"{1+1j:10}", f"{-0j}", f"{complex(1e20, 1e-20):g}", f"{z:*>25}", f"{z:.0e}")
print(format(1 + 2j, "<20"), "|", format(1 + 2j, ">20"))
for spec in ["=10", "010", "%", "d", "c"]:
    try:
        print(format(z, spec))
    except ValueError as e:
        print("ValueError:", e)
