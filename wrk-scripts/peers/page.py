"""The hello page of tenants/hello.py (the Drogon seed's program), shared by
every peer app so that all hello rows send the same body."""
PAGE = """\tthis is a very
\tlong string if I had the
\tenergy to type more and more ...
"""
