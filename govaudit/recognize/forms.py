"""部门预算项目绩效自评表 recognition (see issue: performance forms). Returns None until implemented."""

from __future__ import annotations

from govaudit.recognize.grid import Block


def build_form(block: Block, file: str):
    return None, []
