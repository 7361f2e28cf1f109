import sys

print("exit code -1 becomes 255")
sys.exit(-1)
