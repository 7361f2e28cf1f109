Y = "other"
