class Node:
    __match_args__ = ("value", "left", "right")

    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right


def total(tree):
    match tree:
        case None:
            return 0
        case Node(v, l, r):
            return v + total(l) + total(r)


def leftmost(tree):
    match tree:
        case Node(v, None, _):
            return v
        case Node(left=l):
            return leftmost(l)


t = Node(5, Node(3, Node(1)), Node(8, None, Node(9)))
print(total(t), leftmost(t))
