# weakref.proxy: it forwards to the object while it lives, its callback runs at the death, and
# afterwards every use raises ReferenceError.
import weakref


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, n):
        self.balance += n
        return self.balance

    def __del__(self):
        print("del account", self.owner)


acct = Account("ann")
p = weakref.proxy(acct, lambda ref: print("proxy callback"))
print(p.deposit(10), p.owner, weakref.getweakrefcount(acct))
ledger = [p, p]
acct = None
print("account dropped")
for q in ledger:
    try:
        q.balance
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    print(p)
except ReferenceError:
    print("print raises too")
print(type(p).__name__)
print("end")
