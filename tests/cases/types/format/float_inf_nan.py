for x in [float("inf"), float("-inf"), float("nan"), -float("nan")]:
    print(f"{x}", f"{x:f}", f"{x:F}", f"{x:e}", f"{x:E}", f"{x:g}", f"{x:G}", f"{x:%}", f"{x:+}", f"{x:08.2f}", f"{x:*^10}", f"{x:,.2f}")
