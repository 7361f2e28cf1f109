# stdin: "apple 3\nbanana 5\ncherry 7\n"
import sys

total = 0
for line in sys.stdin:
    name, count = line.split()
    total += int(count)
    print(f"{name:>8}: {count}")
print("total", total)
