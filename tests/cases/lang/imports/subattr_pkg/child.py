X = "child"
