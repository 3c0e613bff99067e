#!/usr/bin/env python3
"""Times N searches that are all different, so that none is answered from the page cache: the
handbook's most frequent words (the costliest to rank), alone and in pairs. Prints p50, p95 and p99
in milliseconds. Usage: search_latency.py BASE_URL N [SKIP] (SKIP: start after the SKIP most frequent words)"""
import collections, os, random, re, sys, time, urllib.parse, urllib.request

base, count = sys.argv[1], int(sys.argv[2])
skip = int(sys.argv[3]) if len(sys.argv) > 3 else 0
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content")
frequency = collections.Counter()
for folder, _, files in os.walk(root):
    for name in files:
        if name.endswith(".md"):
            body = open(os.path.join(folder, name), encoding="utf-8").read().split("\n---\n", 1)[-1]
            frequency.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", body))
common = [w for w, _ in frequency.most_common(skip + count)][skip:]
random.seed(2026)
queries = common[: count // 2] + [f"{a} {b}" for a, b in zip(random.sample(common, count - count // 2), random.sample(common, count - count // 2))]

times = []
for query in queries:
    url = f"{base}/search?q={urllib.parse.quote(query)}"
    started = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        response.read()
    times.append((time.perf_counter() - started) * 1000)
times.sort()
pick = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]
print(f"{pick(50):.0f} {pick(95):.0f} {pick(99):.0f}")
