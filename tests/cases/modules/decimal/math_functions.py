from decimal import Decimal as D, localcontext
for v in ["2", "0.5", "100", "1E-10", "12345.6789", "0.0100", "1.000", "9"]:
    d = D(v)
    print(v, d.sqrt(), d.exp(), d.ln(), d.log10())
print(D(0).exp(), D(1).exp(), D(-1).exp(), D(10).exp(), D("-1000").exp(), D("Inf").exp(), D("-Inf").exp(), D("1E-30").exp())
print(D(1).ln(), D(0).ln(), D("Inf").ln(), D(10).log10(), D("0.001").log10(), D(0).log10(), D("1E+100").log10())
print(D(0).sqrt(), D("-0").sqrt(), D("0.00").sqrt(), D("Inf").sqrt(), D(4).sqrt(), D("0.04").sqrt(), D("1E-5").sqrt())
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(7).log10())
with localcontext(prec=5):
    print(D(2).sqrt(), D(1).exp(), D(2).ln(), D(7).log10(), D(3) ** D("0.5"))
print(D(2) ** D("0.5"), D(10) ** D("-0.5"), D("1.5") ** D("2.5"), D(4) ** D("0.5"), D(1) ** D("0.5"), D(2) ** D("2.0"))
