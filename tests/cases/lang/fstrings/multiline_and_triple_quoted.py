name = "pyglass"
text = f"""
Name: {name}
Length: {len(name)}
Upper: {name.upper()}
"""
print(text)
value = 7
print(f"first line {value}\n"
      f"second line {value * 2}")
print(f'''{
    value
    + 1
}''')
print(rf"raw {name}\n", fr"\t{value}")
