"""Write 绩效自评表 sample workbooks: python samples/make_forms.py (python samples/make_samples.py writes them too).

- the seed's 18 forms, as printed (河北 2019 layout, mistakes included; data in seed_forms.py);
- a clean workbook in each of the three layouts (河北, 中央式, 四川式) and a faulty copy of each, whose
  findings are listed in samples/README.md;
- the nine tables and forms in one workbook.
"""

from __future__ import annotations

import copy
import re
import sys
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import seed_forms  # noqa: E402

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_PERCENT = re.compile(r"^-?\d+(\.\d+)?%$")


def set_value(cell, text, text_numbers=False):
    """Put a value as printed: '15.00' → 15 shown as 0.00, '57.50%' → 0.575 shown as 0.00%, other text as text.
    With text_numbers, numbers stay text (as some preparers type them)."""
    if text is None or text == "":
        return cell
    if isinstance(text, (int, float, Decimal)):
        text = str(text)
    s = text
    if not text_numbers and _NUMBER.match(s):
        cell.value = float(s) if "." in s else int(s)
        decimals = len(s.split(".")[1]) if "." in s else 0
        if decimals and s.endswith("0"):
            cell.number_format = "0." + "0" * decimals
        return cell
    if not text_numbers and _PERCENT.match(s):
        body = s[:-1]
        decimals = len(body.split(".")[1]) if "." in body else 0
        cell.value = float(Decimal(body) / 100)
        cell.number_format = "0" + ("." + "0" * decimals if decimals else "") + "%"
        return cell
    cell.value = text
    return cell


class Sheet:
    """A cursor over a worksheet with an origin (row, col) so a form can be written anywhere."""

    def __init__(self, ws, row=1, col=1, text_numbers=False, merge=True):
        self.ws, self.row, self.col0, self.text_numbers, self.merge_cells = ws, row, col, text_numbers, merge

    def put(self, r, c, value, bold=False):
        cell = self.ws.cell(row=r, column=self.col0 + c - 1)
        set_value(cell, value, self.text_numbers)
        cell.border = BOX
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        if bold:
            cell.font = Font(bold=True)
        return cell

    def span(self, r1, c1, r2, c2, value=None, bold=False, force=False):
        """Write value at (r1, c1) and merge to (r2, c2); without merging (merge=False) the covered cells stay
        blank, as in files that repeat nothing and merge nothing."""
        self.put(r1, c1, value, bold)
        if (r2 > r1 or c2 > c1) and (self.merge_cells or force or r2 == r1):
            self.ws.merge_cells(start_row=r1, start_column=self.col0 + c1 - 1,
                                end_row=r2, end_column=self.col0 + c2 - 1)

    def width(self, widths):
        from openpyxl.utils import get_column_letter

        for i, w in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(self.col0 + i)].width = w


# ---------------------------------------------------------------------------------------- 河北 2019
def write_hebei(s: Sheet, f: dict) -> None:
    """One form in the 河北 2019 layout (8 columns A–H), from a seed_forms-style dict; s.row moves past it."""
    r = s.row
    if f.get("head") == "paragraph":  # title, year and 填报部门 as paragraphs above the table
        for text in (f["title"], f["year"], f["dept"][0]):
            s.ws.cell(row=r, column=s.col0, value=text)
            r += 1
        s.ws.cell(row=r - 3, column=s.col0).font = Font(bold=True, size=14)
    else:
        s.span(r, 1, r, 8, f["title"], bold=True)
        s.ws.cell(row=r, column=s.col0).font = Font(bold=True, size=14)
        s.span(r + 1, 1, r + 1, 8, f["year"])
        dept = f["dept"]
        for i, v in enumerate(dept):
            if i == len(dept) - 1 and len(dept) < 8:
                s.span(r + 2, i + 1, r + 2, 8, v)
            else:
                s.put(r + 2, i + 1, v)
        r += 3
    # 一、基本情况
    section, l1, v1, l2, v2 = f["basic"]
    s.put(r, 1, section, bold=True)
    s.put(r, 2, l1)
    s.span(r, 3, r, 5, v1)
    s.put(r, 6, l2)
    s.span(r, 7, r, 8, v2)
    r += 1
    # 二、预算执行情况
    head = f["budget_head"]
    s.span(r, 1, r + 3, 1, head[0], bold=True)
    s.span(r, 2, r, 3, head[1])
    s.span(r, 4, r, 5, head[2])
    s.span(r, 6, r, 7, head[3])
    s.put(r, 8, head[4])
    for i, line in enumerate(f["budget"], start=1):
        for j, v in enumerate(line):
            s.put(r + i, 2 + j, v)
    r += 4
    # 三、目标完成情况 (a row of values and two empty rows)
    head = f["goal_head"]
    s.span(r, 1, r + 3, 1, head[0], bold=True)
    s.span(r, 2, r, 4, head[1])
    s.span(r, 5, r, 7, head[2])
    s.put(r, 8, head[3])
    for i in range(1, 4):
        goal = f["goal"] if i == 1 else ["", "", ""]
        s.span(r + i, 2, r + i, 4, goal[0])
        s.span(r + i, 5, r + i, 7, goal[1])
        s.put(r + i, 8, goal[2])
    r += 4
    # 四、年度绩效指标完成情况
    head = f["ind_head"]
    inds = f["indicators"]
    s.span(r, 1, r + len(inds) + 1, 1, head[0], bold=True)
    s.put(r, 2, head[1])
    s.put(r, 3, head[2])
    s.span(r, 4, r, 5, head[3])
    for j, v in enumerate(head[4:]):
        s.put(r, 6 + j, v)
    top = r + 1
    runs = {2: [], 3: []}  # column → [(first row, last row)] of each 一级 / 二级 run
    for i, ind in enumerate(inds):
        rr = top + i
        l1_, l2_, *rest = ind
        for col, v in ((2, l1_), (3, l2_)):
            if v or not runs[col] or (col == 3 and l1_):
                runs[col].append([rr, rr, v])
            else:
                runs[col][-1][1] = rr
        if len(rest) == 5:  # 三级 name and description in two cells
            for j, v in enumerate(rest):
                s.put(rr, 4 + j, v)
        else:
            s.span(rr, 4, rr, 5, rest[0])
            for j, v in enumerate(rest[1:]):
                s.put(rr, 6 + j, v)
    for col, spans in runs.items():
        for first, last, v in spans:
            if s.merge_cells:
                s.span(first, col, last, col, v)
            else:
                s.put(first, col, v)
                for rr in range(first + 1, last + 1):
                    s.put(rr, col, None)
    r = top + len(inds)
    s.span(r, 2, r, 7, "总分")
    s.put(r, 8, f["total"])
    r += 1
    s.put(r, 1, f.get("grade_lead", ""))
    s.span(r, 2, r, 7, "评价等级")
    s.put(r, 8, f["grade"])
    r += 1
    s.put(r, 1, f["problems"][0], bold=True)
    s.span(r, 2, r, 8, f["problems"][1])
    r += 1
    if isinstance(f["filler"], str):  # a paragraph below the table
        s.ws.cell(row=r + 1, column=s.col0, value=f["filler"])
        r += 2
    else:
        for j, v in enumerate(f["filler"]):
            s.put(r, 1 + j, v)
        r += 1
    s.row = r


def seed_workbook() -> Workbook:
    """The seed's 18 forms as printed: one a sheet, except 8–11 (组织处, title as paragraphs) stacked on one."""
    wb = Workbook()
    wb.remove(wb.active)
    stacked = None
    for f in seed_forms.FORMS:
        if 8 <= f["no"] <= 11:
            if stacked is None:
                stacked = Sheet(wb.create_sheet("表8-11 组织处"))
            else:
                stacked.row += 2
            write_hebei(stacked, f)
            stacked.width([14, 16, 16, 26, 22, 14, 14, 12])
            continue
        s = Sheet(wb.create_sheet(f"表{f['no']}"))
        write_hebei(s, f)
        s.width([14, 16, 16, 26, 22, 14, 14, 12])
    return wb


def hebei(no, dept, project, unit_name, budget, goal, indicators, total, grade, problems="", filler="填报人：王敏",
          head="table"):
    """A 河北-layout form dict from plain values (budget: 3 rows × (预算, 到位, 执行) and the rate)."""
    (b, a, e, rate), (fb, fa, fe), (ob, oa, oe) = budget
    return {
        "no": no, "head": head, "title": "部门预算项目绩效自评表", "year": "（2019年度）",
        "dept": [f"填报部门：{dept}"] if head == "paragraph" else [f"填报部门：{dept}", "", "", "", "", "", "金额单位：万元"],
        "basic": ["一、基本情况", "项目名称", project, "实施预算单位", unit_name],
        "budget_head": ["二、预算执行情况", "预算安排情况（调整后）", "资金到位情况", "资金执行情况", "预算执行进度"],
        "budget": [["预算数：", b, "到位数：", a, "执行数：", e, rate],
                   ["其中：财政资金", fb, "其中：财政资金", fa, "其中：财政资金", fe, ""],
                   ["其他", ob, "其他", oa, "其他", oe, ""]],
        "goal_head": ["三、目标完成情况", "年度预期目标", "具体完成情况", "总体完成率"],
        "goal": goal,
        "ind_head": ["四、年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "预期指标值", "实际完成值", "自评得分"],
        "indicators": indicators, "total": total, "grade_lead": "", "grade": grade,
        "problems": ["五、存在问题、原因及下一步整改措施", problems],
        "filler": filler if head == "paragraph" else [filler, "", "", "", "", "", "联系电话：", "5776000"],
    }


def hebei_clean() -> list[dict]:
    a = hebei(1, "劳动监察大队", "劳动监察专项资金", "劳动和社会保障监察大队",
              [("3.00", "3.00", "2.96", "98.67%"), ("3.00", "3.00", "2.96"), ("", "", "")],
              ["办案、调查取证、宣传等日常工作支出。", "全年支出2.96万元，各项工作按计划完成。", "100%"],
              [["产出指标（50）", "数量指标", "规模以上企业劳动合同签订率（%）", "≥100%", "100%", "12"],
               ["", "", "日常检查企业数（家）", "≥300", "320", "12"],
               ["", "质量指标", "宣传活动（次）", "≥10", "12", "13"],
               ["", "时效指标", "案件按期办结率", "100%", "100%", "13"],
               ["效益指标（30）", "社会效益指标", "重大违法案件查处率（%）", "≥100%", "100%", "15"],
               ["", "可持续影响指标", "劳动保障监察案件结案率（%）", "≥95%", "98%", "15"],
               ["满意度指标（10）", "服务对象满意度指标", "服务对象满意度", "≥90%", "95%", "10"],
               ["预算执行率（10）", "预算执行率", "预算执行进度", "100%", "98.67%", "9"]],
              "99", "优", "无。")
    b = hebei(2, "人才交流中心", "就业扶持专项资金", "人社局",
              [("120.00", "120.00", "108.00", "90.00%"), ("100.00", "100.00", "90.00"), ("20.00", "20.00", "18.00")],
              ["拨付就业扶持补助资金，安置就业困难人员。", "补贴按时发放，就业困难人员全部安置。", "90%"],
              [["产出指标（50）", "数量指标", "服务贫困劳动力人数", ">=20人次", "56", "15"],
               ["", "质量指标", "贫困劳动力就业率", ">=100%", "100%", "10"],
               ["", "时效指标", "补贴发放完成率", ">=100%", "100%", "10"],
               ["", "成本指标", "补贴标准", ">=600元/人/月", "600元/人/月", "10"],
               ["效益指标（30）", "经济效益指标", "是否足额拨付资金", "是", "是", "10"],
               ["", "社会效益指标", "稳定就业人数", ">=20人次", "56", "10"],
               ["", "可持续影响指标", "政策持续发挥作用", "是", "是", "5"],
               ["满意度指标（10）", "满意度指标", "服务对象满意度（%）", ">=90%", "85%", "8"],
               ["预算执行率（10）", "预算执行率", "资金执行情况", ">=100%", "90.00%", "9"]],
              "87", "良", "部分补贴年底拨付，执行率未达 100%。")
    c = hebei(3, "组织处", "远程教育站点专项资金", "人社局",
              [("50.00", "50.00", "25.00", "50.00%"), ("50.00", "50.00", "25.00"), ("", "", "")],
              ["站点能够正常使用。", "6 个村搬迁，站点未建。", "50%"],
              [["产出指标（50）", "数量指标", "全区站点个数", "≤52", "46", "15"],
               ["", "时效指标", "拨付时间", "是否及时拨付", "否", "5"],
               ["", "成本指标", "标准（元/年/个）", "400", "400", "10"],
               ["效益指标（30）", "社会效益指标", "站点使用次数", "是否符合要求", "否", "10"],
               ["", "可持续影响指标", "党员学习成果", "学习是否有成效", "是", "5"],
               ["满意度指标（10）", "满意度指标", "党员满意度（%）", "≥90", "80", "5"],
               ["预算执行率（10）", "预算执行率", "预算执行进度", "≥90", "50", "5"]],
              "55", "差", "因村庄搬迁，站点未建，资金未支出。", filler="填报人：刘芸", head="paragraph")
    return [a, b, c]


def hebei_faulty() -> list[dict]:
    """The clean forms with known errors (listed in README.md)."""
    a, b, c = copy.deepcopy(hebei_clean())
    # a: 到位数 3.20 > 预算数 3.00 (PRF002); 执行 2.9991 shown as 99% (truncated, PRF005);
    #    产出 scores 15+15+13+12 = 55 > 50 (PRF101); 总分 95 ≠ Σ 99 (PRF104)
    a["budget"][0][3] = a["budget"][1][3] = "3.20"
    a["budget"][0][5] = a["budget"][1][5] = "2.9991"
    a["budget"][0][6] = "99%"
    a["indicators"][7][4] = ""
    a["indicators"][0][5] = a["indicators"][1][5] = "15"
    a["indicators"][2][5], a["indicators"][3][5] = "13", "12"
    a["indicators"][4][5], a["indicators"][5][5] = "13", "12"
    a["total"] = "95"
    # b: 执行数 108 ≠ 90 + 20 (PRF001); 执行率 35.6% (PRF004); 预算执行率 10 分 (PRF107); 实际完成值 100%
    #    (PRF006); 社会效益指标 under 产出 (PRF108); "优" in a score cell (PRF201); 总分 78 → 评价等级 优 (PRF106)
    b["budget"][0][6] = "35.6%"
    b["budget"][2][5] = "20.00"
    b["indicators"][1][5] = "优"
    b["indicators"][2][1] = "社会效益指标"
    b["indicators"][8][4], b["indicators"][8][5] = "100%", "10"
    b["total"], b["grade"] = "78", "优"
    # c: 到位数 20 < 执行数 25 (PRF003); weights 40+30+10+10 = 90 (PRF102); 评价等级 blank (PRF202);
    #    “见附件” in an amount cell (CEL001)
    c["budget"][0][3] = c["budget"][1][3] = "20.00"
    c["budget"][2][1] = "见附件"
    c["indicators"][0][0] = "产出指标（40）"
    c["grade"] = ""
    return [a, b, c]


def hebei_workbook(forms: list[dict]) -> Workbook:
    """Form 1 on its own sheet with merged 一级/二级 cells; the others stacked on a second sheet, shifted to B3,
    their 一级/二级 written once and the cells below left blank (not merged)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "劳动监察"
    s = Sheet(ws)
    write_hebei(s, forms[0])
    s.width([14, 16, 16, 26, 22, 14, 14, 12])
    s = Sheet(wb.create_sheet("其他项目"), row=3, col=2, merge=False)
    for f in forms[1:]:
        write_hebei(s, f)
        s.row += 2
    s.width([14, 16, 16, 26, 22, 14, 14, 12])
    return wb


# ---------------------------------------------------------------------------------------- 中央式
def central(project, dept, unit_name, money, goal, indicators, total, weight_total="100", reason=""):
    """money: rows (label, 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分)."""
    return {"project": project, "dept": dept, "unit": unit_name, "money": money, "goal": goal,
            "indicators": indicators, "total": total, "weight_total": weight_total, "reason": reason}


def write_central(s: Sheet, f: dict, year="2019") -> None:
    """The central layout, 9 columns: 项目资金 block with 分值/执行率/得分, indicator table with 分值 and 偏差原因."""
    r = s.row
    s.span(r, 1, r, 9, "项目支出绩效自评表", bold=True)
    s.span(r + 1, 1, r + 1, 9, f"（{year}年度）")
    r += 2
    s.span(r, 1, r, 2, "项目名称")
    s.span(r, 3, r, 9, f["project"])
    s.span(r + 1, 1, r + 1, 2, "主管部门")
    s.span(r + 1, 3, r + 1, 5, f["dept"])
    s.span(r + 1, 6, r + 1, 7, "实施单位")
    s.span(r + 1, 8, r + 1, 9, f["unit"])
    r += 2
    money = f["money"]
    s.span(r, 1, r + len(money), 1, "项目资金（万元）", bold=True)
    for j, h in enumerate(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        s.put(r, 3 + j, h, bold=True)
    for i, row in enumerate(money, start=1):
        for j, v in enumerate(row):
            s.put(r + i, 2 + j, v)
    r += len(money) + 1
    s.span(r, 1, r + 1, 1, "年度总体目标", bold=True)
    s.span(r, 2, r, 5, "预期目标")
    s.span(r, 6, r, 9, "实际完成情况")
    s.span(r + 1, 2, r + 1, 5, f["goal"][0])
    s.span(r + 1, 6, r + 1, 9, f["goal"][1])
    r += 2
    inds = f["indicators"]
    s.span(r, 1, r + len(inds), 1, "绩效指标", bold=True)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "偏差原因分析及改进措施"]):
        s.put(r, 2 + j, h, bold=True)
    runs = {2: [], 3: []}
    for i, ind in enumerate(inds, start=1):
        rr = r + i
        for col, v in ((2, ind[0]), (3, ind[1])):
            if v or not runs[col]:
                runs[col].append([rr, rr, v])
            else:
                runs[col][-1][1] = rr
        for j, v in enumerate(ind[2:]):
            s.put(rr, 4 + j, v)
    for col, spans in runs.items():
        for first, last, v in spans:
            s.span(first, col, last, col, v)
    r += len(inds) + 1
    s.span(r, 1, r, 6, "总分", bold=True)
    s.put(r, 7, f["weight_total"])
    s.put(r, 8, f["total"])
    s.put(r, 9, f["reason"])
    s.row = r + 1


def central_clean() -> list[dict]:
    a = central("就业创业服务能力建设", "人力资源和社会保障部", "就业促进司",
                [["年度资金总额", "100.00", "120.00", "108.00", "10", "90.00%", "9"],
                 ["其中：当年财政拨款", "100.00", "100.00", "90.00", "—", "—", "—"],
                 ["上年结转资金", "", "20.00", "18.00", "—", "—", "—"],
                 ["其他资金", "", "", "", "—", "—", "—"]],
                ["完成公共就业服务平台升级，培训基层工作人员 2000 人次。", "平台升级完成，培训 2150 人次。"],
                [["产出指标", "数量指标", "培训基层工作人员", "≥2000人次", "2150人次", "15", "15", ""],
                 ["", "", "升级服务网点", "≥50个", "52个", "10", "10", ""],
                 ["", "质量指标", "培训合格率", "≥95%", "97%", "10", "10", ""],
                 ["", "时效指标", "年底前完成升级", "12月底前", "11月完成", "10", "10", ""],
                 ["", "成本指标", "人均培训成本", "≤300元", "280元", "5", "5", ""],
                 ["效益指标", "社会效益指标", "服务对象办事时间缩短", "≥30%", "25%", "20", "16", "部分网点上线较晚"],
                 ["", "可持续影响指标", "平台持续运行", "长期", "正常运行", "10", "10", ""],
                 ["满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "92%", "10", "10", ""]],
                "95")
    b = central("劳动保障监察执法", "人力资源和社会保障部", "劳动保障监察局",
                [["年度资金总额", "50.00", "50.00", "50.00", "10", "100.00%", "10"],
                 ["其中：当年财政拨款", "50.00", "50.00", "50.00", "—", "—", "—"],
                 ["上年结转资金", "", "", "", "—", "—", "—"],
                 ["其他资金", "", "", "", "—", "—", "—"]],
                ["查处违法案件，保障劳动者权益。", "全年结案 1200 件。"],
                [["产出指标", "数量指标", "结案数", "≥1000件", "1200件", "25", "25", ""],
                 ["", "质量指标", "结案率", "≥95%", "96%", "25", "25", ""],
                 ["效益指标", "社会效益指标", "追讨欠薪金额", "≥5000万元", "4500万元", "30", "25", "部分企业已注销"],
                 ["满意度指标", "服务对象满意度指标", "投诉人满意度", "≥85%", "90%", "10", "10", ""]],
                "95")
    return [a, b]


def central_faulty() -> list[dict]:
    a, b = copy.deepcopy(central_clean())
    # a: 年初预算数 100 ≠ 80 + 0 (PRF001); an indicator scored 18 of 15 (PRF103); 预算执行 score 10 at 90 % (PRF107)
    a["money"][1][1] = "80.00"
    a["indicators"][0][6] = "18"
    a["money"][0][6] = "10"
    a["total"] = "99"
    # b: 项目名称 blank (PRF202); 执行率 95.00% for 50/50 (PRF004); "良" as 得分 (PRF201); 总分 75 ≠ Σ 85 (PRF104)
    b["project"] = ""
    b["money"][0][5] = "95.00%"
    b["indicators"][3][6] = "良"
    b["total"] = "75"
    return [a, b]


def central_workbook(forms: list[dict]) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)
    for i, f in enumerate(forms, start=1):
        s = Sheet(wb.create_sheet(f"项目{i}"))
        write_central(s, f)
        s.width([12, 16, 16, 24, 14, 14, 8, 8, 18])
    return wb


# ---------------------------------------------------------------------------------------- 四川式
def sichuan(project, dept, unit_name, goal, money, indicators, total, conclusion="", problems="", measures="",
            heads=("项目负责人：张军", "财务负责人：李华")):
    """money: rows (label, 年初预算, 调整后预算数, 预算执行数, 预算执行率, 权重, 得分)."""
    return {"project": project, "dept": dept, "unit": unit_name, "goal": goal, "money": money,
            "indicators": indicators, "total": total, "conclusion": conclusion, "problems": problems,
            "measures": measures, "heads": heads}


def write_sichuan(s: Sheet, f: dict, year="2023") -> None:
    """The 四川 layout, 11 columns: 项目基本情况 before 预算执行情况(10分); 绩效指标(90分) with 指标性质 · 指标值 ·
    度量单位 · 完成值 · 权重 · 得分; 一级/二级 written once, the cells below left blank."""
    r = s.row
    s.span(r, 1, r, 11, f"部门预算项目支出绩效自评表（{year}年度）", bold=True)
    r += 1
    s.span(r, 1, r, 2, "项目名称")
    s.span(r, 3, r, 11, f["project"])
    s.span(r + 1, 1, r + 1, 2, "主管部门")
    s.span(r + 1, 3, r + 1, 6, f["dept"])
    s.span(r + 1, 7, r + 1, 8, "实施单位（盖章）")
    s.span(r + 1, 9, r + 1, 11, f["unit"])
    r += 2
    s.span(r, 1, r + 2, 1, "项目基本情况", bold=True, force=True)
    s.span(r, 2, r + 1, 2, "1.项目年度目标完成情况", force=True)
    s.span(r, 3, r, 6, "项目年度目标")
    s.span(r, 7, r, 11, "年度目标完成情况")
    s.span(r + 1, 3, r + 1, 6, f["goal"][0])
    s.span(r + 1, 7, r + 1, 11, f["goal"][1])
    s.put(r + 2, 2, "2.项目实施内容及过程概述")
    s.span(r + 2, 3, r + 2, 11, f["goal"][2])
    r += 3
    money = f["money"]
    s.span(r, 1, r + len(money), 1, "预算执行情况(10分)", bold=True, force=True)
    for j, h in enumerate(["年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分"]):
        s.put(r, 2 + j, h, bold=True)
    s.span(r, 9, r, 11, "原因")
    for i, row in enumerate(money, start=1):
        for j, v in enumerate(row):
            s.put(r + i, 2 + j, v)
    s.span(r + 1, 9, r + len(money), 11, "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因。",
           force=True)
    r += len(money) + 1
    inds = f["indicators"]
    s.span(r, 1, r + len(inds), 1, "绩效指标(90分)", bold=True, force=True)
    for j, h in enumerate(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
                           "得分", "未完成原因分析"]):
        s.put(r, 2 + j, h, bold=True)
    for i, ind in enumerate(inds, start=1):
        for j, v in enumerate(ind):
            s.put(r + i, 2 + j, v)
    r += len(inds) + 1
    s.span(r, 1, r, 8, "合计", bold=True)
    s.put(r, 9, "100")
    s.put(r, 10, f["total"])
    s.put(r, 11, "")
    r += 1
    for label, key in (("评价结论", "conclusion"), ("存在问题", "problems"), ("改进措施", "measures")):
        s.put(r, 1, label, bold=True)
        s.span(r, 2, r, 11, f[key])
        r += 1
    s.span(r, 1, r, 5, f["heads"][0])
    s.span(r, 6, r, 11, f["heads"][1])
    s.row = r + 1


def sichuan_clean() -> list[dict]:
    a = sichuan("51000021R000000019951-工资性支出", "青神县人力资源和社会保障局本级", "青神县人力资源和社会保障局",
                ["严格执行相关政策，保障工资及时、足额发放，社保及时、足额缴纳。", "工资及时足额发放，社保按月缴纳。",
                 "按月发放工资、缴纳社保。"],
                [["总额", "238.93", "251.89", "251.89", "100.00%", "10", "10"],
                 ["其中：财政资金", "238.93", "251.89", "251.89", "100.00%", "/", "/"],
                 ["财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
                 ["单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
                 ["其他资金", "", "", "", "", "/", "/"]],
                [["产出指标", "数量指标", "发放（缴纳）覆盖率", "=", "100", "%", "100", "30", "30", ""],
                 ["", "时效指标", "按时发放率", "=", "100", "%", "100", "30", "30", ""],
                 ["效益指标", "社会效益指标", "足额保障率（参保率）", "=", "100", "%", "100", "20", "20", ""],
                 ["满意度指标", "服务对象满意度指标", "职工满意度", "≥", "90", "%", "95", "10", "10", ""]],
                "100", "工资、社保足额保障，项目自评得分 100 分。", "无。", "无。")
    b = sichuan("51092324T000010263357-全县就业见习补贴", "大英县人力资源和社会保障局", "大英县就业服务中心",
                ["为 300 名高校毕业生提供就业见习补贴。", "见习 280 人，补贴按月发放。", "审核、发放见习补贴。"],
                [["总额", "60.00", "72.00", "64.80", "90.00%", "10", "9"],
                 ["其中：财政资金", "60.00", "60.00", "54.00", "90.00%", "/", "/"],
                 ["财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/"],
                 ["单位资金", "0.00", "12.00", "10.80", "90.00%", "/", "/"],
                 ["其他资金", "", "", "", "", "/", "/"]],
                [["产出指标", "数量指标", "见习人数", "≥", "300", "人", "280", "20", "18", "部分岗位未招满"],
                 ["", "质量指标", "见习留用率", "≥", "30", "%", "35", "20", "20", ""],
                 ["", "经济成本指标", "人均补贴", "≤", "2000", "元/月", "1900", "20", "20", ""],
                 ["效益指标", "社会效益指标", "促进就业人数", "≥", "80", "人", "98", "20", "20", ""],
                 ["满意度指标", "服务对象满意度指标", "见习人员满意度", "≥", "90", "%", "93", "10", "10", ""]],
                "97", "见习补贴按月发放，自评 97 分。", "部分岗位未招满。", "扩大见习岗位来源。")
    return [a, b]


def sichuan_faulty() -> list[dict]:
    a, b = copy.deepcopy(sichuan_clean())
    # a: 年初预算 总额 238.93 ≠ 283.93 + 0 + 0 (其中：财政资金 transposed, PRF001); 合计得分 915 (PRF104, PRF105)
    a["money"][1][1] = "283.93"
    a["total"] = "915"
    # b: a weight of 25 makes the weights 105 (PRF102); 服务对象满意度指标 under 效益指标 (PRF108);
    #    预算执行数 72.50 > 调整后预算数 72.00 (PRF003) with 执行率 100.69%
    b["indicators"][3][7] = "25"
    b["indicators"][4][0] = ""
    b["money"][0][3] = "72.50"
    b["money"][0][4] = "100.69%"
    b["money"][1][3] = "54.50"
    b["money"][1][4] = "90.83%"
    b["money"][3][3] = "18.00"
    b["money"][3][4] = "150.00%"
    return [a, b]


def sichuan_workbook(forms: list[dict]) -> Workbook:
    """Both forms stacked on one sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "项目支出绩效自评"
    s = Sheet(ws, merge=False)
    for f in forms:
        write_sichuan(s, f)
        s.row += 3
    s.width([12, 16, 16, 24, 8, 10, 8, 10, 8, 8, 16])
    return wb


# ---------------------------------------------------------------------------------------- with the tables
def tables_and_forms(tables_wb: Workbook) -> Workbook:
    """The nine tables' workbook with a sheet of 河北 forms, and one more form below the last table."""
    forms = hebei_clean()
    s = Sheet(tables_wb.create_sheet("绩效自评表"))
    for f in forms[:2]:
        write_hebei(s, f)
        s.row += 2
    last = tables_wb.worksheets[-2]
    s = Sheet(last, row=last.max_row + 3)
    write_hebei(s, forms[2])
    return tables_wb


def main(out: Path = HERE, tables_wb=None) -> list[Path]:
    made = []

    def save(wb, name):
        path = out / name
        wb.save(path)
        made.append(path)

    save(seed_workbook(), "绩效自评表-2019-河北式-唐山高新区人社局18张-原样有误.xlsx")
    save(hebei_workbook(hebei_clean()), "绩效自评表-河北式-无误.xlsx")
    save(hebei_workbook(hebei_faulty()), "绩效自评表-河北式-有误.xlsx")
    save(central_workbook(central_clean()), "绩效自评表-中央式-无误.xlsx")
    save(central_workbook(central_faulty()), "绩效自评表-中央式-有误.xlsx")
    save(sichuan_workbook(sichuan_clean()), "绩效自评表-四川式-无误.xlsx")
    save(sichuan_workbook(sichuan_faulty()), "绩效自评表-四川式-有误.xlsx")
    if tables_wb is not None:
        save(tables_and_forms(tables_wb), "决算公开表与绩效自评表-2019-无误.xlsx")
    return made


if __name__ == "__main__":
    import make_samples  # noqa: E402  (the nine tables, for the combined workbook)

    for p in make_samples.main_forms():
        print(p.name)
