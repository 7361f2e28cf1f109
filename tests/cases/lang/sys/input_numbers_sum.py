# stdin: "3\n10\n20\n30\n"
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("sum:", total)
