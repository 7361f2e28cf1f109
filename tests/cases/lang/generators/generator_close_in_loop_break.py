log = []


def producer():
    try:
        for i in range(10):
            log.append(f"yield {i}")
            yield i
    finally:
        log.append("producer cleaned up")


for v in producer():
    if v == 2:
        break
log.append("after loop")
print(log)
gen = producer()
print(next(gen), next(gen))
gen.close()
print(log[-1])
