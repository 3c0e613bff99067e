#!/usr/bin/env python3
"""Writes a handbook of N generated chapters, five sections and a reading item each, for the import benchmark."""
import os, shutil, sys

count, target = int(sys.argv[1]), sys.argv[2]
shutil.rmtree(target, ignore_errors=True)
words = "product value users problem outcome roadmap prioritisation discovery delivery strategy team service".split()
per_part = 100
for part in range((count + per_part - 1) // per_part):
    folder = os.path.join(target, f"{part + 1:03d}-part-{part + 1}")
    os.makedirs(folder)
    with open(os.path.join(folder, "_part.md"), "w") as f:
        f.write(f'---\ntitle: "Part {part + 1}"\nslug: part-{part + 1}\norder: {part + 1}\nsummary: "Generated part."\n---\n')
    for i in range(min(per_part, count - part * per_part)):
        n = part * per_part + i + 1
        body = "\n\n".join(
            f"## Section {s} of chapter {n}\n\n" + " ".join(words[(n + s + k) % len(words)] for k in range(120))
            for s in range(1, 6))
        with open(os.path.join(folder, f"{i + 1:03d}-chapter-{n}.md"), "w") as f:
            f.write(f'---\ntitle: "Chapter {n} on {words[n % len(words)]}"\nslug: chapter-{n}\norder: {i + 1}\n'
                    f'summary: "Generated chapter {n}."\nreading:\n  - title: "Reading {n}"\n    url: "https://example.org/{n}"\n    kind: book\n---\n{body}\n')
