a, False = 1, 2
