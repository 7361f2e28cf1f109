prices = {"apple": 1.5, "pear": 0, "fig": 2}
per_unit = {name: 10 / price for name, price in prices.items() if name != "pear"}
print(per_unit)
inverse = {1 / price for price in prices.values()}
