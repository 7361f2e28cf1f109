TOP = "top-level constant"
