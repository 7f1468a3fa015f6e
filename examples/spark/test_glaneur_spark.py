"""Unit tests of the partition runner of glaneur_spark.py, without Spark.

A fake glaneur (a small Python program that follows the streaming contract) stands in for the
binary, so the tests check the mapper's bookkeeping: one record per document, error records
renamed to their source, exit statuses, and lost or extra records.

    python3 -m unittest examples/spark/test_glaneur_spark.py
"""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import glaneur_spark as gs  # noqa: E402

# Follows the contract of `glaneur extract - --format jsonl --quiet`: blank lines are skipped,
# every other line yields one record, an unreadable one an error record; status 1 on errors.
# MODE changes it into a misbehaving program.
FAKE = r"""
import json, sys
mode = sys.argv[1]
failed = 0
first = True
for n, raw in enumerate(sys.stdin, 1):
    line = raw.strip()
    if not line:
        continue
    if first and not line.startswith("{"):
        print("text mode for a stdin that does not start with {", file=sys.stderr)
        sys.exit(3)
    first = False
    try:
        rec = json.loads(line)
        if not isinstance(rec.get("text"), str):
            raise ValueError("record has no `text`")
        out = {"id": rec["id"], "entities": [], "facts": [], "n": len(rec["text"])}
    except Exception as e:
        failed += 1
        out = {"id": f"-:{n}", "entities": [], "facts": [], "error": str(e), "input": "-", "line": n}
    if mode == "drop" and n == 2:
        continue
    print(json.dumps(out))
    if mode == "extra":
        print(json.dumps(out))
if mode == "crash":
    sys.exit(101)
sys.exit(1 if failed else 0)
"""


def fake(mode="ok"):
    return [sys.executable, "-c", FAKE, mode]


def jsonl(name, *records):
    """Rows of a JSON Lines file: records (dicts or raw strings), numbered from 1."""
    data = "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    return list(gs.file_rows(name, "file:/x/" + name, (data + "\n").encode("utf-8")))


class RunGlaneur(unittest.TestCase):
    def run_ok(self, rows, mode="ok"):
        return [(e, json.loads(r)) for e, r in gs.run_glaneur(iter(rows), fake(mode))]

    def test_one_record_per_document_in_order(self):
        out = self.run_ok(jsonl("a.jsonl", {"id": "a", "text": "Rabat"}, {"id": "b", "text": "Dakar"}))
        self.assertEqual([r["id"] for _, r in out], ["a", "b"])
        self.assertEqual([e for e, _ in out], [False, False])

    def test_blank_lines_are_not_documents_but_are_counted(self):
        rows = jsonl("a.jsonl", {"id": "a", "text": "x"}, "", " \t\r", {"id": "b", "text": "y"})
        self.assertEqual([r[gs.LINE] for r in rows], [1, 4])
        self.assertEqual(len(self.run_ok(rows)), 2)

    def test_bad_line_gives_an_error_record_naming_file_and_line(self):
        rows = jsonl("in/b.jsonl", {"id": "a", "text": "x"}, '{"id": "c"}', "", "{pas du json", {"id": "d", "text": "z"})
        out = self.run_ok(rows)
        self.assertEqual([e for e, _ in out], [False, True, True, False])
        self.assertEqual(out[1][1]["input"], "in/b.jsonl")
        self.assertEqual((out[1][1]["line"], out[1][1]["id"]), (2, "in/b.jsonl:2"))
        self.assertEqual((out[2][1]["line"], out[2][1]["id"]), (4, "in/b.jsonl:4"))

    def test_first_line_not_json_still_read_as_json_lines(self):
        out = self.run_ok(jsonl("a.jsonl", "pas du JSON", {"id": "a", "text": "x"}))
        self.assertEqual([e for e, _ in out], [True, False])
        self.assertEqual((out[0][1]["id"], out[0][1]["line"]), ("a.jsonl:1", 1))
        self.assertEqual(out[1][1]["id"], "a")

    def test_text_files_become_records(self):
        import gzip

        rows = [
            *gs.file_rows("t/a.txt", "file:/t/a.txt", "Genève\n".encode()),
            *gs.file_rows("t/b.txt.gz", "file:/t/b.txt.gz", gzip.compress("Dakar".encode())),
            *gs.file_rows("t/c.txt.gz", "file:/t/c.txt.gz", b"not gzip"),
            *gs.file_rows("t/d.txt", "file:/t/d.txt", b"caf\xe9 \"cr\xe8me\""),
            *gs.file_rows("t/e.txt", "file:/t/e.txt", b"GIF89a\0\0"),
        ]
        self.assertEqual([r[gs.KIND] for r in rows], ["doc", "doc", "error", "doc", "error"])
        # Invalid UTF-8 reaches glaneur as is, inside valid JSON syntax.
        self.assertEqual(rows[3][gs.DATA], b'{"id":"t/d.txt","text":"caf\xe9 \\"cr\xe8me\\""}')
        out = self.run_ok([r for r in rows if b"\xe9" not in r[gs.DATA]])
        records = [r for _, r in out]
        self.assertEqual([r["id"] for r in records], ["t/a.txt", "t/b.txt.gz", "t/c.txt.gz", "t/e.txt"])
        self.assertEqual(records[0]["n"], 7)
        self.assertIn("cannot read", records[2]["error"])
        self.assertEqual(records[3]["error"], "binary content: NUL byte at offset 6")

    def test_corrupt_gz_keeps_the_lines_read_so_far(self):
        import gzip

        data = gzip.compress(b'{"id": "a", "text": "x"}\n' * 2000)
        rows = list(gs.file_rows("c.jsonl.gz", "file:/c.jsonl.gz", data[: len(data) - 12]))
        self.assertEqual(rows[-1][gs.KIND], "error")
        self.assertTrue(all(r[gs.KIND] == "line" for r in rows[:-1]))
        self.assertEqual(rows[-1][gs.LINE], len(rows))

    def test_empty_partition_runs_nothing(self):
        self.assertEqual(list(gs.run_glaneur(iter([]), ["/nonexistent/glaneur"])), [])

    def test_status_other_than_0_or_1_fails_the_task(self):
        with self.assertRaises(gs.GlaneurFailed):
            self.run_ok(jsonl("a.jsonl", {"id": "a", "text": "x"}), mode="crash")

    def test_lost_record_fails_the_task(self):
        with self.assertRaises(gs.GlaneurFailed):
            self.run_ok(jsonl("a.jsonl", {"id": "a", "text": "x"}, {"id": "b", "text": "y"}), mode="drop")

    def test_extra_record_fails_the_task(self):
        with self.assertRaises(gs.GlaneurFailed):
            self.run_ok(jsonl("a.jsonl", {"id": "a", "text": "x"}, {"id": "b", "text": "y"}), mode="extra")

    def test_many_documents_do_not_deadlock(self):
        rows = jsonl("a.jsonl", *({"id": str(i), "text": "x" * 5000} for i in range(2000)))
        self.assertEqual(len(self.run_ok(rows)), 2000)


class Names(unittest.TestCase):
    def test_is_jsonl(self):
        self.assertTrue(gs.is_jsonl("hdfs://nn/a/b.jsonl.gz"))
        self.assertTrue(gs.is_jsonl("b.ndjson"))
        self.assertFalse(gs.is_jsonl("a/b.txt.gz"))

    def test_display_name_as_glaneur_names_it(self):
        roots = [("archive/", "file:/home/u/archive"), ("one.jsonl", "file:/home/u/one.jsonl")]
        self.assertEqual(gs.display_name("file:/home/u/archive/2024/a.txt", roots), "archive/2024/a.txt")
        self.assertEqual(gs.display_name("file:/home/u/one.jsonl", roots), "one.jsonl")
        self.assertEqual(gs.display_name("file:/elsewhere/a.txt", roots), "/elsewhere/a.txt")
        self.assertEqual(gs.display_name("hdfs://nn/x/a.txt", roots), "hdfs://nn/x/a.txt")


if __name__ == "__main__":
    unittest.main()
