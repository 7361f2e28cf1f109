import decimal
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext, BasicContext, ExtendedContext, DefaultContext, ROUND_DOWN, Inexact, Rounded, DivisionByZero
print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1, traps=[DivisionByZero], flags=[Inexact])
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags[Inexact], c.traps[DivisionByZero], c.traps[Rounded])
d = c.copy()
d.prec = 7
print(c.prec, d.prec, d)
with localcontext() as lc:
    lc.prec = 3
    print(D(2) / 3, getcontext().prec)
print(D(2) / 3, getcontext().prec)
with localcontext(prec=4, rounding=ROUND_DOWN) as lc:
    print(D(2) / 3, lc)
with localcontext(ExtendedContext) as lc:
    print(D(1) / 0, lc.flags[DivisionByZero])
print(getcontext().flags[DivisionByZero])
setcontext(ExtendedContext)
print(D(1) / 0, D(0) / 0, getcontext() is ExtendedContext, ExtendedContext.flags[DivisionByZero])
setcontext(Context())
print(getcontext())
getcontext().clear_flags()
D(1) / 3
print(getcontext())
getcontext().clear_flags()
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.ROUND_CEILING)
