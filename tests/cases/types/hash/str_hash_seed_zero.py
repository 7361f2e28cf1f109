import sys
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan, sys.hash_info.imag, sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits, sys.hash_info.cutoff)
for s in ["a", "b", "ab", "abc", "abcd", "abcdefgh", "abcdefghi", "x" * 64, "ñ", "Ā", "日本語テキスト", "\U0001f600\U0001f601"]:
    print(repr(s[:10]), hash(s), hash(s.encode("utf-8")))
