print("about to eval")
eval("1 +* 2")
