"""Run by the tests in a child process, so that its memory peak is the reading's own:
``python -m tests.actors.read_in_child FILE`` reads the import file with ``read_rows``
and prints, as JSON, the peak resident memory above the start (after Django's set-up and
the readers' imports), the rows read and the refusal's message."""

import json
import os
import resource
import sys
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()

# The app's modules are imported once Django is set up.
from actors.actor_import_files import ImportFileError, read_rows  # noqa: E402


def main(path: str) -> None:
    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began, cpu = time.perf_counter(), time.process_time()
    rows, error = 0, None
    try:
        for _line, _row in read_rows(Path(path)):
            rows += 1
    except ImportFileError as exc:
        error = str(exc)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "above_start_mb": (peak - start) / 1024,  # ru_maxrss is in KiB on Linux
        "rows": rows,
        "error": error,
        "seconds": time.perf_counter() - began,
        "cpu_seconds": time.process_time() - cpu,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
