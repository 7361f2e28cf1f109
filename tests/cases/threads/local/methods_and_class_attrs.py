import threading

class Session(threading.local):
    default = "anon"

    def whoami(self):
        return getattr(self, "user", self.default)

s = Session()
s.user = "main-user"
out = []

def job():
    out.append(s.whoami())
    s.user = "thread-user"
    out.append(s.whoami())

t = threading.Thread(target=job)
t.start()
t.join()
print(out, s.whoami())
