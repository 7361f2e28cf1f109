import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print([keyword.iskeyword(w) for w in ["if", "match", "True", "print", "async", "_", "None", "case"]], [keyword.issoftkeyword(w) for w in ["match", "case", "_", "if"]])
