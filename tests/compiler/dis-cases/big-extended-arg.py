def f(x):
    if x:
        a0 = x + 0; a1 = x + 1; a2 = x + 2; a3 = x + 3; a4 = x + 4; a5 = x + 5; a6 = x + 6; a7 = x + 7
        b0 = a0 * a1; b1 = a1 * a2; b2 = a2 * a3; b3 = a3 * a4; b4 = a4 * a5; b5 = a5 * a6; b6 = a6 * a7
        c0 = print(a0, a1, a2); c1 = print(b0, b1, b2); c2 = print(b3, b4, b5); c3 = print(b6, c0, c1)
        d0 = print(a0, a1, a2); d1 = print(b0, b1, b2); d2 = print(b3, b4, b5); d3 = print(b6, c0, c1)
        e0 = print(a0, a1, a2); e1 = print(b0, b1, b2); e2 = print(b3, b4, b5); e3 = print(b6, c0, c1)
        f0 = print(a0, a1, a2); f1 = print(b0, b1, b2); f2 = print(b3, b4, b5); f3 = print(b6, c0, c1)
        g0 = print(a0, a1, a2); g1 = print(b0, b1, b2); g2 = print(b3, b4, b5); g3 = print(b6, c0, c1)
        h0 = print(a0, a1, a2); h1 = print(b0, b1, b2); h2 = print(b3, b4, b5); h3 = print(b6, c0, c1)
        return a0
    return None
