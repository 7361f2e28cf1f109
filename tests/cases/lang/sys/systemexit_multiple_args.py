print("SystemExit with two arguments: code is the tuple")
raise SystemExit(1, "second")
