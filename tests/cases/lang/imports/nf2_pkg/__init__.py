exists = True
