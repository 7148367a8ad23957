#!/usr/bin/env python3
"""Converts a folder of web archives on Apache Spark: each WARC (or ARC) file goes to an
executor, which runs `offprint convert FILE --stdout` on it; the JSON Lines records come back
as a dataset written to OUTPUT_DIR/jsonl (and OUTPUT_DIR/parquet with --parquet).

    python3 Examples/spark/convert_warcs.py [--master local[2]] [--offprint PATH] [--parquet] INPUT_DIR OUTPUT_DIR

Needs pyspark (PyPI) and a Java that Spark supports (17 for Spark 4), and `offprint` on every
executor (its path is --offprint; on a cluster, install it on the nodes or ship it with
--files). The files are taken in the order of their relative paths and the dataset keeps it,
so the part files of OUTPUT_DIR/jsonl, read in order, hold exactly the records of
`offprint convert INPUT_DIR --bundle all.jsonl` for the same folder of archives (for an
archive in a subfolder, a record's `source.path` names the file without its folder). A file
Offprint cannot read, or a record it cannot convert, is reported on the executor's standard
error and in the job's summary line, and the others go on.
"""
import argparse
import os
import subprocess
import sys

ARCHIVE_ENDINGS = (".warc", ".warc.gz", ".arc", ".arc.gz")


def archives(folder):
    """The archive files under `folder`, as paths relative to it, in name order at each level
    (the order `offprint convert FOLDER` takes them in)."""
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(ARCHIVE_ENDINGS):
                found.append(os.path.relpath(os.path.join(root, name), folder))
    return found


def convert(offprint, folder):
    """A function for the executors: the records of one archive, given by its relative path."""
    def records(relative):
        # Run from the input folder with the relative path, so that each record's source path
        # is what a single-machine run over the folder gives it.
        done = subprocess.run([offprint, "convert", relative, "--stdout", "--jobs", "1"],
                              cwd=folder, capture_output=True, text=True)
        # Errors and warnings go on to the executor's log; offprint's summary line does not.
        problems = [line for line in done.stderr.splitlines() if not line.startswith("Converted ")]
        if problems:
            sys.stderr.write("\n".join(problems) + "\n")
        if done.returncode not in (0, 1):
            raise RuntimeError(f"offprint stopped on {relative} with status {done.returncode}: {done.stderr.strip()}")
        return [line for line in done.stdout.split("\n") if line]
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--master", default="local[2]", help="the Spark master (default: local[2])")
    parser.add_argument("--offprint", default="offprint", help="the offprint executable on the executors")
    parser.add_argument("--parquet", action="store_true", help="also write the records as Parquet")
    parser.add_argument("input", help="a folder of .warc, .warc.gz, .arc or .arc.gz files")
    parser.add_argument("output", help="the folder the datasets are written to (must not exist)")
    options = parser.parse_args()

    from pyspark.sql import SparkSession

    folder = os.path.abspath(options.input)
    offprint = os.path.abspath(options.offprint) if os.sep in options.offprint else options.offprint
    files = archives(folder)
    if not files:
        sys.exit(f"{options.input}: no .warc, .warc.gz, .arc or .arc.gz files")
    spark = SparkSession.builder.master(options.master).appName("offprint-convert-warcs").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        # One partition per archive, in path order: the part files keep the records in order.
        records = spark.sparkContext.parallelize(files, len(files)).flatMap(convert(offprint, folder)).cache()
        count = records.count()
        records.saveAsTextFile(os.path.join(options.output, "jsonl"))
        if options.parquet:
            spark.read.json(records).write.parquet(os.path.join(options.output, "parquet"))
        print(f"Converted {len(files)} archives into {count} records in {options.output}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
