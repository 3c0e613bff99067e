"""Prints a page's Lighthouse scores from the run with the median performance score of those given,
with every run's performance score, and the metrics of the shown run when its performance is under 100.
Usage: python3 bench/lighthouse_median.py PAGE REPORT.json [REPORT.json ...]"""
import json
import sys

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
METRICS = [("first-contentful-paint", "FCP"), ("largest-contentful-paint", "LCP"), ("total-blocking-time", "TBT"),
           ("cumulative-layout-shift", "CLS"), ("speed-index", "SI")]

page, paths = sys.argv[1], sys.argv[2:]
reports = []
for path in paths:
    try:
        with open(path) as f:
            reports.append(json.load(f))
    except (OSError, ValueError):
        pass
if not reports:
    print(f"{page:<30} (failed)")
    sys.exit()

def score(report, category):
    return 100 * (report["categories"][category]["score"] or 0)

reports.sort(key=lambda r: score(r, "performance"))
shown = reports[len(reports) // 2]
runs = " ".join(f"{score(r, 'performance'):.0f}" for r in reports)
print(f"{page:<30} " + " ".join(f"{score(shown, c):6.0f}" for c in CATEGORIES) + f"   ({runs})")
if score(shown, "performance") < 100:
    audits = shown["audits"]
    print(" " * 31 + ", ".join(f"{name} {audits[key]['displayValue']}" for key, name in METRICS))
