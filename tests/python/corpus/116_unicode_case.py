SAMPLES = [
    "hello World", "ÀÉÎõü ÿ ß", "straße STRASSE", "ΣΊΣΥΦΟΣ σίσυφος", "ΌΣΟΣ.", "ΑΣ'Σ Σ", "aΣ", "Σa", "A\u0301Σ", "AΣ\u0301b",
    "Привет, МИР ёЁ", "ǅungla ǄǆǇ", "ﬁre ﬂy ﬀ ŉ ǰ", "İstanbul ıi", "ᾳ ᾼ ᾈ ῳ ΐ", "ⓐⓑ Ⓒ", "𐐨𐐩 𐐀", "Ꭰ ꭰ ᏸ",
    "ǲwe 3rd o'neil x-ray ɐ Ɐ", "Ⴀ ⴀ ა Ა", "ȿ ɀ ⱥ Ⱥ ſ K Å", "µ ΐ ΰ Ω ω", "ǈ ǋ ǲ", "l·l l\u00b7L", "ǰ̌ ẞ", "ꞵ Ꞵ ꟶ", "\u0345 ᾀ",
    "", "123 abc", "ΣΣ ΣΣΣ", "ŉ", "ᾈᾉ", "é", "É", "éa", "ß", "ﬃ", "ﬆ",
]


def on_client_request():
    out = []
    for s in SAMPLES:
        out.append(" | ".join([s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase()]))
    out.append(repr([len("ß".upper()), "ß".upper(), "İ".lower(), len("İ".lower()), "ﬁ".title(), "ǆ".title()]))
    return "\n".join(out)
