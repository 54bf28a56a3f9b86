"""Regenerate the 预算 sample workbooks: python samples/make_budget_samples.py

The official blank 上海 2026 部门预算 / 单位预算 templates (samples/templates/, copies of
../shared/real/budget/上海-普陀区-2026-*预算公开模板.xlsx) filled with one consistent budget (budget_data.py):
a clean and a faulty workbook of each; and a 江苏式 部门预算 (公开01–12表, jiangsu_budget.py), clean and faulty.
samples/README.md lists what govaudit reports on each.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import budget_data  # noqa: E402
from budget_data import DEPARTMENT, YEAR, ordered_codes  # noqa: E402

TEMPLATES = HERE / "templates"
YUAN = "#,##0"
WAN = "0.00"
NUMERALS = "一二三四五六七八九十"

# template sheet (without its 部门/单位 prefix) → what is printed there
SHEETS = {"收支总表": "B01", "收入总表": "B02", "支出总表": "B03", "财政拨款收支总表": "B04",
          "一般公共预算拨款表": "B05", "政府性基金拨款表": "B06", "国有资本经营预算拨款表": "B07",
          "一般公共预算拨款基本支出明细表": "B08", "“三公”经费和机关运行费预算表": "B09"}


class Filler:
    """Writes figures into a template and remembers where each went: (kind, row key, column key) → cell."""

    def __init__(self, wb, scope: str):
        self.wb, self.scope = wb, scope
        self.at: dict[tuple[str, str, str], object] = {}
        self.sheet = {kind: wb[name] for name in wb.sheetnames
                      for suffix, kind in SHEETS.items() if name.strip() == scope + suffix}

    def put(self, kind, row, col, key_row, key_col, value, fmt=YUAN):
        cell = self.sheet[kind].cell(row=row, column=col)
        if isinstance(value, Decimal):
            cell.value, cell.number_format = float(value), fmt
        elif isinstance(value, int):
            cell.value, cell.number_format = value, fmt
        else:
            cell.value = value
        if key_row is not None:
            self.at[(kind, key_row, key_col)] = cell
        return cell


def clear(ws, first_row: int, last_row: int | None = None) -> None:
    """Empty the template's placeholder rows (and their merges) from first_row down."""
    last_row = last_row or ws.max_row
    for rng in list(ws.merged_cells.ranges):
        if rng.min_row >= first_row and rng.max_row <= last_row:
            ws.unmerge_cells(str(rng))
    for row in ws.iter_rows(min_row=first_row, max_row=last_row):
        for cell in row:
            cell.value = None


def coded(f: Filler, kind: str, rows: dict, names: dict, columns: list[str], note: str | None = None,
          split=(3, 2, 2), first_value_col=5) -> None:
    """类/款/项 in the first columns, the name, then the figures; 合计 last (merged over the code and name cells)."""
    ws = f.sheet[kind]
    clear(ws, 9)
    r = 9
    for code in ordered_codes(rows):
        parts = [code[:3], code[3:5], code[5:7]][: len(split)]
        ws.cell(row=r, column=1, value=int(parts[0]))
        for i, part in enumerate(parts[1:], start=2):
            if part:
                c = ws.cell(row=r, column=i, value=part)
                c.number_format = "@"
        ws.cell(row=r, column=first_value_col - 1, value=names[code])
        for j, key in enumerate(columns):
            f.put(kind, r, first_value_col + j, code, key, rows[code][key])
        r += 1
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=first_value_col - 1)
    total = rows.get("total")
    for j, key in enumerate(columns):
        f.put(kind, r, first_value_col + j, "total", key, total[key] if total else None)
    if note:
        ws.cell(row=r + 1, column=1, value=note)


def two_sided(f: Filler, kind: str, first: int, left: list[tuple[str, str, int]],
              right: list[tuple[str, str, dict]], right_cols: list[str], total_row: int,
              totals: tuple[int, dict]) -> None:
    ws = f.sheet[kind]
    clear(ws, first)
    for i, (label, key, value) in enumerate(left):
        ws.cell(row=first + i, column=1, value=label)
        f.put(kind, first + i, 2, key, "amount", value)
    for i, (label, key, values) in enumerate(right):
        ws.cell(row=first + i, column=3, value=label)
        for j, col in enumerate(right_cols):
            f.put(kind, first + i, 4 + j, key, col, values[col])
    ws.cell(row=total_row, column=1, value="收入总计")
    f.put(kind, total_row, 2, "income_grand_total", "amount", totals[0])
    ws.cell(row=total_row, column=3, value="支出总计")
    for j, col in enumerate(right_cols):
        f.put(kind, total_row, 4 + j, "expense_grand_total", col, totals[1][col])


def fill(scope: str, data: dict, title_scope: str | None = None):
    """The template of `scope` ("部门" / "单位") filled with `data`; title_scope: print the titles as another
    scope's (a 单位预算 that calls itself 部门预算)."""
    wb = openpyxl.load_workbook(TEMPLATES / f"上海-普陀区-2026-{scope}预算公开模板.xlsx")
    f = Filler(wb, scope)
    names, views = data["names"], data["views"]
    every, general = views["all"], views["general"]
    meta = "编制部门：" if scope == "部门" else "编制单位："
    for kind, ws in f.sheet.items():
        for row in ws.iter_rows(max_row=4):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(meta):
                    cell.value = meta + data.get("department_of", {}).get(kind, DEPARTMENT)
                if title_scope and isinstance(cell.value, str) and cell.value.startswith(f"{YEAR}年") and \
                        cell.value.endswith("表"):
                    cell.value = cell.value.replace("预算单位", title_scope).replace(f"{YEAR}年单位", f"{YEAR}年{title_scope}")
    # the template's placeholder text (XX, '1.', '2. ……') written out as a real department would
    texts = {"主要职能": f"{DEPARTMENT}主要职能是：贯彻执行国家和本市有关法律、法规和方针政策；负责本行业的管理、服务和监督。",
             "机构设置": (f"{DEPARTMENT}部门预算是包括本部以及下属1家预算单位的综合收支计划。本部门中，行政单位1家，"
                      f"事业单位1家。" if scope == "部门" else f"{DEPARTMENT}设5个内设机构，包括：办公室、财务科、"
                      f"业务一科、业务二科和执法队。")}
    for name in wb.sheetnames:
        for suffix, text in texts.items():
            if name.endswith(suffix.replace("主要职能", "职能")) and wb[name]["A3"].value:
                wb[name]["A3"].value = text
    cover = wb["封面"]
    for row in cover.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "XX" in cell.value:
                cell.value = cell.value.replace("上海市普陀区XX" + scope, DEPARTMENT).replace("XX", DEPARTMENT)
    written_out(wb, scope, set(f.sheet.values()))

    cats = [c for c in ordered_codes(every) if len(c) == 3]
    tot = every["total"]
    # 1 财务收支预算总表
    left = [("一、财政拨款收入", "income.fiscal", tot["fiscal"]), ("1. 一般公共预算", "fiscal.general", tot["general"]),
            ("2. 政府性基金预算", "fiscal.gov_fund", tot["gov_fund"]),
            ("3. 国有资本经营预算", "fiscal.state_capital", tot["state_capital"]),
            ("二、事业收入", "income.business", tot["business"]),
            ("三、事业单位经营收入", "income.operating", tot["operating"]),
            ("四、其他收入", "income.other", tot["other"])]
    right = [(f"{NUMERALS[i]}、{names[c]}", c, every[c]) for i, c in enumerate(cats)]
    if scope == "部门":
        right_cols = ["total"]
        two_sided(f, "B01", 8, left, right, right_cols, 21, (tot["total"], tot))
        # the 部门 form has one 预算数 column: its key is "amount"
        for (k, row, col), cell in list(f.at.items()):
            if k == "B01" and col == "total":
                f.at[(k, row, "amount")] = f.at.pop((k, row, col))
    else:
        two_sided(f, "B01", 10, left, right, ["total", "personnel", "public", "project"], 21, (tot["total"], tot))
    # 2 收入预算总表, 3 支出预算总表
    coded(f, "B02", every, names, ["total", "fiscal", "business", "operating", "other"])
    coded(f, "B03", every, names, ["total", "basic", "project"])
    # 4 财政拨款收支预算总表
    fiscal_cats = [c for c in cats if every[c]["fiscal"]]
    left4 = [("一、一般公共预算", "income.general", tot["general"]), ("二、政府性基金预算", "income.gov_fund", tot["gov_fund"]),
             ("三、国有资本经营预算", "income.state_capital", tot["state_capital"])]
    right4 = [(f"{NUMERALS[i]}、{names[c]}", c, every[c] | {"total": every[c]["fiscal"]}) for i, c in enumerate(fiscal_cats)]
    two_sided(f, "B04", 8, left4, right4, ["total", "general", "gov_fund", "state_capital"], 21,
              (tot["fiscal"], tot | {"total": tot["fiscal"]}))
    # 5–7 by fund
    coded(f, "B05", general, names, ["total", "basic", "project"])
    coded(f, "B06", views["gov_fund"], names, ["total", "basic", "project"])
    empty7 = f"注：本{scope}{YEAR}年无国有资本经营预算财政拨款安排的预算，故本表为空表。"
    coded(f, "B07", views["state_capital"], names, ["total", "basic", "project"],
          note=None if data.get("drop_note_B07") else empty7)
    # 8 基本支出 by economic class
    coded(f, "B08", data["economic"], data["econ_names"], ["total", "personnel", "public"], split=(3, 2),
          first_value_col=4)
    # 9 三公 and 机关运行经费, 万元
    s = {k: Decimal(v) for k, v in data["sangong"].items()}
    s["car_total"] = s["car_purchase"] + s["car_run"]
    s["sanggong"] = data.get("sanggong_total", s["abroad"] + s["reception"] + s["car_total"])
    for col, key in enumerate(["sanggong", "abroad", "reception", "car_total", "car_purchase", "car_run", "admin_run"],
                              start=1):
        f.put("B09", 7, col, "budget", key, s[key], WAN)
    return wb, f


def written_out(wb, scope: str, tables: set) -> None:
    """The text sheets' other placeholders as a department writes them out: a heading's “XX（部门）” is its name;
    a paragraph of the template's model text (“收入预算x,xxx万元…”, “共有车辆XX辆”) is replaced by a plain
    sentence, since these samples give their figures in the tables only."""
    for ws in wb.worksheets:
        if ws in tables or ws.title == "封面":
            continue
        for row in ws.iter_rows():
            for cell in row:
                text = cell.value
                if not isinstance(text, str) or "XX" not in text:
                    continue
                named = text.replace(f"XX（{scope}）", DEPARTMENT).replace(f"上海市普陀区XX{scope}", DEPARTMENT)
                named = DEPARTMENT + named[2:] if named.startswith("XX") and "\n" not in named else named
                cell.value = named if "XX" not in named else \
                    f"{DEPARTMENT}{YEAR}年预算的收支情况见本公开中的各张预算表。"


def faulty_department(f: Filler) -> None:
    f.at[("B03", "2010301", "basic")].value = 7_358_780  # was 7,538,780: two digits swapped
    f.at[("B01", "income.business", "amount")].value = 365_000  # was 356,000
    f.at[("B08", "30201", "public")].value = 630_000  # was 360,000 (the row's 合计 still says 360,000)
    f.at[("B09", "budget", "reception")].value = 2.10  # was 1.20; the 合计 still says 9.70
    f.sheet["B06"]["A4"].value = "编制部门：上海市某区某某某局"  # another department's name


def faulty_unit(f: Filler) -> None:
    f.at[("B01", "201", "personnel")].value = 8_741_240  # was 8,471,240
    f.at[("B05", "total", "basic")].value = 13_374_683  # was 13,347,683 (= 8 合计)


def faulty_jiangsu(at: dict) -> None:
    at[("B01", "use.reserve", "amount")].value = 1868.02  # was 1,886.02: two digits swapped
    at[("B09", "budget", "meeting")].value = 45.00  # was 40.00; the 合计 still says 336.60
    at[("B10", "2010202", "amount")].value = 3195.78  # was 3,159.78 (公开07表 still says 3,159.78)


def main(out: Path = HERE) -> list[Path]:
    made = []

    def save(wb, name):
        path = out / name
        wb.save(path)
        made.append(path)

    data = budget_data.build()
    wb, _f = fill("部门", data)
    save(wb, "预算公开表-2026-上海部门-无误.xlsx")
    wb, f = fill("部门", data | {"drop_note_B07": True})
    faulty_department(f)
    save(wb, "预算公开表-2026-上海部门-有误.xlsx")
    wb, _f = fill("单位", data)
    save(wb, "预算公开表-2026-上海单位-无误.xlsx")
    wb, f = fill("单位", data, title_scope="部门")
    faulty_unit(f)
    save(wb, "预算公开表-2026-上海单位-有误.xlsx")
    import jiangsu_budget

    wb, _at = jiangsu_budget.build()
    save(wb, "预算公开表-2019-江苏式-无误.xlsx")
    wb, at = jiangsu_budget.build()
    faulty_jiangsu(at)
    save(wb, "预算公开表-2019-江苏式-有误.xlsx")
    return made


if __name__ == "__main__":
    for p in main():
        print(p.name)
