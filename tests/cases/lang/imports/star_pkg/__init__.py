__all__ = ["public", "exported_constant", "no_all"]


def public():
    return "public()"


exported_constant = 42
hidden_but_public_name = "not in __all__"
