try:
    exit(6)
except SystemExit as e:
    print("exit() raises SystemExit", e.code)
try:
    quit("quit message")
except SystemExit as e:
    print("quit() too:", e.code)
print(type(exit).__name__ == type(quit).__name__)
raise SystemExit
