x = [i for i in y if]
