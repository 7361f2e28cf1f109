class Broken:
    def __repr__(self):
        return "Broken(" + self.name + ")"


items = [1, Broken()]
print(len(items))
print(items)
