#!/usr/bin/env python3
"""The benchmark: studyguide beside Hugo and Hugo + Pagefind on the same synthetic question bank.

For each size it generates a guide (src/test/java/studyguide/bench/SyntheticGuide.java), builds it with
the README's build command (./jbang jbang-build.java) from a new process each time, and, where they are
installed, with Hugo and with Hugo followed by Pagefind, alternating the tools run by run; each tool writes
into a folder of its own, which it finds as its previous run left it, as an author's next build does. It
prints the median and range of wall time, CPU time (user + system, all processes) and peak memory (the
largest resident set of any one process), the output's file count and size, the gzipped size of the search
index, and the median time of each build stage (--timings). Then the build after one changed answer
with the previous output kept, and the `serve` figure when the build has a serve command.

Shapes (--shape, comma-separated): qa (written answers, 8 categories; sizes 100,1000,10000 by default), mc
(multiple choice with a code block in every prompt and 300 images, 90 categories; 10000) and wide (qa over
100 categories; 100000). For a bank with images it also prints how many times each image is in each output.
For wide it also types queries in headless Chromium on the built site (SearchBenchmark, through Maven).

Usage (from anywhere; see docs/performance.md):
    bench/benchmark.py [--shape qa,mc,wide] [--sizes 100,1000,10000] [--runs 5] [--work /tmp/studyguide-bench]
                       [--answers files|inline] [--no-hugo] [--search-index REGEX] [--pagefind PATH] [--json FILE]

Only the Python 3 standard library is used. Linux only (it reads resource usage with wait4).
"""

import argparse
import base64
import gzip
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATOR = os.path.join(ROOT, "src/test/java/studyguide/bench/SyntheticGuide.java")
SHAPES = ["qa", "mc", "wide"]
DEFAULT_SIZES = {"qa": "100,1000,10000", "mc": "10000", "wide": "100000"}
# The search issue ships the index as JavaScript; any output file whose path says "search" and "index"
# (or is under a search/ folder) is counted, so the figure appears as soon as search lands.
DEFAULT_SEARCH_INDEX = r"(^|/)search[^/]*index[^/]*\.(js|json)$|(^|/)search-?data[^/]*\.(js|json)$|(^|/)search/.*\.(js|json)$"
STAGE_LINE = re.compile(r"^Timings: (.*)$", re.MULTILINE)
STAGE = re.compile(r"([^,]+?) (\d+) ms")


def main():
    args = parse_args()
    shapes = args.shape.split(",")
    if any(shape not in SHAPES for shape in shapes):
        sys.exit(f"benchmark: --shape takes {', '.join(SHAPES)}, comma-separated")
    os.makedirs(args.work, exist_ok=True)
    tools = find_tools(args)
    print(header(tools, args))
    # JBang compiles the build once after a change of its sources, and its first run writes the class-data
    # archive (//CDS) of the classes that run loads: a check of the project's guide loads them all.
    # Neither is part of any figure.
    warm = os.path.join(args.work, "warm-up-cache")
    shutil.rmtree(warm, ignore_errors=True)
    check(run(["./jbang", "jbang-build.java", "check"], env=ours_env(warm)), "./jbang jbang-build.java check")
    results = {"machine": machine(), "shapes": {}}
    if not args.no_guide:
        results["guide"] = bench_guide(args)
    for shape in shapes:
        sizes = [int(s) for s in (args.sizes or DEFAULT_SIZES[shape]).replace("_", "").split(",")]
        results["shapes"][shape] = {n: bench_size(shape, n, args, tools) for n in sizes}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2, sort_keys=True)
        print(f"\nwrote {args.json}")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--shape", default="qa", help="bank shapes, comma-separated: qa, mc, wide (default %(default)s)")
    p.add_argument("--sizes", default=None,
                   help="question counts, comma-separated (default: qa 100,1000,10000; mc 10000; wide 100000)")
    p.add_argument("--runs", type=int, default=5, help="timed runs of each tool per size (default %(default)s)")
    p.add_argument("--work", default="/tmp/studyguide-bench", help="where guides and outputs go (default %(default)s)")
    p.add_argument("--answers", choices=["files", "inline"], default="files",
                   help="where the synthetic guide's answers go: a file each, or inline in the category files (default %(default)s)")
    p.add_argument("--no-hugo", action="store_true", help="build with studyguide only")
    p.add_argument("--no-guide", action="store_true", help="skip the build of the project's own guide (content/)")
    p.add_argument("--pagefind", default=None,
                   help="the pagefind command (default: pagefind on PATH, or ./node_modules/.bin/pagefind here or in /opt/pagefind)")
    p.add_argument("--search-index", default=DEFAULT_SEARCH_INDEX,
                   help="regular expression for the search index files in our output (relative paths)")
    p.add_argument("--serve-size", type=int, default=1000, help="the size at which the serve figure is taken")
    p.add_argument("--no-search-latency", action="store_true",
                   help="skip typing queries in Chromium on the wide shape's site (needs mvn and chromium)")
    p.add_argument("--json", default=None, help="also write every figure to this JSON file")
    return p.parse_args()


# ---- running and measuring


class Measure:
    """One finished process tree: wall seconds, CPU seconds, peak resident set in MiB, its output."""

    def __init__(self, wall, cpu, rss_mib, code, out, err):
        self.wall, self.cpu, self.rss, self.code, self.out, self.err = wall, cpu, rss_mib, code, out, err


def run(cmd, cwd=ROOT, env=None, shell=False):
    """Runs a command as a new process and returns its Measure; wait4 gives the usage of the whole tree
    (a process's reaped children are included in its usage, and exec keeps the process)."""
    # Output goes to files, not pipes: Popen.wait() would reap the child and lose its resource usage.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, shell=shell, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measure(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, proc.returncode,
                       out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def check(m, what):
    if m.code != 0:
        sys.exit(f"benchmark: {what} failed with exit code {m.code}\n{m.out[-2000:]}\n{m.err[-4000:]}")
    return m


def ours_cmd(content, output, extra=()):
    return ["./jbang", "jbang-build.java", "--content", content, "--output", output, "--timings", *extra]


def ours_env(cache):
    """The build's environment with its diagram cache in the benchmark's folder, emptied per size."""
    return dict(os.environ, STUDYGUIDE_CACHE_DIR=cache)


def find_tools(args):
    tools = {"hugo": None, "pagefind": None}
    if args.no_hugo:
        return tools
    tools["hugo"] = shutil.which("hugo")
    candidates = [args.pagefind] if args.pagefind else [
        shutil.which("pagefind"), os.path.join(ROOT, "node_modules/.bin/pagefind"), "/opt/pagefind/node_modules/.bin/pagefind"]
    for c in candidates:
        if c and os.access(c, os.X_OK):
            tools["pagefind"] = c
            break
    return tools


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def java_version():
    lines = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return lines[0] if lines else "?"


def machine():
    return {"cpus": os.cpu_count(), "load": os.getloadavg(), "java": java_version()}


def load_average():
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def header(tools, args):
    lines = ["studyguide benchmark", f"  machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"]
    lines.append(f"  java: {java_version()}")
    lines.append(f"  hugo: {version([tools['hugo'], 'version']) if tools['hugo'] else 'not installed (apt-get install hugo)'}")
    lines.append(f"  pagefind: {version([tools['pagefind'], '--version']) if tools['pagefind'] else 'not installed (npm install pagefind)'}")
    lines.append(f"  shapes: {args.shape}; runs per tool and size: {args.runs} (plus one untimed warm-up run each);"
                 f" work folder {args.work}")
    lines.append(f"  answers: {args.answers} ({'answers/<id>.md' if args.answers == 'files' else 'inline in the category files'})")
    return "\n".join(lines)


# ---- figures


def stats(values):
    return statistics.median(values), min(values), max(values)


def fmt(values, unit, digits=2):
    med, lo, hi = stats(values)
    if unit == "MiB":
        return f"{med:7.0f} MiB ({lo:.0f}-{hi:.0f})"
    return f"{med:7.{digits}f} {unit} ({lo:.{digits}f}-{hi:.{digits}f})"


def tree_size(folder):
    files, size = 0, 0
    for base, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(base, name))
    return files, size


def gzipped_size(folder, pattern):
    """Sum of the gzipped sizes (level 9) of the files matching pattern; None when there are none."""
    regex = re.compile(pattern)
    total, count = 0, 0
    for base, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            if regex.search(os.path.relpath(path, folder).replace(os.sep, "/")):
                with open(path, "rb") as f:
                    total += len(gzip.compress(f.read(), 9))
                count += 1
    return (total, count) if count else None


def parse_stages(stderr):
    m = STAGE_LINE.search(stderr)
    return {s.group(1).strip(): int(s.group(2)) for s in STAGE.finditer(m.group(1))} if m else {}


def mib(n):
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KiB"


# ---- the project's own guide


def bench_guide(args):
    """The README's build command on content/ (into the work folder), second run onwards."""
    print("\n== the project's guide (content/)")
    folder = os.path.join(args.work, "guide")
    cache = os.path.join(folder, "cache")
    shutil.rmtree(cache, ignore_errors=True)
    os.makedirs(folder, exist_ok=True)
    env = ours_env(cache)
    output = os.path.join(folder, "site")
    first = check(run(ours_cmd("content", output), env=env), "studyguide's build of content/")
    print(f"first build (empty caches): {first.wall:.2f} s wall, {first.cpu:.2f} s CPU, {first.rss:.0f} MiB")
    ms = [check(run(ours_cmd("content", output), env=env), "studyguide's build of content/") for _ in range(args.runs)]
    print(f"{'':15} {'wall':>26} {'CPU':>26} {'peak memory':>22}")
    print(f"{'studyguide':15} {fmt([m.wall for m in ms], 's'):>26} {fmt([m.cpu for m in ms], 's'):>26} "
          f"{fmt([m.rss for m in ms], 'MiB'):>22}")
    files, size = tree_size(output)
    index = gzipped_size(output, args.search_index)
    print(f"output: {files:,} files, {mib(size)}; "
          + (f"search index {mib(index[0])} gzipped in {index[1]} file(s)" if index else "no search index in the output yet"))
    stages = stage_medians(ms)
    return {"wall": [m.wall for m in ms], "cpu": [m.cpu for m in ms], "rss_mib": [m.rss for m in ms],
            "first_build": {"wall": first.wall, "cpu": first.cpu, "rss_mib": first.rss}, "files": files,
            "bytes": size, "search_index_gzip": index[0] if index else None, "stages_ms": stages}


def stage_medians(measures):
    stages = {}
    for m in measures:
        for k, v in parse_stages(m.err).items():
            stages.setdefault(k, []).append(v)
    if stages:
        print("stages (median ms): " + ", ".join(f"{k} {statistics.median(v):.0f}" for k, v in stages.items()))
    return {k: statistics.median(v) for k, v in stages.items()}


# ---- one size


def bench_size(shape, n, args, tools):
    folder = os.path.join(args.work, str(n) if shape == "qa" else f"{shape}-{n}")
    print(f"\n== {n:,} questions, shape {shape} (load average {load_average()})")
    check(run(["java", GENERATOR, str(n), folder, "--shape", shape] + (["--inline"] if args.answers == "inline" else [])),
          "the generator")
    content, hugo_src = os.path.join(folder, "content"), os.path.join(folder, "hugo")
    # Each tool builds into a folder of its own and finds there what its previous run wrote, as an author's next
    # build does. Deleting a tool's output before each of its runs would cost it more than the deleting: on ext4
    # without a journal (this project's machines) a file created within minutes of many deletions waits while
    # the kernel passes over each recently freed inode (docs/performance.md, "Reading the figures").
    ours_out = os.path.join(folder, "site")
    public, public_pagefind = os.path.join(folder, "public"), os.path.join(folder, "public-pagefind")
    cache = os.path.join(folder, "cache")
    for path in (cache, ours_out, public, public_pagefind):
        shutil.rmtree(path, ignore_errors=True)
    env = ours_env(cache)

    def ours():
        return check(run(ours_cmd(content, ours_out), env=env), "studyguide's build")

    def hugo():
        return check(run([tools["hugo"], "--quiet", "-s", hugo_src, "-d", public]), "hugo")

    def hugo_pagefind():
        cmd = (f"'{tools['hugo']}' --quiet -s '{hugo_src}' -d '{public_pagefind}'"
               f" && '{tools['pagefind']}' --site '{public_pagefind}' >/dev/null")
        return check(run(cmd, shell=True), "hugo + pagefind")

    contenders = [("studyguide", ours)]
    if tools["hugo"]:
        contenders.append(("hugo", hugo))
        if tools["pagefind"]:
            contenders.append(("hugo+pagefind", hugo_pagefind))

    # Warm-up, untimed: the page cache, and the user's caches (the first build draws every diagram and renders
    # every answer; the next find them, as an author's next build does).
    first = ours()
    print(f"first build (empty caches): {first.wall:.2f} s wall, {first.cpu:.2f} s CPU, {first.rss:.0f} MiB")
    for _, fn in contenders[1:]:
        fn()
    measures = {name: [] for name, _ in contenders}
    for r in range(args.runs):
        order = contenders if r % 2 == 0 else list(reversed(contenders))
        for name, fn in order:
            measures[name].append(fn())

    result = {"load_after": os.getloadavg()}
    print(f"timed runs done (load average {load_average()})")
    print(f"{'':15} {'wall':>26} {'CPU':>26} {'peak memory':>22}")
    for name, ms in measures.items():
        print(f"{name:15} {fmt([m.wall for m in ms], 's'):>26} {fmt([m.cpu for m in ms], 's'):>26} "
              f"{fmt([m.rss for m in ms], 'MiB'):>22}")
        result[name] = {"wall": [m.wall for m in ms], "cpu": [m.cpu for m in ms], "rss_mib": [m.rss for m in ms]}

    # Output of each tool: its last run's, still on disk.
    files, size = tree_size(ours_out)
    index = gzipped_size(ours_out, args.search_index)
    index_text = f"search index {mib(index[0])} gzipped in {index[1]} file(s)" if index else "no search index in the output yet"
    print(f"output: studyguide {files:,} files, {mib(size)}; {index_text}")
    result["studyguide"].update({"files": files, "bytes": size, "search_index_gzip": index[0] if index else None})
    result["studyguide"]["images"] = image_report("studyguide", content, ours_out)
    if tools["hugo"]:
        files, size = tree_size(public)
        print(f"        hugo {files:,} files, {mib(size)}")
        result["hugo"].update({"files": files, "bytes": size})
        result["hugo"]["images"] = image_report("hugo", content, public)
        if tools["pagefind"]:
            files, size = tree_size(public_pagefind)
            pf_files, pf_size = tree_size(os.path.join(public_pagefind, "pagefind"))
            print(f"        hugo+pagefind {files:,} files, {mib(size)}; pagefind/ {pf_files:,} files, {mib(pf_size)}"
                  " (its index files are stored gzipped)")
            result["hugo+pagefind"].update({"files": files, "bytes": size, "pagefind_bytes": pf_size})

    result["studyguide"]["stages_ms"] = stage_medians(measures["studyguide"])

    ours_wall = statistics.median(result["studyguide"]["wall"])
    ours_cpu = statistics.median(result["studyguide"]["cpu"])
    for other in ("hugo", "hugo+pagefind"):
        if other in result:
            ratio = ours_wall / statistics.median(result[other]["wall"])
            cpu_ratio = ours_cpu / statistics.median(result[other]["cpu"])
            # On a busy machine the wall times follow the other processes; CPU time follows the work done.
            print(f"studyguide / {other}: {ratio:.2f} (median wall time), {cpu_ratio:.2f} (median CPU time)")
            result["studyguide"][f"ratio_{other}"] = ratio
            result["studyguide"][f"cpu_ratio_{other}"] = cpu_ratio
    if "hugo+pagefind" in result:
        # A build from a clean checkout (CI, a new clone) has none of the user's caches.
        cold = first.wall / statistics.median(result["hugo+pagefind"]["wall"])
        print(f"studyguide's first build (empty caches) / hugo+pagefind: {cold:.2f} (wall time)")
        result["studyguide"]["first_build_ratio_hugo+pagefind"] = cold

    result["studyguide"]["first_build"] = {"wall": first.wall, "cpu": first.cpu, "rss_mib": first.rss}
    result["changed_answer"] = changed_answer(n, content, ours_out, args.runs, env)
    if n == args.serve_size and shape == "qa":
        result["serve"] = serve(content, folder, n, args.runs, env)
    if shape == "wide" and not args.no_search_latency:
        result["search_latency"] = search_latency(ours_out, question_id(content, n, 0)[1] + ".html")
    return result


def question_id(content, n, k):
    """The id of question k (0-based) and its category: the generator puts question k in category k modulo
    their number, in the order site.yaml lists them."""
    with open(os.path.join(content, "site.yaml"), encoding="utf-8") as f:
        categories = re.search(r"^categories: \[(.*)\]$", f.read(), re.MULTILINE).group(1).split(", ")
    category = categories[k % len(categories)]
    return f"q{k + 1:0{max(3, len(str(n)))}d}-{category}", category


def edit_answer(content, n, k, marker):
    """Adds a sentence with a unique marker to the answer of question k (to the question line of a
    multiple-choice question, which has no answer); returns its category."""
    qid, category = question_id(content, n, k)
    path = os.path.join(content, "answers", qid + ".md")
    if os.path.exists(path):
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\nEdited for the benchmark: {marker}.\n")
    else:  # answers inline (--answers inline): the first line of the question's answer block
        path = os.path.join(content, "questions", category + ".yaml")
        with open(path, encoding="utf-8") as f:
            yaml = f.read()
        question = yaml.index(f"  - id: {qid}\n")
        end = yaml.find("\n  - id: ", question + 1)
        if "    answer: |\n" in yaml[question:end if end >= 0 else None]:
            block = yaml.index("    answer: |\n", question) + len("    answer: |\n")
            yaml = yaml[:block] + f"      Edited for the benchmark: {marker}.\n\n" + yaml[block:]
        else:  # multiple choice; the pages show the question line whatever else they show of it
            line = yaml.index('    question: "', question) + len('    question: "')
            yaml = yaml[:line] + f"Edited for the benchmark: {marker}. " + yaml[line:]
        with open(path, "w", encoding="utf-8") as f:
            f.write(yaml)
    return category


def changed_answer(n, content, output, runs, env):
    """The build after one changed answer, with the previous output kept (it is replaced as a whole)."""
    walls = []
    for r in range(runs):
        category = edit_answer(content, n, (r * 7) % n, f"change{r}")
        m = check(run(ours_cmd(content, output), env=env), "studyguide's build after a change")
        with open(os.path.join(output, category + ".html"), encoding="utf-8") as f:
            if f"change{r}" not in f.read():
                sys.exit("benchmark: the changed answer is not in the rebuilt page")
        walls.append(m.wall)
    print(f"build after one changed answer (previous output kept): {fmt(walls, 's')}")
    return {"wall": walls}


def image_report(tool, content, output):
    """How many times each image of the guide (content/images/) is in an output: as a file with its bytes, or as
    base64 after "base64," (a data: URI). An output holds each image once when both counts add up to the images."""
    folder = os.path.join(content, "images")
    if not os.path.isdir(folder):
        return None
    images = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as f:
            images[hashlib.sha256(f.read()).hexdigest()] = name
    image_bytes = sum(os.path.getsize(os.path.join(folder, name)) for name in images.values())
    copies = {h: 0 for h in images}
    as_files, file_bytes, as_base64, base64_bytes = 0, 0, 0, 0
    for base, _, names in os.walk(output):
        for name in names:
            with open(os.path.join(base, name), "rb") as f:
                data = f.read()
            digest = hashlib.sha256(data).hexdigest()
            if digest in copies:
                copies[digest] += 1
                as_files += 1
                file_bytes += len(data)
                continue
            for m in re.finditer(rb"base64,([A-Za-z0-9+/]+=*)", data):
                try:
                    digest = hashlib.sha256(base64.b64decode(m.group(1))).hexdigest()
                except ValueError:
                    continue
                if digest in copies:
                    copies[digest] += 1
                    as_base64 += 1
                    base64_bytes += len(m.group(1))
    _, total = tree_size(output)
    most = max(copies.values())
    print(f"        {tool}: images {len(images)} files, {mib(image_bytes)} in content/images/; in the output "
          f"{as_files} as files ({mib(file_bytes)}), {as_base64} as base64 ({mib(base64_bytes)}), every image at most "
          f"{most} time(s), {sum(1 for c in copies.values() if c == 0)} missing; the rest of the output {mib(total - file_bytes - base64_bytes)}")
    return {"images": len(images), "image_bytes": image_bytes, "as_files": as_files, "file_bytes": file_bytes,
            "as_base64": as_base64, "base64_bytes": base64_bytes, "most_copies": most,
            "missing": sum(1 for c in copies.values() if c == 0), "output_bytes": total}


def search_latency(site, page):
    """The search benchmark's typing figures on a built site, from one of its category pages: SearchBenchmark in
    headless Chromium, through Maven."""
    print(f"search on the built site ({page}, load average {load_average()}):")
    m = run(["mvn", "-q", "-o", "test", "-Dtest=SearchBenchmark#ourSearchInTheBrowser", "-Dsurefire.failIfNoSpecifiedTests=false"],
            env=dict(os.environ, STUDYGUIDE_BENCH_SITE=site, STUDYGUIDE_BENCH_PAGE=page))
    lines = [line.split("search benchmark: ", 1)[1] for line in m.out.splitlines() if "search benchmark: " in line]
    if m.code != 0 or not lines:
        print(f"  skipped: the search benchmark failed (exit {m.code})\n{m.out[-2000:]}\n{m.err[-2000:]}")
        return None
    for line in lines:
        print("  " + line)
    return {"page": page, "lines": lines}


def has_serve():
    """Whether --help lists a serve command (picocli prints help even after an unknown word, so ask --help)."""
    m = run(["./jbang", "jbang-build.java", "--help"])
    return m.code == 0 and re.search(r"^\s+serve\b", m.out, re.MULTILINE) is not None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def serve(content, folder, n, runs, env):
    """From saving a changed answer to the rebuilt page being served, as a browser with the page open sees
    it: the server's reload event, then one request for the page (polled every 2 ms only if the event came
    first). Polling alone, as this benchmark did before, measures the poller too: a request every 2 ms for
    an 800 KB page takes a core of the two the rebuild runs on."""
    if not has_serve():
        print("serve: skipped, the build has no 'serve' command yet")
        return None
    port = free_port()
    output = os.path.join(folder, "serve-site")
    log = open(os.path.join(folder, "serve.log"), "w")
    proc = subprocess.Popen(["./jbang", "jbang-build.java", "serve", "--content", content, "--output", output,
                             "--port", str(port)], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        deadline = time.time() + 180
        while fetch(f"http://127.0.0.1:{port}/index.html") is None:
            if proc.poll() is not None or time.time() > deadline:
                print(f"serve: skipped, the server did not start (see {log.name})")
                return None
            time.sleep(0.05)
        versions = ReloadEvents(port)
        # Someone opens the guide before editing it: serve warms up meanwhile (Serve.warmUp).
        time.sleep(1)
        times, events = [], []
        for r in range(runs):
            marker = f"served{r}x{time.time_ns()}"
            version = versions.latest()
            category = edit_answer(content, n, (r * 11 + 3) % n, marker)
            start = time.perf_counter()
            if not versions.wait_for_other(version, 60):
                print("serve: no reload event within 60 s")
                return None
            events.append(time.perf_counter() - start)
            while True:
                page = fetch(f"http://127.0.0.1:{port}/{category}.html")
                if page and marker in page:
                    break
                if time.perf_counter() - start > 60:
                    print("serve: the change was not served within 60 s")
                    return None
                time.sleep(0.002)
            times.append(time.perf_counter() - start)
            time.sleep(0.5)
        print(f"serve: saved answer to reload event:              {fmt([t * 1000 for t in events], 'ms', 0)}")
        print(f"serve: saved answer to rebuilt page served:       {fmt([t * 1000 for t in times], 'ms', 0)}")
        return {"seconds": times, "event_seconds": events}
    finally:
        stop(proc)
        log.close()


class ReloadEvents:
    """The versions the server announces on its event stream (/__studyguide/events), read on a thread."""

    def __init__(self, port):
        self._versions = []
        self._changed = threading.Condition()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        connection.request("GET", "/__studyguide/events")
        self._response = connection.getresponse()
        threading.Thread(target=self._read, daemon=True).start()
        with self._changed:
            self._changed.wait_for(lambda: self._versions, 10)

    def _read(self):
        try:
            for line in self._response:
                if line.startswith(b"data:"):
                    state = json.loads(line[5:])
                    with self._changed:
                        self._versions.append(state["version"])
                        self._changed.notify_all()
        except (OSError, ValueError):
            pass

    def latest(self):
        with self._changed:
            return self._versions[-1] if self._versions else None

    def wait_for_other(self, version, seconds):
        with self._changed:
            return self._changed.wait_for(lambda: self._versions and self._versions[-1] != version, seconds)


def stop(proc):
    """Ctrl+C for the server's process group, then a kill if it does not stop within 10 s."""
    try:
        os.killpg(proc.pid, signal.SIGINT)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


if __name__ == "__main__":
    main()
