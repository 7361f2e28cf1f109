import uuid
u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
print(u.version, u.variant, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u, str(uuid.UUID(int=u.int, version=4)))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, uuid.UUID("00000000-0000-0000-c000-000000000000").variant)
for name in ["a", "b", "python", "日本"]:
    print(name, uuid.uuid3(uuid.NAMESPACE_DNS, name), uuid.uuid5(uuid.NAMESPACE_X500, name))
