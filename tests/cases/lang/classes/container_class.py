class Deck:
    def __init__(self, cards):
        self._cards = list(cards)

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Deck(self._cards[index])
        return self._cards[index]

    def __repr__(self):
        return f"Deck({self._cards})"


d = Deck("A23456789TJQK")
print(len(d), d[0], d[-1], d[2:5], d[::4])
print(list(reversed(d))[:3], "Q" in d, "Z" in d)
print(sorted(d[:4], reverse=True), [c for c in d if c.isalpha()])
try:
    d[20]
except IndexError as e:
    print(e)
