"""pipeline.check_file checks a workbook with the cyclic garbage collector paused (issue 13: its cells, figures and
places all live to the end of the check and form no cycles; each young collection scanned them again), and gives
the collector back as it found it: enabled after the check (also when the check fails), still disabled if the caller
had disabled it. Other files (Word, PDF: third-party readers that may leave cycles) are checked with it running."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from govaudit import pipeline
from govaudit.pipeline import Options, check_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
WORKBOOK = SAMPLES / "决算公开表-2024-上海式-有误.xlsx"
DOCUMENT = SAMPLES / "决算公开-2019-唐山高新区人社局-原样有误.docx"


def _spy(monkeypatch, fail: bool = False) -> list[bool]:
    seen: list[bool] = []
    real = pipeline._check_file

    def spy(path, options):
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("boom")
        return real(path, options)

    monkeypatch.setattr(pipeline, "_check_file", spy)
    return seen


@pytest.fixture(autouse=True)
def _collector_back():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()


def test_a_workbook_is_checked_with_the_collector_paused(monkeypatch):
    seen = _spy(monkeypatch)
    gc.enable()
    status, findings = check_file(WORKBOOK, Options())
    assert seen == [False] and gc.isenabled()
    assert status.status == "checked" and findings


def test_the_collector_comes_back_when_the_check_fails(monkeypatch):
    seen = _spy(monkeypatch, fail=True)
    gc.enable()
    with pytest.raises(RuntimeError):
        check_file(WORKBOOK, Options())
    assert seen == [False] and gc.isenabled()


def test_a_collector_disabled_by_the_caller_stays_disabled(monkeypatch):
    seen = _spy(monkeypatch)
    gc.disable()
    check_file(WORKBOOK, Options())
    assert seen == [False] and not gc.isenabled()


def test_a_word_document_is_checked_with_the_collector_running(monkeypatch):
    seen = _spy(monkeypatch)
    gc.enable()
    check_file(DOCUMENT, Options())
    assert seen == [True] and gc.isenabled()
