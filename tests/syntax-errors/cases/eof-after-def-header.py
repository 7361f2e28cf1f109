def f(a, b):
    """doc"""
    if a:
