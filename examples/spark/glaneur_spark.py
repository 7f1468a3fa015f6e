#!/usr/bin/env python3
"""Run glaneur over an archive with Apache Spark.

The glaneur binary is shipped to the executors and run once per partition as a subprocess in
its streaming mode (`glaneur extract - --format jsonl --quiet`): JSON Lines in on stdin, exactly
one JSON Lines record out per input document, in order, with an error record (a record with an
`error` field) standing in for a document that could not be read. The job checks the exit
status of every run (0 = all good, 1 = some documents failed, which are counted; anything else
fails the task, and Spark retries it) and that glaneur wrote one record per document, so a
document is never lost silently.

The records are those `glaneur extract` writes on one machine for the same files, byte for
byte: the job reads each file's bytes itself, numbers the lines of JSON Lines files, hands
text files over as JSON records whose invalid UTF-8 is kept as is, and writes the file name and
line number into error records where glaneur, reading standard input, only knows `-`.

Two commands:

    # documents -> OUT/records/ (JSON Lines part files) + OUT/facts_merged.csv
    spark-submit --files target/release/glaneur glaneur_spark.py extract ARCHIVE... --output OUT

    # rebuild OUT/facts_merged.csv from records written earlier
    spark-submit glaneur_spark.py merge-facts OUT/records --output OUT

See README.md beside this file for running it locally and on a cluster.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import io
import json
import os
import stat
import subprocess
import sys
import tempfile
import threading
import zlib
from typing import Iterable, Iterator, Optional

# Bytes glaneur treats as blank (Rust's `u8::is_ascii_whitespace`). glaneur skips a JSON Lines
# line made only of them without writing a record, so the job drops exactly those lines.
ASCII_WHITE_SPACE = b" \t\n\x0c\r"

# File names glaneur reads as JSON Lines; other files are one text document each. A directory
# is walked for both (`.txt`, `.jsonl`, `.ndjson`, and their `.gz`), as glaneur walks it.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
WALK_GLOB = "*.{txt,jsonl,ndjson,txt.gz,jsonl.gz,ndjson.gz}"

# A record that is surely valid JSON, sent first when a partition's first line does not start
# with `{`: glaneur decides between JSON Lines and text on the first byte of standard input.
# Its output record is dropped.
PROBE = b'{"id": "glaneur-spark-probe", "text": ""}'

# Columns of facts_merged.csv, as `glaneur extract --format csv` writes them. The subject and
# object of each fact type: CONTRIBUTION donor -> recipient, MEMBERSHIP member -> organization,
# ROLE person -> organization (+ role, country), FUNDING_TARGET organization. `date` holds a
# contribution's date or a membership's `since`.
MERGED_KEY_COLUMNS = [
    "type",
    "subject_role",
    "subject_canonical",
    "object_role",
    "object_canonical",
    "role",
    "country_canonical",
    "amount",
    "currency",
    "date",
]
MERGED_COLUMNS = MERGED_KEY_COLUMNS + ["count", "documents"]


# One document on its way to glaneur: a plain tuple `(kind, name, line, data)` (plain, so that
# it pickles cheaply between Spark stages with no class to import on the executors).
#
# `kind` is `line` (a JSON Lines line, `data` its bytes without the newline), `doc` (a text file
# made into a JSON record, `data`) or `error` (`data` is a finished error record, for a file the
# job could not read). `name` is the file as glaneur names it (`archive/a.jsonl`), `line` the
# 1-based line number in a JSON Lines file (None for a text file).
Row = tuple  # (str, str, Optional[int], bytes)
KIND, NAME, LINE, DATA = range(4)


class GlaneurFailed(RuntimeError):
    """glaneur crashed, exited with a status other than 0 or 1, or lost or added a record."""


# --------------------------------------------------------------------------------------------
# Reading files into rows (executor side).
# --------------------------------------------------------------------------------------------


def strip_gz(name: str) -> str:
    """`a.jsonl.gz` -> `a.jsonl`: compression does not change how a file is read."""
    return name[:-3] if name.endswith(".gz") else name


def is_jsonl(name: str) -> bool:
    return strip_gz(name.rstrip("/").rsplit("/", 1)[-1]).endswith(JSONL_SUFFIXES)


def error_record(doc_id: str, name: str, line: Optional[int], message: str) -> bytes:
    """An error record, field for field as glaneur writes it."""
    record = {"id": doc_id, "entities": [], "facts": [], "error": message, "input": name, "line": line}
    return dumps(record)


def dumps(record: dict) -> bytes:
    """Compact JSON as serde_json writes it (no spaces, non-ASCII kept)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogateescape")


def text_document(name: str, data: bytes) -> Row:
    """A text file as a JSON record `{"id": name, "text": ...}`. Invalid UTF-8 stays invalid in
    the record (through `surrogateescape`), so glaneur decodes it lossily and flags it exactly
    as it does for the file itself; a NUL byte makes an error record as glaneur does."""
    at = data.find(b"\0")
    if at >= 0:
        return ("error", name, None, error_record(name, name, None, f"binary content: NUL byte at offset {at}"))
    text = data.decode("utf-8", "surrogateescape")
    return ("doc", name, None, dumps({"id": name, "text": text}))


def file_rows(name: str, path: str, data: bytes) -> Iterator[Row]:
    """The documents of one file: every non-blank line of a JSON Lines file (numbered from 1,
    blank lines counted), or the file as one text document. `.gz` is decompressed (all
    members); a corrupt one yields the documents read so far, then an error record."""
    compressed = path.endswith(".gz")
    if not is_jsonl(path):
        if compressed:
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as e:
                yield ("error", name, None, error_record(name, name, None, f"cannot read: {e}"))
                return
        yield text_document(name, data)
        return
    stream = gzip.GzipFile(fileobj=io.BytesIO(data)) if compressed else io.BytesIO(data)
    number = 0
    while True:
        try:
            raw = stream.readline()
        except (OSError, EOFError, zlib.error) as e:
            yield ("error", name, number + 1, error_record(f"{name}:{number + 1}", name, number + 1, f"cannot read: {e}"))
            return
        if not raw:
            return
        number += 1
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if line.strip(ASCII_WHITE_SPACE):
            yield ("line", name, number, line)


def display_name(uri: str, roots: list[tuple[str, str]]) -> str:
    """The name glaneur gives a file: the input as written, joined with the path below it
    (`archive/2024/a.txt` for `archive/` walked). `roots` pairs each input as written with its
    qualified URI (`file:/home/u/archive`)."""
    for written, root in roots:
        if uri == root:
            return written
        prefix = root.rstrip("/") + "/"
        if uri.startswith(prefix):
            return written.rstrip("/") + "/" + uri[len(prefix) :]
    return uri[len("file:") :] if uri.startswith("file:/") else uri


# --------------------------------------------------------------------------------------------
# Running glaneur on one partition (executor side; no Spark needed).
# --------------------------------------------------------------------------------------------


def _feed(stdin, rows: Iterator[Row], sent: collections.deque, state: dict) -> None:
    """Writes the rows to glaneur's stdin and records each one in `sent` (runs in a thread, so
    that reading glaneur's stdout at the same time never deadlocks, whatever its buffering).
    Error rows are not sent: they go to `state["failed"]`."""
    try:
        number = 0  # glaneur's line number on its standard input
        for row in rows:
            if row[KIND] == "error":
                state["failed"].append(row)
                continue
            if number == 0:
                if not row[DATA].lstrip(ASCII_WHITE_SPACE).startswith(b"{"):
                    state["probe"] = True
                    stdin.write(PROBE + b"\n")
                    number += 1
                state["started"].set()
            number += 1
            sent.append((row, number))
            stdin.write(row[DATA])
            stdin.write(b"\n")
    except BrokenPipeError:
        pass  # glaneur died; its exit status tells why
    except BaseException as e:  # noqa: BLE001 - reported by the reader
        state["error"] = e
    finally:
        state["started"].set()
        try:
            stdin.close()
        except BrokenPipeError:
            pass


def fix_error_record(line: bytes, row: Row, number: int) -> tuple[bool, bytes]:
    """Returns (is_error, record). glaneur names standard input `-` in an error record, with
    its line number there, and makes an id of them when the record has none (`-:7`): write the
    file's name and line instead, as `glaneur extract FILE` would."""
    if b'"error"' not in line:
        return False, line
    record = json.loads(line.decode("utf-8", "surrogateescape"))
    if not isinstance(record, dict) or "error" not in record:
        return False, line
    if record.get("input") == "-":
        if record.get("id") == f"-:{number}":
            record["id"] = f"{row[NAME]}:{row[LINE]}" if row[LINE] is not None else row[NAME]
        record["input"] = row[NAME]
        record["line"] = row[LINE]
    return True, dumps(record)


def run_glaneur(rows: Iterable[Row], command: list[str]) -> Iterator[tuple[bool, bytes]]:
    """Runs glaneur once on the rows of a partition; yields (is_error, record) for each row,
    glaneur's records in input order, then the job's own error records. Raises GlaneurFailed
    when glaneur exits with a status other than 0 or 1, or when the records it wrote do not
    match the documents it was given one for one."""
    rows = iter(rows)
    failed: list[Row] = []
    first = None
    for row in rows:
        if row[KIND] == "error":
            failed.append(row)
        else:
            first = row
            break
    if first is not None:
        yield from _run(first, rows, command, failed)
    for row in failed:
        yield True, row[DATA]


def _run(first: Row, rest: Iterator[Row], command: list[str], failed: list[Row]):
    def rows() -> Iterator[Row]:
        yield first
        yield from rest

    sent: collections.deque = collections.deque()
    with tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr)
        assert proc.stdin is not None and proc.stdout is not None
        try:
            state: dict = {"probe": False, "started": threading.Event(), "error": None, "failed": failed}
            writer = threading.Thread(target=_feed, args=(proc.stdin, rows(), sent, state), daemon=True)
            writer.start()
            written = errors = 0
            state["started"].wait()
            skip_probe = state["probe"]
            for raw in proc.stdout:
                if skip_probe:
                    skip_probe = False
                    continue
                line = raw[:-1] if raw.endswith(b"\n") else raw
                if not sent:
                    raise GlaneurFailed(f"glaneur wrote more records than documents: {line[:200]!r}")
                row, number = sent.popleft()
                is_error, line = fix_error_record(line, row, number)
                errors += is_error
                written += 1
                yield is_error, line
            status = proc.wait()
            writer.join()
            if state["error"] is not None:
                raise GlaneurFailed(f"reading the partition failed: {state['error']!r}")
            if status not in (0, 1) or (status == 1 and errors == 0) or sent:
                stderr.seek(0, os.SEEK_END)
                stderr.seek(max(0, stderr.tell() - 4000))
                tail = stderr.read().decode("utf-8", errors="replace")
                raise GlaneurFailed(
                    f"{' '.join(command)} exited with status {status} after {written} records "
                    f"({errors} errors), {len(sent)} documents without a record; stderr:\n{tail}"
                )
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()


def executor_binary(name: str) -> str:
    """The path of the binary on this executor: an absolute path that exists there (installed
    on every node), else a file shipped with `--files` / `SparkContext.addFile`."""
    if os.path.isabs(name) and os.path.exists(name):
        path = name
    else:
        from pyspark import SparkFiles

        path = SparkFiles.get(os.path.basename(name))
    mode = os.stat(path).st_mode
    if not mode & stat.S_IXUSR:
        try:
            os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except OSError:
            pass
    return path


def partition_runner(binary: str, glaneur_args: list[str]):
    """The function given to `mapPartitions` (a closure that pickles to the executors)."""

    def run(rows):
        command = [executor_binary(binary), "extract", "-", "--format", "jsonl", "--quiet"]
        return run_glaneur(rows, command + glaneur_args)

    return run


# --------------------------------------------------------------------------------------------
# Driver side.
# --------------------------------------------------------------------------------------------


def jvm_path(spark, path: str):
    return spark.sparkContext._jvm.org.apache.hadoop.fs.Path(path)


def qualified(spark, path: str) -> str:
    """The fully qualified URI Spark reports for a path (`data` -> `file:/home/u/data`)."""
    hpath = jvm_path(spark, path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return fs.makeQualified(hpath).toString()


def read_archive(spark, inputs: list[str]):
    """An RDD of Rows, one per document, from files, directories (walked recursively for
    `.txt`, `.jsonl`, `.ndjson` and their `.gz`) or globs, local or on any Hadoop-compatible
    file system (hdfs://, s3a://, abfss://, gs://). Each file is read whole by one task."""
    sc = spark.sparkContext
    roots = [(p, qualified(spark, p)) for p in inputs]

    def rows_of(file):
        path, content = file
        return file_rows(display_name(path, roots), path, bytes(content))

    rdds = []
    named, walked = [], []
    for written, uri in roots:
        path = jvm_path(spark, uri)
        fs = path.getFileSystem(sc._jsc.hadoopConfiguration())
        is_glob = any(c in written for c in "*?[{")
        (walked if is_glob or fs.getFileStatus(path).isDirectory() else named).append(written)
    if named:
        rdds.append(spark.read.format("binaryFile").load(named).select("path", "content").rdd)
    if walked:
        reader = spark.read.format("binaryFile").option("recursiveFileLookup", "true")
        reader = reader.option("pathGlobFilter", WALK_GLOB)
        rdds.append(reader.load(walked).select("path", "content").rdd)
    files = rdds[0] if len(rdds) == 1 else sc.union(rdds)
    return files.flatMap(rows_of)


def record_schema():
    """The part of glaneur's output record the facts table reads. Amounts are read as strings:
    Spark keeps a JSON number's text for a string column, so `100000000` stays `100000000`."""
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType

    arg = StructType([StructField("text", StringType()), StructField("canonical", StringType())])
    money = StructType([StructField("amount", StringType()), StructField("currency", StringType())])
    fact = StructType(
        [StructField("type", StringType())]
        + [StructField(k, arg) for k in ("donor", "recipient", "member", "person", "organization", "country")]
        + [
            StructField("role", StringType()),
            StructField("amount", money),
            StructField("date", StringType()),
            StructField("since", StringType()),
        ]
    )
    return StructType(
        [
            StructField("id", StringType()),
            StructField("error", StringType()),
            StructField("facts", ArrayType(fact)),
        ]
    )


def merged_facts(records):
    """The same fact stated by several documents, once: one row per distinct (type, subject,
    object, role, country, amount, currency, date), with the number of statements and the ids
    of the documents that state it (sorted, separated by ` | `), as glaneur's facts_merged.csv.
    Rows are sorted by count (descending), then by their key. Text cells that a spreadsheet
    would run as a formula get a leading `'`, as glaneur does."""
    from pyspark.sql import functions as F

    facts = records.where(F.col("error").isNull()).select("id", F.explode("facts").alias("f"))
    t = F.col("f.type")

    def pick(contribution, membership, role, funding):
        """A column by fact type (a literal string or a column name under `f`)."""

        def value(v):
            if v is None:
                return F.lit("")
            return F.lit(v[1:]) if v.startswith("=") else F.col(f"f.{v}")

        return (
            F.when(t == "CONTRIBUTION", value(contribution))
            .when(t == "MEMBERSHIP", value(membership))
            .when(t == "ROLE", value(role))
            .when(t == "FUNDING_TARGET", value(funding))
            .otherwise(F.lit(""))
        )

    keyed = facts.select(
        F.col("id"),
        t.alias("type"),
        pick("=donor", "=member", "=person", "=organization").alias("subject_role"),
        pick("donor.canonical", "member.canonical", "person.canonical", "organization.canonical").alias("subject_canonical"),
        pick("=recipient", "=organization", "=organization", None).alias("object_role"),
        pick("recipient.canonical", "organization.canonical", "organization.canonical", None).alias("object_canonical"),
        F.lower(F.col("f.role")).alias("role"),
        F.col("f.country.canonical").alias("country_canonical"),
        F.col("f.amount.amount").alias("amount"),
        F.col("f.amount.currency").alias("currency"),
        pick("date", "since", None, None).alias("date"),
    )
    keyed = keyed.select("id", *[F.coalesce(F.col(c), F.lit("")).alias(c) for c in MERGED_KEY_COLUMNS])
    merged = keyed.groupBy(*MERGED_KEY_COLUMNS).agg(
        F.count(F.lit(1)).alias("count"),
        F.array_join(F.array_sort(F.collect_set("id")), " | ").alias("documents"),
    )
    # One sorted partition: the table is written as one file (and no sampling job is needed).
    merged = merged.repartition(1).sortWithinPartitions(F.col("count").desc(), *MERGED_KEY_COLUMNS)
    formula = "^[=+\\-@\t\r]"

    def neutralized(c):
        return F.when(F.col(c).rlike(formula), F.concat(F.lit("'"), F.col(c))).otherwise(F.col(c)).alias(c)

    text_columns = [c for c in MERGED_COLUMNS if c not in ("amount", "count")]
    return merged.select(*[neutralized(c) if c in text_columns else F.col(c) for c in MERGED_COLUMNS])


def write_facts_table(spark, records_path: str, output: str, delimiter: str = ",") -> tuple[str, int]:
    """Writes `OUTPUT/facts_merged.csv` (one file, with a header) and returns its URI and
    number of rows. Spark writes a directory of part files; the single part is renamed with the
    Hadoop FileSystem API, so this works on HDFS and object stores too."""
    records = spark.read.schema(record_schema()).json(records_path)
    table = merged_facts(records).cache()
    staging = output.rstrip("/") + "/_facts_merged.tmp"
    (
        table.write.mode("overwrite")
        .option("header", "true")
        .option("sep", delimiter)
        .option("escape", '"')
        .option("emptyValue", "")
        .csv(staging)
    )
    rows = table.count()
    table.unpersist()
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    src_dir = jvm.org.apache.hadoop.fs.Path(staging)
    fs = src_dir.getFileSystem(conf)
    parts = [s.getPath() for s in fs.listStatus(src_dir) if s.getPath().getName().startswith("part-")]
    if len(parts) != 1:
        raise RuntimeError(f"expected one part file in {staging}, found {len(parts)}")
    target = jvm.org.apache.hadoop.fs.Path(output.rstrip("/") + "/facts_merged.csv")
    fs.delete(target, False)
    if not fs.rename(parts[0], target):
        raise RuntimeError(f"cannot rename {parts[0].toString()} to {target.toString()}")
    fs.delete(src_dir, True)
    return target.toString(), rows


def ship_binary(spark, binary: str) -> str:
    """Ships a local binary to the executors with `addFile` unless `--files` already did;
    returns the name the executors find it under."""
    sc = spark.sparkContext
    name = os.path.basename(binary)
    shipped = [f for f in sc.getConf().get("spark.files", "").split(",") if f]
    if os.path.isfile(binary) and not any(f == name or f.endswith("/" + name) for f in shipped):
        sc.addFile(os.path.abspath(binary))
    return name


def extract(spark, args) -> dict:
    """Runs the `extract` command; returns its summary (documents, errors, output paths)."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    binary = args.executor_binary or ship_binary(spark, args.binary)
    glaneur_args = list(args.glaneur_arg)
    if args.date:
        glaneur_args += ["--date", args.date]
    if args.threads != 0:
        glaneur_args += ["--threads", str(args.threads or int(sc.getConf().get("spark.task.cpus", "1")))]

    rows = read_archive(spark, args.inputs)
    partitions = args.partitions or max(sc.defaultParallelism, rows.getNumPartitions())
    results = rows.repartition(partitions).mapPartitions(partition_runner(binary, glaneur_args))
    results.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        records_path = args.output.rstrip("/") + "/records"
        # Records are valid UTF-8 unless a document's id was not; keep their bytes as they are.
        texts = results.map(lambda r: (r[1].decode("utf-8", "replace"),))
        writer = spark.createDataFrame(texts, "value string").write.mode("overwrite" if args.overwrite else "errorifexists")
        if args.compression:
            writer = writer.option("compression", args.compression)
        writer.text(records_path)
        documents, errors = results.map(lambda r: (1, int(r[0]))).fold((0, 0), lambda a, b: (a[0] + b[0], a[1] + b[1]))
    finally:
        results.unpersist()
    table, facts = (None, 0)
    if not args.no_facts_table:
        table, facts = write_facts_table(spark, records_path, args.output, args.csv_delimiter)
    return {
        "documents": documents,
        "errors": errors,
        "partitions": partitions,
        "records": records_path,
        "facts_merged": table,
        "merged_facts": facts,
    }


def merge(spark, args) -> dict:
    """Runs the `merge-facts` command; returns its summary."""
    table, facts = write_facts_table(spark, args.records, args.output, args.csv_delimiter)
    return {"facts_merged": table, "merged_facts": facts}


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="glaneur_spark.py", description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="run glaneur over an archive; write records/ and facts_merged.csv")
    e.add_argument("inputs", nargs="+", help="files, directories or globs: local paths or hdfs://, s3a://, ... URIs")
    e.add_argument("--output", required=True, help="output directory (records/, facts_merged.csv)")
    e.add_argument("--binary", default="glaneur", help="glaneur: a local path (shipped with addFile) or the name of a file given to --files (default: glaneur)")
    e.add_argument("--executor-binary", help="absolute path of glaneur installed on every executor (nothing is shipped)")
    e.add_argument("--partitions", type=int, help="partitions to run glaneur on (default: the input's partitions or the default parallelism, whichever is larger)")
    e.add_argument("--date", help="publication date YYYY-MM-DD for documents that carry none")
    e.add_argument("--threads", type=int, help="glaneur's --threads per task (default: spark.task.cpus; 0: do not pass it)")
    e.add_argument("--glaneur-arg", action="append", default=[], help="extra argument for glaneur (repeat), e.g. --glaneur-arg=--gazetteers=gaz")
    e.add_argument("--compression", help="compression of records/ (gzip, bzip2, zstd, ...)")
    e.add_argument("--csv-delimiter", default=",", help="delimiter of facts_merged.csv (';' for French-locale spreadsheets)")
    e.add_argument("--overwrite", action="store_true", help="replace the records of an earlier run in --output")
    e.add_argument("--no-facts-table", action="store_true", help="do not build facts_merged.csv")
    e.add_argument("--fail-on-error", action="store_true", help="exit with status 1 when some documents failed")

    m = sub.add_parser("merge-facts", help="build facts_merged.csv from records written earlier")
    m.add_argument("records", help="directory (or glob) of glaneur JSON Lines records")
    m.add_argument("--output", required=True, help="directory to write facts_merged.csv into")
    m.add_argument("--csv-delimiter", default=",", help="delimiter (';' for French-locale spreadsheets)")
    return p.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("glaneur").getOrCreate()
    try:
        summary = extract(spark, args) if args.command == "extract" else merge(spark, args)
    finally:
        spark.stop()
    print(json.dumps(summary), flush=True)
    return 1 if summary.get("errors") and getattr(args, "fail_on_error", False) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
