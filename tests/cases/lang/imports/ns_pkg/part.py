VALUE = "from a namespace package (no __init__.py)"
