"""End-to-end tests of the Spark job: run by scripts/test_spark.sh under spark-submit, in one
Spark session (one JVM start for all scenarios):

    spark-submit --master 'local[2]' --files "$GLANEUR_BIN" examples/spark/test_end_to_end.py

`GLANEUR_BIN` names the same binary, which is also run on one machine (`glaneur extract`) for
the comparison. Each scenario compares the two outputs sorted by id: every record, error
records included, must be byte-identical; nothing may be missing or extra.
"""

import csv
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import glaneur_spark as gs  # noqa: E402

BIN = os.environ.get("GLANEUR_BIN", os.path.join(ROOT, "target", "release", "glaneur"))


def sort_key(line: str):
    return (json.loads(line).get("id") or "", line)


def read_records(directory: str) -> list[str]:
    directory = directory.removeprefix("file:")
    lines = []
    for name in sorted(os.listdir(directory)):
        if name.startswith("part-"):
            with open(os.path.join(directory, name), encoding="utf-8") as fh:
                lines += [line.rstrip("\n") for line in fh]
    return lines


def single_machine(*inputs: str) -> tuple[int, list[str]]:
    proc = subprocess.run(
        [BIN, "extract", *inputs, "--format", "jsonl", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return proc.returncode, proc.stdout.decode("utf-8").splitlines()


def merged_in_python(lines: list[str]) -> set[tuple]:
    """facts_merged.csv computed without Spark, as glaneur's CSV export computes it."""
    sides = {
        "CONTRIBUTION": ("donor", "recipient", "date"),
        "MEMBERSHIP": ("member", "organization", "since"),
        "ROLE": ("person", "organization", None),
        "FUNDING_TARGET": ("organization", None, None),
    }

    def canonical(value):
        return "" if value is None else value["canonical"]

    def neutralize(cell):
        return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell

    merged: dict[tuple, list] = {}
    for line in lines:
        record = json.loads(line)
        if "error" in record:
            continue
        for f in record["facts"]:
            subject, obj, date = sides[f["type"]]
            amount = f.get("amount") or {}
            key = (
                f["type"],
                subject,
                canonical(f.get(subject)),
                obj or "",
                canonical(f.get(obj)) if obj else "",
                (f.get("role") or "").lower(),
                canonical(f.get("country")),
                "" if amount.get("amount") is None else json.dumps(amount["amount"]),
                amount.get("currency") or "",
                (f.get(date) or "") if date else "",
            )
            entry = merged.setdefault(key, [0, set()])
            entry[0] += 1
            entry[1].add(record["id"])
    return {
        tuple(neutralize(c) if i != 7 else c for i, c in enumerate(k)) + (str(n), neutralize(" | ".join(sorted(ids))))
        for k, (n, ids) in merged.items()
    }


class SparkJob(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from pyspark.sql import SparkSession

        cls.spark = SparkSession.builder.appName("glaneur-test").getOrCreate()
        cls.spark.sparkContext.setLogLevel("ERROR")
        # The job's functions are pickled by reference to this module: ship it.
        cls.spark.sparkContext.addPyFile(gs.__file__)
        cls.work = tempfile.mkdtemp(prefix="glaneur-spark-e2e.")

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()
        shutil.rmtree(cls.work, ignore_errors=True)

    def run_job(self, name: str, *inputs: str, binary: str = os.path.basename(BIN), extra=()) -> dict:
        out = os.path.join(self.work, name)
        args = gs.parse_args(["extract", *inputs, "--output", out, "--binary", binary, "--partitions", "3", *extra])
        summary = gs.extract(self.spark, args)
        print(f"\n  {name}: {json.dumps(summary)}", file=sys.stderr)
        return summary

    def assert_same_records(self, spark_lines: list[str], local_lines: list[str]):
        spark_sorted = sorted(spark_lines, key=sort_key)
        local_sorted = sorted(local_lines, key=sort_key)
        self.assertEqual(len(spark_sorted), len(local_sorted), "record count")
        for a, b in zip(spark_sorted, local_sorted):
            self.assertEqual(a, b)

    def test_data_dir_equals_glaneur_extract(self):
        summary = self.run_job("data", os.path.join(ROOT, "data"))
        status, local = single_machine(os.path.join(ROOT, "data"))
        self.assertEqual(status, 0)
        spark_lines = read_records(summary["records"])
        self.assertEqual(summary["documents"], len(local))
        self.assertEqual(summary["errors"], 0)
        self.assertGreater(len(local), 0)
        self.assert_same_records(spark_lines, local)
        # The facts table Spark built holds what a plain merge of glaneur's records gives.
        with open(summary["facts_merged"].removeprefix("file:"), newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        self.assertEqual(rows[0], gs.MERGED_COLUMNS)
        self.assertEqual(set(map(tuple, rows[1:])), merged_in_python(local))
        self.assertEqual(len(rows) - 1, summary["merged_facts"])

    def test_text_files_and_bad_records(self):
        root = os.path.join(self.work, "mixed")
        os.makedirs(os.path.join(root, "texts", "2024"))
        with open(os.path.join(ROOT, "data", "articles.jsonl"), encoding="utf-8") as fh:
            docs = [json.loads(line) for line in fh]
        # Text files, one document each: one compressed, one in a subdirectory.
        with open(os.path.join(root, "texts", "a.txt"), "w", encoding="utf-8") as fh:
            fh.write(docs[0]["text"])
        with open(os.path.join(root, "texts", "2024", "b.txt"), "w", encoding="utf-8") as fh:
            fh.write(docs[1]["text"])
        with gzip.open(os.path.join(root, "texts", "2024", "c.txt.gz"), "wt", encoding="utf-8") as fh:
            fh.write(docs[2]["text"])
        # Invalid UTF-8 (decoded lossily, with a warning) and a binary file (an error record).
        with open(os.path.join(root, "texts", "latin1.txt"), "wb") as fh:
            fh.write("Le Sénégal a signé un accord à Dakar le 3 mars 2024.\r\n".encode("latin-1"))
        with open(os.path.join(root, "texts", "image.txt"), "wb") as fh:
            fh.write(b"GIF89a\0\0\x01")
        # JSON Lines with bad records among good ones; the first line is a bad one on purpose
        # (glaneur decides JSON Lines or text on standard input's first byte).
        lines = [
            "ceci n'est pas du JSON",
            json.dumps({"id": "ok-1", "text": docs[3]["text"], "date": docs[3]["date"]}, ensure_ascii=False),
            json.dumps({"id": "sans-texte"}),
            "",
            json.dumps({"id": "ok-2", "text": docs[4]["text"]}, ensure_ascii=False),
            '{"id": "tronqué", "text": "Le Maroc a annon',
            json.dumps({"id": "texte-nombre", "text": 42}),
            json.dumps({"id": "ok-3", "text": "Le Sénégal a versé 2 millions de dollars au PAM."}, ensure_ascii=False),
        ]
        bad = os.path.join(root, "bad.jsonl")
        with open(bad, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
        texts = os.path.join(root, "texts")

        summary = self.run_job("mixed", texts, bad)
        status, local = single_machine(texts, bad)
        self.assertEqual(status, 1, "glaneur extract exits 1 when some documents failed")
        spark_lines = read_records(summary["records"])
        self.assertEqual(summary["documents"], 5 + 7)
        self.assertEqual(summary["errors"], 5)
        self.assert_same_records(spark_lines, local)
        ids = {json.loads(line).get("id") for line in spark_lines}
        self.assertTrue({"ok-1", "ok-2", "ok-3", "sans-texte", "texte-nombre"} <= ids)
        self.assertIn(texts + "/2024/c.txt.gz", ids)
        self.assertIn(bad + ":1", ids)  # the id glaneur gives a record it cannot read

    def test_merged_facts_table(self):
        def arg(name):
            return {"text": name, "canonical": name}

        contribution = {"type": "CONTRIBUTION", "donor": arg("Maroc"), "recipient": arg("OIM"),
                        "amount": {"amount": 5000000, "currency": "MAD"}, "date": "2024-07-29"}
        records = [
            {"id": "a", "entities": [], "facts": [
                contribution,
                {"type": "ROLE", "person": arg("Amy Pope"), "role": "Directrice générale",
                 "organization": arg("OIM"), "country": None},
                {"type": "MEMBERSHIP", "member": arg("Maroc"), "organization": arg("OIM"), "since": "1998"},
                {"type": "FUNDING_TARGET", "organization": arg("=cmd|' /C calc'!A0"),
                 "amount": {"amount": 1.5, "currency": "USD"}},
            ]},
            {"id": "b", "entities": [], "facts": [
                dict(contribution, donor={"text": "le Royaume", "canonical": "Maroc"}),
                {"type": "ROLE", "person": arg("Awa Diop"), "role": "ambassadrice",
                 "organization": None, "country": arg("Sénégal")},
            ]},
            {"id": "c.jsonl:3", "entities": [], "facts": [], "error": "record has no `text`",
             "input": "c.jsonl", "line": 3},
        ]
        directory = os.path.join(self.work, "merge", "records")
        os.makedirs(directory)
        with open(os.path.join(directory, "part-00000.txt"), "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        out = os.path.join(self.work, "merge")
        args = gs.parse_args(["merge-facts", directory, "--output", out, "--csv-delimiter", ";"])
        summary = gs.merge(self.spark, args)
        self.assertEqual(summary["merged_facts"], 5)
        with open(os.path.join(out, "facts_merged.csv"), newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        self.assertEqual(rows, [
            gs.MERGED_COLUMNS,
            ["CONTRIBUTION", "donor", "Maroc", "recipient", "OIM", "", "", "5000000", "MAD", "2024-07-29", "2", "a | b"],
            ["FUNDING_TARGET", "organization", "'=cmd|' /C calc'!A0", "", "", "", "", "1.5", "USD", "", "1", "a"],
            ["MEMBERSHIP", "member", "Maroc", "organization", "OIM", "", "", "", "", "1998", "1", "a"],
            ["ROLE", "person", "Amy Pope", "organization", "OIM", "directrice générale", "", "", "", "", "1", "a"],
            ["ROLE", "person", "Awa Diop", "organization", "", "ambassadrice", "Sénégal", "", "", "", "1", "b"],
        ])

    def test_crashing_binary_fails_the_job(self):
        broken = os.path.join(self.work, "glaneur-broken")
        with open(broken, "w") as fh:
            fh.write('#!/bin/sh\ncat >/dev/null\necho "glaneur: simulated crash" >&2\nexit 101\n')
        os.chmod(broken, 0o755)
        with self.assertRaises(Exception) as caught:
            self.run_job("broken", os.path.join(ROOT, "data"), binary=broken)
        self.assertIn("exited with status 101", str(caught.exception))


if __name__ == "__main__":
    unittest.main(verbosity=2)
