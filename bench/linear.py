#!/usr/bin/env python3
"""Checks that extraction time grows linearly with the document, on adversarial text.

Builds documents of 1, 2, 4 and 8 MB from patterns that stress the tokenizer, the gazetteer
automata and the rules (long runs of capitalized words, digits, apostrophes, quotes, spaces,
one huge line, overlapping known names, boilerplate lines...), runs
`target/release/glaneur extract FILE.txt --stretch 0` on each (one document per file, read
whole: what is measured is the pipeline's own growth, not the stretches that bound it for
documents of 2 MiB and more) and prints the time per MB for each size. The time per MB must
stay flat: a ratio (8 MB per-MB time / 1 MB per-MB time) above the threshold flags
super-linear behaviour, and so does a run that exceeds the time limit.

Usage (after `cargo build --release`):
    python3 bench/linear.py [--binary target/release/glaneur] [--sizes 1,2,4,8]
                            [--only caps,digits] [--limit 120] [--threshold 2.0]
                            [--gazetteers DIR]
Exit status 1 when some pattern is flagged. Python standard library only.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

MB = 1 << 20

# Each pattern is a unit repeated until the document reaches the size; a callable builds the
# whole document itself (for shapes that are not a plain repetition).
PATTERNS = {
    # Capitalized words with no punctuation: one endless candidate name.
    "caps": "Jean Marie Banque Organisation Royaume Fonds Mondiale Nations Afrique Pierre ",
    # Capitalized words joined by hyphens: one endless word.
    "hyphens": "Jean-Marie-Guinée-Bissau-",
    # All-caps words: acronym candidates everywhere.
    "acronyms": "OIM ONU PAM FMI UNICEF BAD OMS UE ",
    # One digit group after another: `1 000 000 000 …` as a single number.
    "digit_groups": "1 000 ",
    # One endless run of digits.
    "digits": "9876543210",
    # Decimal commas and dots chained: `1,2,3,4…`.
    "decimals": "1,2.",
    # Money-like runs: numbers, scale words and currencies without end.
    "money": "2,5 millions de dollars 100 000 € 3 milliards d’euros ",
    # Dates back to back.
    "dates": "lundi 29 juillet 2025 décembre 2018 1998 2023-2028 ",
    # Elisions and apostrophes.
    "apostrophes": "l’d'qu’",
    "bare_apostrophes": "’'",
    # Guillemets and quotes, opened and never closed.
    "quotes": "« “ \" ",
    # Spaces of every kind, no word at all.
    "spaces": " \u00a0\u202f\u2009\t",
    # Abbreviation dots: `M. M. M.` never ends a sentence.
    "abbreviations": "M. Mme Dr. J. ",
    # Initials with dots: `A.B.C.D…` one acronym token.
    "initials": "A.",
    # Known names, overlapping forms (`Royaume du Maroc` contains `Maroc`).
    "known_names": "Royaume du Maroc, Maroc, l’Organisation internationale pour les migrations (OIM), Banque mondiale, ",
    # Combining accents (decomposed text), folded to nothing.
    "combining": "e\u0301a\u0300Ge\u0301ne\u0300ve ",
    # Acronyms defined in parentheses, again and again (`Nom Long (NL)`), then reused.
    "acronym_definitions": "Agence Nationale Eau (ANE) et Conseil Supérieur Santé (CSS) puis ANE ",
    # Titles, names and roles in apposition.
    "persons_roles": "M. Jean Dupont, ministre des Affaires étrangères, et la directrice générale Marie Curie ",
    # Anaphors after names of another kind (`le Fonds` after countries).
    "anaphors": "Maroc, le pays, le Royaume, l’organisation, le Fonds, l’agence onusienne ",
    # One endless sentence of fact cues (no period, no newline): rules that scan a sentence
    # back from each cue see the whole document.
    "long_sentence": "le Maroc a versé 10 millions de dollars à l’OIM et la France est membre de l’Union africaine depuis 1998, ",
    # Many short lines that are boilerplate, between lines with names.
    "boilerplate_lines": "Lire aussi : le Maroc et l’OIM\nPartager\nLe Maroc a versé 10 dollars à l’OIM.\n",
    # French prose with sentences and newlines: the ordinary case, for comparison.
    "prose": (
        "Le Royaume du Maroc a versé 2,5 millions de dollars au Fonds de résilience de l’OIM, "
        "a annoncé mardi 14 octobre 2025 la directrice générale, Amy Pope, à Genève. "
        "Le Sénégal est membre de l’Union africaine depuis 2002.\n"
    ),
}


def one_line(size):
    """One line of French prose with no newline at all (a 'one 10 MB line' document)."""
    unit = PATTERNS["prose"].replace("\n", " ")
    return repeat(unit, size)


def short_then_long(size):
    """Short known names first, their long overlapping forms last: the shape that makes an
    overlap resolution that inserts into a sorted vector shift the whole vector each time."""
    half = repeat("Maroc ", size // 2)
    return half + repeat("Royaume du Maroc ", size - len(half.encode("utf-8")))


BUILDERS = {"one_line": one_line, "short_then_long": short_then_long}


def repeat(unit, size):
    """`unit` repeated to about `size` bytes of UTF-8 (whole units only)."""
    n = max(1, size // len(unit.encode("utf-8")))
    return unit * n


def document(name, size):
    if name in BUILDERS:
        return BUILDERS[name](size)
    return repeat(PATTERNS[name], size)


def run(binary, path, limit, gazetteers):
    """Runs the binary on one file; returns (seconds, peak RSS in MB, "ok") or
    (None, None, why it failed)."""
    cmd = [binary, "extract", path, "--stretch", "0"]
    if gazetteers:
        cmd += ["--gazetteers", gazetteers]
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > limit:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                return None, None, f"over {limit:g} s"
            time.sleep(0.005)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-300:]
            return None, None, f"exit {proc.returncode}: {tail}"
    return elapsed, usage.ru_maxrss / 1024, "ok"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default="target/release/glaneur")
    ap.add_argument("--sizes", default="1,2,4,8", help="document sizes in MB")
    ap.add_argument("--only", default="", help="comma-separated pattern names")
    ap.add_argument("--limit", type=float, default=120.0, help="seconds per run")
    ap.add_argument("--threshold", type=float, default=2.0,
                    help="flag when per-MB time at the largest size exceeds this times the smallest")
    ap.add_argument("--gazetteers", default=None)
    args = ap.parse_args()

    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} not found: run `cargo build --release` first")
    sizes = [float(s) for s in args.sizes.split(",")]
    names = list(PATTERNS) + list(BUILDERS)
    names.remove("prose")
    names.insert(0, "prose")
    if args.only:
        names = [n for n in names if n in args.only.split(",")]

    with tempfile.TemporaryDirectory(prefix="glaneur-linear-") as tmp:
        empty = os.path.join(tmp, "empty.txt")
        open(empty, "w").close()
        base = min(run(args.binary, empty, args.limit, args.gazetteers)[0] or 0 for _ in range(3))
        print(f"start-up (empty document): {base * 1000:.0f} ms, subtracted below")
        header = f"{'pattern':<18}" + "".join(f"{f'{s:g} MB':>12}" for s in sizes) + "   ratio  peak RSS"
        print(header + "\n" + "-" * len(header))
        flagged = []
        for name in names:
            cells, per_mb, rss = [], [], 0.0
            for s in sizes:
                path = os.path.join(tmp, f"{name}.txt")
                text = document(name, int(s * MB))
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                mb = len(text.encode("utf-8")) / MB
                secs, rss, status = run(args.binary, path, args.limit, args.gazetteers)
                if secs is None:
                    cells.append(f"{status[:11]:>12}")
                    per_mb.append(float("inf"))
                    flagged.append(f"{name} at {s:g} MB: {status}")
                    break
                v = max(secs - base, 0.0) / mb
                per_mb.append(v)
                cells.append(f"{v * 1000:>9.0f} ms")
            ratio = per_mb[-1] / per_mb[0] if per_mb and per_mb[0] > 0 else float("nan")
            mark = ""
            if len(per_mb) == len(sizes) and ratio > args.threshold and per_mb[-1] * max(sizes) > 0.5:
                mark = "  SUPER-LINEAR"
                flagged.append(f"{name}: per-MB time x{ratio:.1f} from {sizes[0]:g} to {sizes[-1]:g} MB")
            print(f"{name:<18}" + "".join(cells) + f"   {ratio:5.2f} {rss or 0:6.0f} MB{mark}",
                  flush=True)
        print("(cells: milliseconds per MB of input, start-up subtracted; peak RSS at the largest size)")
        if flagged:
            print("\nflagged:\n  " + "\n  ".join(flagged))
            return 1
        return 0


if __name__ == "__main__":
    sys.exit(main())
