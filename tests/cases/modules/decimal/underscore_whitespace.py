from decimal import Decimal as D, InvalidOperation
for s in ["1_000", "_1", "1_", "1__0", "1_.5", "1e1_0", "nan_1", " \t12.5\n ", "\u00a03", "1\u00a0", "١٢٣", "+0_0.0_0", "Inf_"]:
    try:
        print(repr(s), repr(D(s)))
    except InvalidOperation as e:
        print(repr(s), "InvalidOperation", e)
