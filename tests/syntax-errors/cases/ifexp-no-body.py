x = if y else 2
