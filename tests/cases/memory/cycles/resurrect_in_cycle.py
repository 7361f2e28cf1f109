import gc

keep = []


class R:
    def __del__(self):
        print("finalizing")
        keep.append(self)


gc.collect()
r = R()
r.me = r
del r
print("collected", gc.collect())
print("resurrected", len(keep), keep[0].me is keep[0])
print(gc.is_finalized(keep[0]))
keep.clear()
print("collected again", gc.collect())
