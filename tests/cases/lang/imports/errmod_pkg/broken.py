def compute():
    return {"a": 1}["b"]


value = compute()
