x = ¬y
