print("never printed")
for i in range(3):

    def helper():
        break

    helper()
