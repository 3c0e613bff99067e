#!/usr/bin/env python3
"""Times how long after a Markdown file is saved its page serves the change: appends a line with a
new marker to the file, then asks for the page every 5 ms on one kept-alive connection until the
marker is in it. A shell loop of curl would add its own process start (about 10 ms a try) to every
figure. Prints one time in milliseconds per edit.
Usage: served_after_edit.py BASE_URL PAGE_PATH MARKDOWN_FILE EDITS [TIMEOUT_SECONDS, 10 unless given]"""
import http.client, sys, time, urllib.parse

base, page, path, edits = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 10
address = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)

def serves(marker):
    connection.request("GET", page)
    return marker in connection.getresponse().read().decode("utf-8")

served = []
for edit in range(1, edits + 1):
    marker = f"bench-{edit}-{time.time_ns()}"
    started = time.perf_counter()
    with open(path, "a", encoding="utf-8") as file:
        file.write(f"\nEdited by the benchmark: {marker}.\n")
    while not serves(marker):
        if time.perf_counter() - started > timeout:
            sys.exit(f"edit {edit} was not served within {timeout:g} s")
        time.sleep(0.005)
    served.append(round((time.perf_counter() - started) * 1000))
    time.sleep(1)
print(" ".join(map(str, served)))
