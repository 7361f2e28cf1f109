width = 10
precision = 3
value = 3.14159265
print(f"{value:{width}.{precision}f}|")
print(f"{value:>{width}}|")
fill = "*"
align = "^"
print(f"{'mid':{fill}{align}{width}}")
for w in (4, 8):
    print(f"[{'x':>{w}}]")
fmt = ".1e"
print(f"{12345.678:{fmt}}")
print(f"{f'{value:.2f}':>8}")
