# int
