def greet(名前):
    return "こんにちは " + 名前


message = greet("世界")
print(message)
count = len(message) + greet(3)
