"""When the printed rate and 执行数 ÷ 预算数 disagree (PRF004) and the 预算执行率 score fits the higher of the two,
PRF107 is a warning, not an error: the form does not say which of rate and amounts is wrong, and a wrong rate must
not make a right score look wrong (s10 review F7, a Word form laid out like many 市县 forms). The seed's real
defect (执行数 550 printed where 196.07 was spent, rate 35.6 %, score 10) is the same shape: warned, beside PRF004."""

import json
from pathlib import Path

import docx
from click.testing import CliRunner

from govaudit.cli import main


def _form(path: Path, rate: str, score: str, total: str, executed: str = "2.96") -> Path:
    d = docx.Document()
    d.add_paragraph("项目支出绩效自评表")
    d.add_paragraph("（2019年度）")
    d.add_paragraph("填报单位（盖章）：唐山高新技术产业开发区人力资源和社会保障局　　金额单位：万元")
    rows = [
        ["项目名称", "劳动监察专项资金", "", "", "", "", "", ""],
        ["主管部门", "唐山高新区人社局", "", "", "实施单位", "劳动和社会保障监察大队", "", ""],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", "3.00", "3.00", executed, "10", rate, score],
        ["", "其中：当年财政拨款", "3.00", "3.00", "2.96", "—", "—", "—"],
        ["", "上年结转资金", "", "", "", "—", "—", "—"],
        ["", "其他资金", "", "", "", "—", "—", "—"],
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "宣传劳动保障法律法规。", "", "", "全年开展宣传12次。", "", "", ""],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["", "产出指标", "数量指标", "开展普法宣传次数", "≥10次", "12次", "30", "30"],
        ["", "产出指标", "质量指标", "案件结案率", "≥95%", "98%", "20", "20"],
        ["", "效益指标", "社会效益指标", "欠薪案件下降率", "≥5%", "4%", "30", "27"],
        ["", "满意度指标", "服务对象满意度指标", "劳动者满意度", "≥90%", "92%", "10", "10"],
        ["总分", "", "", "", "", "", "100", total],
    ]
    t = d.add_table(rows=0, cols=8)
    t.style = "Table Grid"
    for r in rows:
        for j, v in enumerate(t.add_row().cells):
            v.text = r[j]
    d.save(path)
    return path


def _codes(path: Path) -> list[str]:
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return sorted(f"{f['code']} {f['severity']}" for f in json.loads(r.output)["findings"] if f["severity"] != "info")


def test_a_wrong_rate_is_blamed_alone(tmp_path):
    # 2.96 ÷ 3.00 = 98.67 %; printed 96.67 %; the score 9.87 is right for 98.67 %
    assert _codes(_form(tmp_path / "f.docx", "96.67%", "9.87", "96.87")) == ["PRF004 error", "PRF107 warning"]


def test_the_clean_form_is_clean_and_a_score_over_the_cap_still_found(tmp_path):
    assert _codes(_form(tmp_path / "f.docx", "98.67%", "9.87", "96.87")) == []
    assert _codes(_form(tmp_path / "g.docx", "98.67%", "10.00", "97.00")) == ["PRF107 error"]
    # the rate wrong (PRF004) and a score above what even 执行数 ÷ 预算数 allows: still an error
    assert _codes(_form(tmp_path / "h.docx", "96.67%", "10.00", "97.00")) == ["PRF004 error", "PRF107 error"]


def test_a_total_that_is_not_its_breakdown_leaves_the_rate_to_trust(tmp_path):
    # the seed's shape: 执行数 总额 3.00 printed where 其中 2.96 was spent (PRF001); the rate 98.67 % is right and
    # a full 10.00 is more than it allows: PRF107 stays an error
    got = _codes(_form(tmp_path / "f.docx", "98.67%", "10.00", "97.00", executed="3.00"))
    assert got == ["PRF001 error", "PRF004 error", "PRF107 error"]
