def process(items):
    total = 0
    def add(n):
        nonlocal total
        total += n
    for item in items:
        try:
            add(item)
        finally:
            print("seen", item)
    return total
