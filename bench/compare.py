#!/usr/bin/env python3
"""Two checkouts of studyguide building the same guides, side by side: is a change slower?

Each checkout builds each guide with its own README build command (./jbang jbang-build.java, run in the
checkout's folder), its own cache folder and its own output folder, twice untimed (JBang compiles and
writes its class-data archive; the caches fill; the output is there for the next build to compare with),
then --runs times, the two checkouts alternating and the order reversed every round. It prints each
checkout's median and range of wall time, CPU time (user + system) and peak memory per guide, and the
ratio of the medians. Figures taken in one run compare; figures from different runs or machines do not.

Usage:
    bench/compare.py OTHER_CHECKOUT GUIDE_CONTENT_FOLDER... [--runs 7] [--this CHECKOUT] [--work /tmp/studyguide-compare]

OTHER_CHECKOUT is, for example, `git worktree add /tmp/before <commit>`. Each guide folder must be one both
checkouts can build (a guide written for newer features fails on older code). Synthetic guides come from
`java src/test/java/studyguide/bench/SyntheticGuide.java N FOLDER` (the guide is FOLDER/content).

Only the Python 3 standard library is used. Linux only (it reads resource usage with wait4).
"""

import argparse
import os
import statistics
import subprocess
import sys

import benchmark  # its way of running a build and reading the process tree's usage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("other", help="the other checkout's folder")
    p.add_argument("guides", nargs="+", help="content folders to build")
    p.add_argument("--this", default=ROOT, help="this checkout's folder (default: the one holding this script)")
    p.add_argument("--runs", type=int, default=7, help="timed builds of each guide by each checkout (default %(default)s)")
    p.add_argument("--work", default="/tmp/studyguide-compare", help="caches and outputs (default %(default)s)")
    args = p.parse_args()
    checkouts = {"this": os.path.abspath(args.this), "other": os.path.abspath(args.other)}
    for name, folder in checkouts.items():
        if not os.access(os.path.join(folder, "jbang"), os.X_OK):
            sys.exit(f"compare: {folder} has no ./jbang: is it a checkout of studyguide?")
    guides = [os.path.abspath(g) for g in args.guides]
    print(f"this: {checkouts['this']} ({commit(checkouts['this'])})")
    print(f"other: {checkouts['other']} ({commit(checkouts['other'])})")
    print(f"runs: {args.runs} per checkout and guide, alternating; load average {os.getloadavg()[0]:.1f}")
    for i, guide in enumerate(guides):
        def build(name):
            return run(checkouts[name], guide, os.path.join(args.work, f"{name}-{i}"))
        for name in checkouts:
            build(name)
            build(name)
        figures = {name: [] for name in checkouts}
        for r in range(args.runs):
            for name in (list(checkouts) if r % 2 == 0 else list(reversed(checkouts))):
                figures[name].append(build(name))
        print(f"\n{guide}")
        medians = {}
        for name, runs in figures.items():
            wall, cpu, rss = (sorted(x[k] for x in runs) for k in range(3))
            medians[name] = statistics.median(wall)
            print(f"  {name:5}  wall {medians[name]:.3f} s ({wall[0]:.2f}-{wall[-1]:.2f}), "
                  f"CPU {statistics.median(cpu):.2f} s, peak {statistics.median(rss):.0f} MiB ({rss[0]:.0f}-{rss[-1]:.0f})")
        print(f"  this / other (wall medians): {medians['this'] / medians['other']:.2f}")


def run(checkout, guide, work):
    """One build as a new process: wall seconds, CPU seconds of the whole tree, peak resident MiB."""
    env = dict(os.environ, STUDYGUIDE_CACHE_DIR=os.path.join(work, "cache"))
    cmd = ["./jbang", "jbang-build.java", "--content", guide, "--output", os.path.join(work, "site")]
    m = benchmark.check(benchmark.run(cmd, cwd=checkout, env=env), f"{' '.join(cmd)} in {checkout}")
    return m.wall, m.cpu, m.rss


def commit(folder):
    try:
        return subprocess.run(["git", "-C", folder, "log", "-1", "--format=%h"], capture_output=True, text=True,
                              timeout=30).stdout.strip() or "not a git checkout"
    except (OSError, subprocess.TimeoutExpired):
        return "git not found"


if __name__ == "__main__":
    main()
