import os

from _scratch import cleanup, fresh_dir

TMP = fresh_dir("binary_roundtrip")
try:
    p = os.path.join(TMP, "data.bin")
    data = bytes(range(256)) * 3
    with open(p, "wb") as f:
        print(f.write(data))
        print(f.write(bytearray(b"tail")))
    with open(p, "rb") as f:
        back = f.read()
    print(len(back), back == data + b"tail", back[250:260])
    with open(p, "rb") as f:
        print(f.read(4), f.read(0), len(f.read(1000)), len(f.read()), f.read())
        b = bytearray(3)
        f.seek(10)
        print(f.readinto(b), b)
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(3), f.readall()[-4:])
    print(os.stat(p).st_size)
finally:
    cleanup(TMP)
print("clean:", not os.path.exists(TMP))
