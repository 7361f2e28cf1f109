print("heavy module loading")
VALUE = 99
