#!/usr/bin/env python3
"""Writes a handbook of N generated chapters (plus the repository's roles and skills) for the import benchmark."""
import os, shutil, sys

count, target, repo_content = int(sys.argv[1]), sys.argv[2], sys.argv[3]
shutil.rmtree(target, ignore_errors=True)
for folder in ("roles", "skills"):
    shutil.copytree(os.path.join(repo_content, folder), os.path.join(target, folder))
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
