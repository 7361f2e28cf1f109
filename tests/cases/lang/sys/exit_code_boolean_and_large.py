import sys

print("exit code True means 1")
sys.exit(True)
