assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(repr(e))
try:
    assert [], {"message": "can be any object"}
except AssertionError as e:
    print(e.args[0])
calls = []
assert calls.append("evaluated") is None, calls.append("message not evaluated")
print(calls)
print(__debug__)
