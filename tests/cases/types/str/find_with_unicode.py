s = "añb😀c日本😀"
print(s.find("😀"), s.rfind("😀"), s.index("日"), s.count("😀"), s.find("😀", 4), s.find("本", -3), s.partition("😀"), s.split("😀"), s.replace("😀", "!"))
print(s.startswith("añ"), s.endswith("😀"), s[3:6], s[-1], len(s), s.upper(), "Ñ".lower() in s)
