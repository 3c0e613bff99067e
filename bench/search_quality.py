#!/usr/bin/env python3
"""Scores search against the shared query set (tests/search-queries.tsv): for each query, the rank
of its expected page in the results. Prints the success rate (expected page in the top 3) and the
mean reciprocal rank, and the time each query took the first time it was asked (p50, p95). Usage: search_quality.py BASE_URL [QUERIES_FILE] [--verbose]"""
import html, re, sys, time, urllib.parse, urllib.request

base = sys.argv[1].rstrip("/")
path = next((a for a in sys.argv[2:] if not a.startswith("--")), "tests/search-queries.tsv")
verbose = "--verbose" in sys.argv
rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8") if line.strip() and not line.startswith("#")]
top3 = 0
reciprocal = 0.0
times = []
for query, expected in rows:
    started = time.perf_counter()
    with urllib.request.urlopen(f"{base}/search?q={urllib.parse.quote(query)}") as response:
        page = response.read().decode("utf-8")
    times.append((time.perf_counter() - started) * 1000)
    urls = [html.unescape(u) for u in re.findall(r'class="govuk-heading-s hb-search-result__title"><a class="govuk-link" href="([^"]+)"', page)]
    right = [e.strip() for e in expected.split("|")]
    rank = next((i + 1 for i, u in enumerate(urls) if any(u == e or u.startswith(e + "#") for e in right)), None)
    top3 += rank is not None and rank <= 3
    reciprocal += 1 / rank if rank else 0
    if verbose and (rank is None or rank > 3):
        print(f"  miss: {query!r} -> {expected} at {rank}; top: {urls[:3]}")
times.sort()
pick = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]
print(f"{len(rows)} queries: right page in the top 3 for {top3} ({100 * top3 / len(rows):.0f}%), mean reciprocal rank {reciprocal / len(rows):.2f}; "
      f"first time asked p50 {pick(50):.0f} ms, p95 {pick(95):.0f} ms")
