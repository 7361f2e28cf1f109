try:
    import circbad_pkg.alpha
except ImportError as e:
    print(type(e).__name__)
    print(e)
    print(e.name)
