def validate(data):
    errors = []
    for key in ("name", "age"):
        if key not in data:
            errors.append(KeyError(key))
    if "age" in data and data["age"] < 0:
        errors.append(ValueError("age must be >= 0"))
    if errors:
        raise ExceptionGroup("invalid record", errors)


validate({"age": 3})
validate({"age": -1})
