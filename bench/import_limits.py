"""Hostile import files: how fast they are refused and how much memory reading them takes
(figures go to docs/benchmarks.md).

    .venv/bin/python bench/import_limits.py

Writes the files of issue 17 (``tests/actors/hostile_files.py``: shared strings expanding
to 300 MB, the same with a lying zip, 8 million tiny shared strings, 3 million rows) and a
realistic XLSX of 50,000 rows, then reads each with ``read_rows`` in a child process and
prints its refusal, wall and CPU seconds, and resident peak above the child's start.
"""

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from tests.actors.hostile_files import (  # noqa: E402
    expanding_strings,
    lying_strings,
    read_in_child,
    three_million_rows,
    tiny_strings,
)


def realistic(path: Path, rows: int = 50_000) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["external_id", "name", "kind", "description", "address", "postcode", "city"])
    for i in range(rows):
        sheet.append(
            [f"id{i}", f"Acteur {i}", "association", f"Présentation de l’acteur {i}.",
             f"{i} rue Haute", "94220", "Charenton-le-Pont"]
        )  # fmt: skip
    workbook.save(path)
    return path


def main() -> None:
    makers = {
        "shared strings expanding to 300 MB": expanding_strings,
        "same, zip declaring 1 MB": lying_strings,
        "8 million tiny shared strings": tiny_strings,
        "3 million rows": three_million_rows,
        "realistic, 50,000 rows (accepted)": realistic,
    }
    print("| file | size on disk | answer | wall s | CPU s | peak above start |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, make in makers.items():
            path = make(Path(folder) / "acteurs.xlsx")
            result = read_in_child(path)
            answer = result["error"] or f"{result['rows']:,} rows read"
            print(
                f"| {name} | {path.stat().st_size / 1024:,.0f} KiB | {answer[:60]} "
                f"| {result['seconds']:.1f} | {result['cpu_seconds']:.1f} "
                f"| {result['above_start_mb']:.0f} MiB |"
            )
            path.unlink()


if __name__ == "__main__":
    main()
