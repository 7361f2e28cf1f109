def g(cmd):
    match cmd:
        case [first, *_, last]:
            return first, last
        case [_, _]:
            return 2
        case (a, b) | [b, a]:
            return a
        case {}:
            return {}
        case -1:
            return -1
        case 1 + 2j:
            return 1
        case x:
            return x
def h(v):
    match v:
        case A.B:
            pass
        case True:
            pass
