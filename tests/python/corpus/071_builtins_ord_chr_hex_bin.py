def on_client_request():
    return repr([ord("a"), ord("é"), ord("€"), chr(65), chr(233), chr(0x1F600), hex(255), hex(-255), hex(0), bin(10), bin(-3), bin(0)])
