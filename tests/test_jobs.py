"""--jobs N: parallel processes give the same findings in the same order; progress bar; --statistics."""

from __future__ import annotations

import io

import pytest

from ci_helpers import CLEAN_2019, CLEAN_2024, FAULTY_2019, FAULTY_2024, cli, copy
from govaudit.pipeline import check_paths
from govaudit.report.progress import progress_factory


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """Several workbooks, with an unreadable one in the middle (its place in the order must hold too)."""
    root = tmp_path_factory.mktemp("batch")
    for i, src in enumerate([FAULTY_2024, CLEAN_2019, FAULTY_2019, CLEAN_2024, FAULTY_2024, FAULTY_2019]):
        copy(src, root / f"{i % 3}", f"{i}-{src.name}")
    (root / "1" / "1a-坏文件.xlsx").write_bytes(b"not a zip")
    return root


def test_jobs_2_same_findings_same_order_as_jobs_1(folder):
    one = check_paths([str(folder)], jobs=1)
    two = check_paths([str(folder)], jobs=2)
    assert len(one.files) == 7 and len(one.findings) > 50
    assert [s.model_dump() for s in two.files] == [s.model_dump() for s in one.files]
    assert [f.model_dump() for f in two.findings] == [f.model_dump() for f in one.findings]


def test_jobs_on_the_command_line(folder, monkeypatch):
    monkeypatch.chdir(folder)
    one = cli("check", ".", "--format", "json", "--jobs", "1")
    two = cli("check", ".", "--format", "json", "-j", "2")
    every = cli("check", ".", "--format", "json", "--jobs", "0")  # 0: one process per CPU
    assert one.exit_code == two.exit_code == every.exit_code == 2  # the unreadable file
    assert one.stdout == two.stdout == every.stdout
    assert cli("check", ".", "--jobs", "-1").exit_code == 2


def test_jobs_with_configuration_per_folder(folder, monkeypatch, tmp_path):
    import shutil

    root = tmp_path / "b"
    shutil.copytree(folder, root)
    (root / "1" / "govaudit.toml").write_text('select = ["CMP"]\n', encoding="utf-8")
    monkeypatch.chdir(root)
    one = cli("check", ".", "--format", "json")
    two = cli("check", ".", "--format", "json", "--jobs", "2")
    assert one.stdout == two.stdout
    in_1 = [f["code"] for f in two.json()["findings"] if f["file"].startswith("1/")]
    assert in_1 and all(c.startswith("CMP") for c in in_1)


class _Recorder:
    def __init__(self):
        self.total, self.advanced, self.closed = None, 0, False

    def __call__(self, total):
        self.total = total
        return self

    def advance(self):
        self.advanced += 1

    def close(self):
        self.closed = True


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_is_told_about_every_file(folder, jobs):
    rec = _Recorder()
    check_paths([str(folder)], jobs=jobs, progress=rec)
    assert (rec.total, rec.advanced, rec.closed) == (7, 7, True)


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_for_more_than_a_few_files():
    assert progress_factory(io.StringIO()) is None  # not a terminal: no bar at all
    start = progress_factory(_Tty())
    assert start is not None
    assert start(2) is None  # a couple of files: not worth a bar
    stream = _Tty()
    bar = progress_factory(stream)(10)
    for _ in range(10):
        bar.advance()
    bar.close()
    assert "检查工作簿" in stream.getvalue()


def test_no_progress_output_when_stderr_is_not_a_terminal(folder, monkeypatch):
    monkeypatch.chdir(folder)
    run = cli("check", ".", "--format", "json", "--jobs", "2")
    assert "检查工作簿" not in run.stderr and "━" not in run.stderr


def test_statistics_text_and_json(folder, monkeypatch):
    monkeypatch.chdir(folder)
    data = cli("check", ".", "--format", "json", "--statistics").json()
    stats = data["statistics"]
    assert sum(s["count"] for s in stats) == len(data["findings"])
    counts = [s["count"] for s in stats]
    assert counts == sorted(counts, reverse=True)
    tbl001 = next(s for s in stats if s["code"] == "TBL001")
    assert tbl001["title"] and tbl001["count"] == sum(f["code"] == "TBL001" for f in data["findings"])

    text = cli("check", ".", "--statistics").stdout
    tail = text[text.index("统计（按规则）："):]
    assert tail.splitlines()[1].split()[:2] == [stats[0]["code"], str(stats[0]["count"])]
    assert tbl001["title"] in tail
    assert "统计" not in cli("check", ".").stdout
