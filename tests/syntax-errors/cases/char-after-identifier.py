café’s = 1
