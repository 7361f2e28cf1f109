import uuid
ns = uuid.NAMESPACE_DNS
print(ns, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
u3 = uuid.uuid3(ns, "python.org")
u5 = uuid.uuid5(ns, "python.org")
print(u3, u5, u3.version, u5.version, u5.variant, repr(u5))
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.urn, u.time_low, u.node, str(uuid.UUID(int=0)), uuid.UUID(bytes=b"\x00" * 15 + b"\x01"))
print(uuid.UUID("12345678123456781234567812345678") == u, u < uuid.UUID(int=2 ** 127), hash(u) == hash(uuid.UUID(u.hex)), uuid.UUID(hex="urn:uuid:12345678-1234-5678-1234-567812345678") == u)
for bad in ["xyz", "1234"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print(e)
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/é"), uuid.uuid3(uuid.NAMESPACE_OID, ""), len(str(uuid.uuid4())), uuid.uuid4().version)
