class Config:
    settings = {"debug": False}
    level = 1


a, b = Config(), Config()
a.settings["debug"] = True
print(b.settings)
a.level += 1
print(a.level, b.level, Config.level)
a.settings = {"own": True}
print(a.settings, b.settings)
del a.settings
print(a.settings)
