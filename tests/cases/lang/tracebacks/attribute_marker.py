class Config:
    def __init__(self):
        self.settings = None


def read(cfg):
    return cfg.settings.get("debug")


read(Config())
