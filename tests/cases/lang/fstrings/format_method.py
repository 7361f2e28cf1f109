print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0[1]} {0[key]}".format({1: "one", "key": "k"}))
print("{0.real} {0.imag}".format(3 + 4j))
print("{:>8.3f}|{:<6}|{:^7}|".format(3.14159, "ab", "mid"))
print("{:,} {:_} {:e} {:g} {:%}".format(1234567, 1234567, 12345.678, 0.00001, 0.5))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {}".format("braces"))
print("{:{}}|".format("w", 5))
for bad in ("{", "}", "{0} {}", "{1}", "{x}"):
    try:
        print(bad.format("only"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
