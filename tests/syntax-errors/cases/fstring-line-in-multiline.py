x = 1
s = f"""
abc {a b}
"""
