"""Markdown tables from a results file of ``bench/actor_map.py`` (for docs/benchmarks.md).

.venv/bin/python bench/report.py bench/results/actor_map.json
"""

import json
import sys
from pathlib import Path


def kb(size: int) -> str:
    return f"{size / 1000:.1f} kB"


def table(title: str, levels: list, rows: dict) -> None:
    sizes = " | ".join(f"{level['size']:,}" for level in levels)
    print(f"\n#### {title}\n")
    print(f"| | {sizes} |\n" + "|---" * (len(levels) + 1) + "|")
    for label, cell in rows.items():
        print(f"| {label} | " + " | ".join(str(cell(level)) for level in levels) + " |")


def main(path: str) -> None:
    results = json.loads(Path(path).read_text())
    levels = results["levels"]
    modes = list(levels[0]["scenarios"])
    names = list(levels[0]["scenarios"][modes[0]])

    def timing(prefix=""):
        def cell(figures):
            text = "{w50:.0f} / **{w95:.0f}**".format(
                w50=figures[f"{prefix}p50_ms"], w95=figures[f"{prefix}p95_ms"]
            )
            if f"{prefix}cpu_p50_ms" in figures:
                text += " (CPU {c50:.0f} / {c95:.0f})".format(
                    c50=figures[f"{prefix}cpu_p50_ms"], c95=figures[f"{prefix}cpu_p95_ms"]
                )
            return text

        return cell

    for mode in modes:
        for prefix, title in (("", "Uncached"), ("cached_", "Cached")):
            cell = timing(prefix)
            table(
                f"{title}: server time p50 / p95 (ms), {mode}",
                levels,
                {
                    name: lambda level, mode=mode, name=name, cell=cell: cell(
                        level["scenarios"][mode][name]
                    )
                    for name in names
                },
            )
    mode = modes[-1]
    table(
        "Payload, features (matching actors), SQL statements",
        levels,
        {
            name: lambda level, name=name: "{size}, {features} ({matching}), {queries}".format(
                size=kb(level["scenarios"][mode][name]["bytes"]), **level["scenarios"][mode][name]
            )
            for name in names
        },
    )
    table(
        "Other figures",
        levels,
        {
            "actors: territory / network": lambda level: (
                f"{level['territory_actors']:,} / {level['network_actors']:,}"
            ),
            "generation time (s, top-up from the previous level)": lambda level: level[
                "generation_s"
            ],
            "load average (1, 5, 15 min)": lambda level: ", ".join(
                str(value) for value in level["load_average"]
            ),
            "/carte/ page, territory": lambda level: _page(level["map_page"], "territory"),
            "/carte/ page, network": lambda level: _page(level["map_page"], "network"),
            "territory CSV export": lambda level: (
                f"{level['export_csv']['ms']} ms, {kb(level['export_csv']['bytes'])}, "
                f"Python peak {level['export_csv']['peak_mib']} MiB"
                if "export_csv" in level
                else "–"
            ),
        },
    )


def _page(pages: dict, name: str) -> str:
    page = pages.get(name) or {}
    if page.get("status") == 200:
        return f"{page['queries']} queries, {page['ms']} ms"
    return f"{page.get('status')} ({page.get('error', '')[:60]})".replace("\n", " ")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bench/results/actor_map.json")
