results = []
for value in ["1", "x", "3", None]:
    try:
        n = int(value)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
for i in range(2):
    pass
else:
    print("for-else after normal end")
while False:
    pass
else:
    print("while-else")
