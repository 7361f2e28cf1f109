print("never printed")
*a = [1, 2, 3]
