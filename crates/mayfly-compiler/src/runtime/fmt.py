# fmt
