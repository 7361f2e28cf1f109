a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, [a]]
print(b)


class Node:
    def __init__(self):
        self.children = []

    def __repr__(self):
        return f"Node({self.children!r})"


n = Node()
n.children.append([n] if False else "leaf")
print(n)
t = ([],)
t[0].append(t)
print(t)
