x = [a async for a in y]
