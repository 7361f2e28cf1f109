café = "naïve"
x = café + "é" * 2
def ñ(β=1):
    return β, "日本語"
print(f"{café!r:>{len('éé')}}")
if café == "naïve": print("ok")
