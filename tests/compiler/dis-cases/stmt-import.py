import os
import os.path
import os.path as p
from os import path, sep as s
from . import x
from ..a.b import c
from m import *
