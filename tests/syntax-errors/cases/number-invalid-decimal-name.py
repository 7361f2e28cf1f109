123abc = 1
