#!/usr/bin/env python3
"""Builds a profile-guided (PGO) release binary of glaneur, the same output byte for byte: the
release build takes 1.05–1.07× its CPU time on texts unlike the training's, 1.10–1.19× on the
benchmark corpus (made of the same samples).

    python3 bench/pgo.py                      # writes target/pgo/glaneur
    python3 bench/pgo.py --profdata PATH      # an llvm-profdata of rustc's LLVM version

Three steps, about twice a release build's time:
1. an instrumented build (`-Cprofile-generate`), in target/pgo/gen;
2. training runs of that build on texts made from the sample articles in data/ (a corpus of
   distinct documents, one long document read in stretches, every output format), which record
   how often each branch and call is taken;
3. the release build again with those counts (`-Cprofile-use`), in target/pgo/use, copied to
   target/pgo/glaneur.

Why it helps: glaneur's time is spread thin over many small branchy functions (tokenizer, trie
walks, a dozen rule families); with the counts, the compiler lays the taken paths out straight
and inlines where calls are hot. See docs/PERFORMANCE.md for the figures and how the gain was
checked on texts the training never saw.

It needs `llvm-profdata` of the LLVM version rustc is built on (`rustc -vV`): the rustup
component `llvm-tools` (`rustup component add llvm-tools`), or a system package such as
Debian's `llvm-22` for rustc 1.95 (LLVM 22). The script looks for both, or takes --profdata.
"""

import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

from run import ROOT, build_corpus, build_single

PGO = os.path.join(ROOT, "target", "pgo")
BINARY = os.path.join(PGO, "glaneur")


def llvm_major():
    """The major version of the LLVM rustc is built on: a profile must be merged by the same."""
    out = subprocess.run(["rustc", "-vV"], check=True, capture_output=True, text=True).stdout
    found = re.search(r"^LLVM version: (\d+)", out, re.MULTILINE)
    if not found:
        sys.exit("pgo: `rustc -vV` gives no LLVM version")
    return int(found.group(1))


def profdata_major(path):
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True).stdout
    except OSError:
        return None
    found = re.search(r"LLVM version (\d+)", out)
    return int(found.group(1)) if found else None


def find_profdata(given, major):
    """`llvm-profdata` of LLVM `major`: --profdata, rustup's llvm-tools, or a system package."""
    if given:
        if profdata_major(given) != major:
            sys.exit(f"pgo: {given} is not llvm-profdata of LLVM {major} (rustc's version)")
        return given
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], check=True, capture_output=True,
                             text=True).stdout.strip()
    candidates = glob.glob(os.path.join(sysroot, "lib", "rustlib", "*", "bin", "llvm-profdata"))
    candidates += [f"/usr/lib/llvm-{major}/bin/llvm-profdata",
                   shutil.which(f"llvm-profdata-{major}"), shutil.which("llvm-profdata")]
    for path in candidates:
        if path and os.path.exists(path) and profdata_major(path) == major:
            return path
    sys.exit(f"pgo: no llvm-profdata of LLVM {major} (the version rustc is built on). Install "
             f"it with `rustup component add llvm-tools`, or your system's LLVM {major} "
             f"(Debian, Ubuntu: `apt install llvm-{major}`), or pass --profdata PATH.")


def cargo_build(target_dir, rustflags):
    flags = " ".join(filter(None, [os.environ.get("RUSTFLAGS", ""), rustflags]))
    subprocess.run(["cargo", "build", "--release", "--quiet", "--target-dir", target_dir],
                   cwd=ROOT, check=True, env={**os.environ, "RUSTFLAGS": flags})
    return os.path.join(target_dir, "release", "glaneur")


def train(binary, profiles):
    """Runs the instrumented binary on what users run: many documents, a long one, each format."""
    env = {**os.environ, "LLVM_PROFILE_FILE": os.path.join(profiles, "glaneur-%p-%m.profraw")}
    samples = os.path.join(ROOT, "data")
    articles = os.path.join(samples, "articles.jsonl")
    out = os.path.join(PGO, "train-out")
    runs = [
        ["extract", build_corpus(8), "--threads", "2"],
        ["extract", build_single(4)],
        ["extract", samples],
        ["extract", articles, "--format", "json"],
        ["extract", articles, "--format", "ntriples"],
        ["extract", articles, "--format", "csv", "--out", out],
    ]
    for args in runs:
        subprocess.run([binary, *args, "--quiet"], check=True, env=env,
                       stdout=subprocess.DEVNULL)
    shutil.rmtree(out, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--profdata", help="llvm-profdata of rustc's LLVM version")
    args = ap.parse_args()

    profdata = find_profdata(args.profdata, llvm_major())
    profiles = os.path.join(PGO, "profiles")
    shutil.rmtree(profiles, ignore_errors=True)
    os.makedirs(profiles)
    print("pgo: instrumented build", file=sys.stderr)
    # Build scripts and procedural macros are instrumented too and write their own profiles
    # while the crate builds: those go to a directory of their own, not into the training's.
    built = cargo_build(os.path.join(PGO, "gen"),
                        f"-Cprofile-generate={os.path.join(PGO, 'build-profiles')}")
    print("pgo: training on the sample articles", file=sys.stderr)
    train(built, profiles)
    merged = os.path.join(PGO, "glaneur.profdata")
    subprocess.run([profdata, "merge", "-o", merged, profiles], check=True)
    print("pgo: optimized build", file=sys.stderr)
    # Build scripts and dependencies' functions the training never ran have no counts: that is
    # expected, not worth a warning each.
    built = cargo_build(os.path.join(PGO, "use"),
                        f"-Cprofile-use={merged} -Cllvm-args=-pgo-warn-missing-function=false")
    shutil.copy2(built, BINARY)
    print(BINARY)


if __name__ == "__main__":
    main()
