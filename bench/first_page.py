#!/usr/bin/env python3
"""Waits until a page answers 200 and returns: the end of a cold start. It tries every 5 ms from this
one process, and a refused connection costs next to nothing; a shell loop of curl would start a
process at every try, and those processes take a tenth or more of the 2 cores the app is starting on.
Usage: first_page.py URL"""
import http.client, sys, time, urllib.parse

address = urllib.parse.urlparse(sys.argv[1])
deadline = time.monotonic() + 120
while True:
    try:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)
        connection.request("GET", address.path or "/")
        response = connection.getresponse()
        response.read()
        connection.close()
        if response.status == 200:
            break
    except OSError:
        pass  # not listening yet
    if time.monotonic() > deadline:
        sys.exit(f"{sys.argv[1]} was not served within 120 s")
    time.sleep(0.005)
