#!/usr/bin/env python3
"""Writes a handbook of N generated chapters, five sections and a reading item each, for the import
and search benchmarks. The text is drawn from the real handbook in content/ (runs of its words, in
its own proportions), so that a search matches as many sections as it would in a real handbook of
that size, rather than every one. With a third argument, "with-handbook", the real handbook (its
parts, roles, skills and glossary) comes first and the generated parts follow it, for searching the
real pages among thousands.
Usage: generate_content.py N TARGET [with-handbook]"""
import os, random, re, shutil, sys

count, target = int(sys.argv[1]), sys.argv[2]
shutil.rmtree(target, ignore_errors=True)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content")
words = []
for folder, _, files in sorted(os.walk(root)):
    for name in sorted(files):
        if name.endswith(".md"):
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            body = text.split("\n---\n", 1)[-1]
            words += re.findall(r"[A-Za-z][A-Za-z'-]+", body)
random.seed(2026)
per_part = 100
with_handbook = len(sys.argv) > 3 and sys.argv[3] == "with-handbook"
first_part = 0
if with_handbook:
    shutil.copytree(root, target)
    first_part = len([d for d in os.listdir(target) if os.path.isfile(os.path.join(target, d, "_part.md"))])


def run(length):
    start = random.randrange(len(words) - length)
    return " ".join(words[start:start + length])


for part in range((count + per_part - 1) // per_part):
    folder = os.path.join(target, f"{first_part + part + 1:03d}-part-{part + 1}")
    os.makedirs(folder)
    with open(os.path.join(folder, "_part.md"), "w") as f:
        f.write(f'---\ntitle: "Part {part + 1}"\nslug: part-{part + 1}\norder: {first_part + part + 1}\nsummary: "Generated part."\n---\n')
    for i in range(min(per_part, count - part * per_part)):
        n = part * per_part + i + 1
        body = "\n\n".join(f"## {run(4).capitalize()} ({n}.{s})\n\n{run(120)}." for s in range(1, 6))
        with open(os.path.join(folder, f"{i + 1:03d}-chapter-{n}.md"), "w") as f:
            f.write(f'---\ntitle: "Chapter {n}: {run(3)}"\nslug: chapter-{n}\norder: {i + 1}\n'
                    f'summary: "Generated chapter {n}."\nreading:\n  - title: "Reading {n}"\n    url: "https://example.org/{n}"\n    kind: book\n---\n{body}\n')
