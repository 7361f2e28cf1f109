from decimal import Decimal, ROUND_HALF_UP, localcontext
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10"), Decimal("100")]
qty = [3, 7, 11, 1]
subtotal = sum(p * q for p, q in zip(prices, qty))
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
total = subtotal + tax
print(subtotal, tax, total, f"${total:,.2f}", f"{total:>12}")
share = (total / 3).quantize(Decimal("0.01"))
print(share, share * 3, total - share * 3)
with localcontext(prec=6):
    rate = Decimal("0.05") / 12
    bal = Decimal("1000.00")
    for month in range(3):
        bal = (bal * (1 + rate)).quantize(Decimal("0.01"))
        print(month, bal, rate)
