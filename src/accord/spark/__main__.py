"""`spark-submit .../accord/spark/__main__.py INPUT OUTPUT [options]`: accord spark-ingest on a cluster."""

import sys

import typer

from accord.cli.spark import app

if __name__ == "__main__":
    typer.main.get_command(app)(["spark-ingest", *sys.argv[1:]], prog_name="accord spark-ingest")
