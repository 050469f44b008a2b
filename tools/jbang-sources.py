#!/usr/bin/env python3
"""Writes the //SOURCES and //FILES lines at the end of jbang-build.java, one per file.

JBang expands wildcards in these lines only for a script on disk; a script fetched from a URL (a catalog
on GitHub: `jbang studyguide@owner/repo`) gets each file by its own name, so every file is named.
JBangScriptTest fails when the list is out of date. Run from the repository root after adding or removing
a source file, a resource, a theme file or a schema.
"""
import os
import sys

SCRIPT = "jbang-build.java"
MARK = "// The files of the build, one per line (tools/jbang-sources.py writes this list; do not edit by hand)."

# (prefix on the class path, folder): resources in the order the build script has always listed them.
RESOURCES = [("studyguide/", "src/main/resources/studyguide"), ("studyguide/theme/", "templates"),
             ("studyguide/schema/", "docs/schema")]


def walk(folder, keep=lambda name: True):
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(root, f).replace(os.sep, "/") for f in files if keep(f) and not f.startswith(".")]
    return sorted(found)


def lines():
    out = [MARK]
    out += ["//SOURCES " + f for f in walk("src/main/java", lambda n: n.endswith(".java"))]
    for prefix, folder in RESOURCES:
        out += ["//FILES " + prefix + os.path.relpath(f, folder).replace(os.sep, "/") + "=" + f for f in walk(folder)]
    return out


def main():
    text = open(SCRIPT, encoding="utf-8").read()
    head = text.split("\n" + MARK + "\n")[0].rstrip("\n")
    wanted = head + "\n\n" + "\n".join(lines()) + "\n"
    if "--check" in sys.argv:
        sys.exit(0 if wanted == text else 1)
    if wanted != text:
        open(SCRIPT, "w", encoding="utf-8").write(wanted)
        print("updated " + SCRIPT)


if __name__ == "__main__":
    main()
