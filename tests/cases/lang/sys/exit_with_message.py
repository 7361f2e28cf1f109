import sys

print("stdout before exit")
sys.exit("fatal: configuration missing")
