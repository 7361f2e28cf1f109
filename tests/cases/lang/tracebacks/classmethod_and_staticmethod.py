class Parser:
    @staticmethod
    def parse_int(text):
        return int(text)

    @classmethod
    def from_text(cls, text):
        return cls.parse_int(text.strip())


print(Parser.from_text(" 12 "))
print(Parser.from_text("twelve"))
