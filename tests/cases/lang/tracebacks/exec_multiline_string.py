code = """
def inner():
    return undefined_name

inner()
"""
exec(code)
