import re
s = "The year 2024, at 10:30 — café naïve_x 42!"
for pat in [r"\d+", r"\D+", r"\s", r"\S+", r"\w+", r"\W+", r"\b\w", r"\B\w", r"\A\w+", r"\w+\Z", r"[^\w\s]", r"[\d:]+", r"[a-c]", r"[^a-z ]+", r"\w{5,}", r"\d{2,3}?", r".{3}$"]:
    print(pat, re.findall(pat, s))
