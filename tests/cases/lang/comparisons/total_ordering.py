import functools


@functools.total_ordering
class Card:
    order = "23456789TJQKA"

    def __init__(self, rank):
        self.rank = rank

    def __eq__(self, o):
        return self.rank == o.rank

    def __lt__(self, o):
        return self.order.index(self.rank) < self.order.index(o.rank)

    def __repr__(self):
        return self.rank


hand = [Card(r) for r in "KT2A9"]
print(sorted(hand), max(hand), min(hand))
print(Card("A") > Card("K"), Card("2") >= Card("2"), Card("3") <= Card("2"))
