class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        if self.kelvin < 0:
            raise ValueError("negative kelvin")
        return self.kelvin - 273.15


print(Temperature(300).celsius)
print(Temperature(-1).celsius)
