f(a}
