digits = [chr(c) for c in range(0x10000) if chr(c).isdecimal()]
print(len(digits))
print(sum(int(c) for c in digits))
print(int("".join(c for c in digits if ord(c) >= 0xff10 and ord(c) <= 0xff19)))
nums = [chr(c) for c in range(0x3000) if chr(c).isnumeric() and not chr(c).isdigit()]
print(len(nums), nums[:20])
