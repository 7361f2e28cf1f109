class Ticket:
    _next = 1

    def __init__(self, owner):
        self.owner = owner
        self.number = Ticket._next
        Ticket._next += 1

    def __repr__(self):
        return f"Ticket(#{self.number}, {self.owner})"

    @classmethod
    def issued(cls):
        return cls._next - 1


class VipTicket(Ticket):
    _next = 100


tickets = [Ticket("a"), Ticket("b"), VipTicket("c"), VipTicket("d")]
print(tickets)
print(Ticket.issued(), VipTicket.issued(), Ticket._next, VipTicket._next)
