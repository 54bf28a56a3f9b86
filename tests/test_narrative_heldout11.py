"""Session 11 held-out batch of 决算 情况说明 wordings (北京, 广东, 四川, 浙江, 湖北, 山东 and 中央部门 ways, 2019–2024),
each right and wrong, none of them in the older narrative tests.

Written before reading recognize/claims.py (s11text), from the domain notes, the real 说明 texts and how other provinces
write: one-decimal rates (“增长3.1%”), full-width digits and decimal points (“６５９８．３３”), amounts in brackets,
“详见公开NN表”, 亿元 / 元 with separators, “增幅/降幅”, “与2018年度相比”, “较上年决算”, the rate before its change,
lists numbered 1．/（1）/①, a date range at the head (“2019年1月1日至12月31日”), 中央部门 income lists with every source
and its share, 类 lists “一般公共服务（类）支出…”, a 款's share of its 类, 项 paragraphs numbered ① and 项 under a heading
that does not say whose spending, 北京 “类-款-项” 科目, 人员/公用经费, “三公” parts and their 完成预算, “决算数大于预算数的
主要原因” said the wrong way, 机关运行经费, 政府采购 in 元, 国有资产 totals, and the session-10 leftovers: a bare 收支总计 /
本年收入 under “（一）收支与上年对比情况” below “四、财政拨款收入支出决算总体情况说明” (F1: 公开04表, not 01), a sub-unit
named only by its own name (“人才交流服务中心本年支出…”: not the department).

The tables are the 2019 决算 sample's (tests/test_narrative_heldout.py's docstring); last year's figures are the ones
the earlier batches invented (收支总计 6398.33, 本年收入合计 5890.12, 本年支出合计 5892.23, 一般公共预算财政拨款支出
2230.40, 政府性基金预算财政拨款收入 3659.72, “三公” 4.10 (接待 1.30), 机关运行经费 / 公用经费 32.34). BUSINESS cases run on
the same workbook with 事业收入 100万元 in 公开01表 (tests/test_narrative_review10.py), so 公开01表's 本年收入合计 6163.99,
本年支出合计 6201.24 and 总计 6698.33 differ from 公开04表's 6063.99 / 6101.24 / 6598.33.

SHAPES: (name, right, wrong, code): the right one must draw nothing (not even a warning), the wrong one (one planted
error) exactly the finding(s) named. An item is a text, or (headings, text): the text stands under those headings (one
string or a list, outermost first); a bare text stands under its own “N、第N号说明”.
NEVER_JUDGED: right sentences whose figures are counts, other years', other bodies' (a sub-unit), other things' or
not in any table: nothing.
Not covered: sentences spanning a PDF page break (PDF tests are red on this machine until the font fix lands).

FIRST_RUN records what main did before any change this batch asked for.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_narrative_review10 import _with_business_income

from govaudit.pipeline import Options, check_file

FINAL = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"
ITEMS = "（三）一般公共预算财政拨款支出决算具体情况"  # a heading saying whose spending the 项 paragraphs are
FISCAL = ["四、财政拨款收入支出决算总体情况说明", "（一）收支与上年对比情况"]  # F1

FIRST_RUN = """main cdcb32b, before any change (57 pairs = 114 sentences, 23 never-judged: 137 sentences):
- right + never-judged (80): 5 drew errors (false, 9 TXT001 in all): the three F1 sentences (收入总计/支出总计, 本年收入
  under “（二）收入情况”, 本年支出 under “（一）收支与上年对比情况”, all below “四、财政拨款收入支出决算总体情况说明”, judged
  against 公开01表) and two sub-units named by their own names (人才交流服务中心's 本年收入合计/本年支出合计, 劳动保障监察
  大队's “三公” and 公务接待费, judged as the department's). No warning.
- wrong (57): 44 caught with exactly the code named; 13 not: 9 missed outright (括号中的收支总计, “从支出功能分类看”'s share of
  the 支出合计 said in the sentence before, 款 under its 类, a 项 numbered ①, a 项 under a heading that does not say whose,
  北京 “类-款-项”科目 amount, “比预算减少” of a 三公 part, “执行率为”, 国有资产 parts) and 4 with part of the codes (TXT001
  without TXT007: 财政拨款结转和结余's two funds, 公务用车购置费 + 运行维护费; F1's wrong 收入总计 judged against 公开01表; the
  政府采购 TXT007 also drew a second TXT007 on the sentence in 元 two headings on — see below).
After the fixes (README 情况说明, “第11轮”): right + never-judged: nothing; wrong: 56 of 57 caught with the code named
(two F1 wrong sentences now draw their TXT001 against 公开04表; the wrong “F1：收入总计、支出总计” plants both totals wrong,
so it is TXT001 twice; a finding counts at the sentence it is pinned to, not at the further places of the parts it
lists), 国有资产 still not read (NOT_YET). Real PDFs (35): errors 40, warnings 35, notes 44, the same as on main.
A second round (below, written after reading claims.py: 4 never-judged, 5 pairs) probed the fixes: two false errors on
the first fixes (“比年初预算减少” judged against 公开07表's 全年 budget; a bare fund name in a 类's list taken for the
whole's fund, on main too), none after."""

# (name, right, wrong, code)
SHAPES = [
    # 收入支出决算总体情况
    ("北京：收、支总计各增加，一位小数", "2019年度收入总计6598.33万元、支出总计6598.33万元，与2018年度相比，收、支总计各增加"
     "200.00万元，增长3.1%。", "2019年度收入总计6598.33万元、支出总计6598.33万元，与2018年度相比，收、支总计各增加200.00万元，"
     "增长3.3%。", "TXT003"),
    ("全角小数点", "2019年度收支总计６５９８．３３万元。", "2019年度收支总计６５９８．８３万元。", "TXT001"),
    ("括号中的金额与详见", "2019年度本部门收支总计（6,598.33万元）详见公开01表。",
     "2019年度本部门收支总计（6,589.33万元）详见公开01表。", "TXT001"),
    ("收入、支出决算总计均为亿元", "2019年度收入、支出决算总计均为0.66亿元。", "2019年度收入、支出决算总计均为0.69亿元。",
     "TXT001"),
    ("元与千分位的增长", "2019年度收支总计65,983,300.00元，比上年增加2,000,000.00元，增长3.13%。",
     "2019年度收支总计65,983,300.00元，比上年增加2,000,000.00元，增长3.31%。", "TXT003"),
    ("较2018年度A万元增加", "2019年度收支总计6598.33万元，较2018年度6398.33万元增加200.00万元，增长3.13%。",
     "2019年度收支总计6598.33万元，较2018年度6398.33万元增加200.00万元，增长3.21%。", "TXT003"),
    ("日期区间开头", "2019年1月1日至12月31日，本部门本年支出合计6101.24万元。",
     "2019年1月1日至12月31日，本部门本年支出合计6011.24万元。", "TXT001"),
    ("1．2．列举", "2019年度收支情况：1．本年收入合计6063.99万元；2．本年支出合计6101.24万元。",
     "2019年度收支情况：1．本年收入合计6063.99万元；2．本年支出合计6110.24万元。", "TXT001"),
    # 收入决算情况
    ("广东：本年收入决算，增幅", "本部门2019年度本年收入决算6,063.99万元，比上年决算增加173.87万元，增幅2.95%。",
     "本部门2019年度本年收入决算6,063.99万元，比上年决算增加173.87万元，增幅2.59%。", "TXT003"),
    ("浙江：占本年收入的", "2019年度本年收入6063.99万元，其中财政拨款收入6063.99万元，占本年收入的100.00%。",
     "2019年度本年收入6063.99万元，其中财政拨款收入6063.99万元，占本年收入的99.00%。", "TXT011"),
    ("中央：各项收入及占比", "2019年度收入合计6063.99万元。其中：财政拨款收入6063.99万元，占100%；上级补助收入0万元，占0%；"
     "事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。",
     "2019年度收入合计6063.99万元。其中：财政拨款收入6063.99万元，占100%；上级补助收入0万元，占10%；事业收入0万元，占0%；"
     "经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入0万元，占0%。", "TXT011"),
    ("四川：两项资金一位小数占比", "2019年度本年收入合计6063.99万元，其中：一般公共预算财政拨款收入2116.25万元，占34.9%；"
     "政府性基金预算财政拨款收入3947.74万元，占65.1%。", "2019年度本年收入合计6063.99万元，其中：一般公共预算财政拨款收入"
     "2116.25万元，占34.9%；政府性基金预算财政拨款收入3947.74万元，占56.1%。", "TXT011"),
    ("湖北：增长率在增加额之前", "收入决算中，政府性基金预算财政拨款收入3947.74万元，较上年增长7.87%，增加288.02万元。",
     "收入决算中，政府性基金预算财政拨款收入3947.74万元，较上年增长8.77%，增加288.02万元。", "TXT003"),
    ("山东：与上年相比减少，一位小数", "2019年度一般公共预算财政拨款收入2,116.25万元，与上年相比减少114.15万元，下降5.1%。",
     "2019年度一般公共预算财政拨款收入2,116.25万元，与上年相比减少114.15万元，下降1.5%。", "TXT003"),
    # 支出决算情况
    ("山东：占支出合计的", "2019年度本年支出6,101.24万元，其中：基本支出776.71万元，占支出合计的12.73%；项目支出5,324.54万元，"
     "占支出合计的87.27%。", "2019年度本年支出6,101.24万元，其中：基本支出776.71万元，占支出合计的12.73%；项目支出5,324.54万元，"
     "占支出合计的87.72%。", "TXT011"),
    ("湖北：支出决算较2018年度", "2019年度支出决算6101.24万元，较2018年度增加209.01万元，增长3.55%，主要是劳务派遣人员增加。",
     "2019年度支出决算6101.24万元，较2018年度增加290.01万元，增长3.55%，主要是劳务派遣人员增加。", "TXT003"),
    ("基本支出主要用于", "2019年度基本支出776.71万元，主要用于保障机构正常运转和完成日常工作任务；项目支出5324.54万元，"
     "主要用于完成特定工作任务。", "2019年度基本支出767.71万元，主要用于保障机构正常运转和完成日常工作任务；项目支出5324.54万元，"
     "主要用于完成特定工作任务。", "TXT001"),
    ("中央：从支出功能分类看", "2019年度支出合计6101.24万元。从支出功能分类看，城乡社区支出3984.99万元，占65.31%；一般公共服务"
     "支出1303.58万元，占21.37%。", "2019年度支出合计6101.24万元。从支出功能分类看，城乡社区支出3984.99万元，占65.31%；一般公共"
     "服务支出1303.58万元，占21.73%。", "TXT011"),
    # 财政拨款收入支出
    ("财政拨款支出占本年支出合计的", "2019年度财政拨款支出6101.24万元，占本年支出合计的100%。",
     "2019年度财政拨款支出6101.24万元，占本年支出合计的95%。", "TXT011"),
    ("占财政拨款支出总额的", "2019年度一般公共预算财政拨款支出2116.25万元，占财政拨款支出总额的34.69%。",
     "2019年度一般公共预算财政拨款支出2116.25万元，占财政拨款支出总额的43.69%。", "TXT011"),
    ("财政拨款支出其中一位小数", "2019年度财政拨款支出6101.24万元，其中：一般公共预算财政拨款支出2116.25万元，占34.7%；政府性"
     "基金预算财政拨款支出3984.99万元，占65.3%。", "2019年度财政拨款支出6101.24万元，其中：一般公共预算财政拨款支出2116.25万元，"
     "占34.7%；政府性基金预算财政拨款支出3984.99万元，占63.5%。", "TXT011"),
    ("年末财政拨款结转和结余两项", "2019年度年末财政拨款结转和结余497.09万元，其中：一般公共预算财政拨款结转和结余36.65万元，"
     "政府性基金预算财政拨款结转和结余460.44万元。", "2019年度年末财政拨款结转和结余497.09万元，其中：一般公共预算财政拨款"
     "结转和结余36.65万元，政府性基金预算财政拨款结转和结余406.44万元。", "TXT001+TXT007"),
    ("全角年初财政拨款结转和结余", "２０１９年度年初财政拨款结转和结余５３４．３４万元。", "２０１９年度年初财政拨款结转和结余"
     "５４３．３４万元。", "TXT001"),
    # 一般公共预算财政拨款支出：类、款、项
    ("（类）支出列举一位小数", "2019年度一般公共预算财政拨款支出2116.25万元，主要用于以下方面：一般公共服务（类）支出1303.58"
     "万元，占61.6%；科学技术（类）支出326.86万元，占15.4%；社会保障和就业（类）支出305.17万元，占14.4%；卫生健康（类）支出"
     "80.19万元，占3.8%；住房保障（类）支出52.45万元，占2.5%；农林水（类）支出41.83万元，占2.0%；教育（类）支出6.15万元，"
     "占0.3%。", "2019年度一般公共预算财政拨款支出2116.25万元，主要用于以下方面：一般公共服务（类）支出1303.58万元，占61.6%；"
     "科学技术（类）支出326.86万元，占15.4%；社会保障和就业（类）支出305.17万元，占14.4%；卫生健康（类）支出80.19万元，占"
     "8.3%；住房保障（类）支出52.45万元，占2.5%；农林水（类）支出41.83万元，占2.0%；教育（类）支出6.15万元，占0.3%。",
     "TXT011"),
    ("一般公共预算财政拨款支出中两类", "2019年度一般公共预算财政拨款支出中，社会保障和就业支出305.17万元，住房保障支出52.45"
     "万元。", "2019年度一般公共预算财政拨款支出中，社会保障和就业支出350.17万元，住房保障支出52.45万元。", "TXT001"),
    ("款占类的", "2019年度一般公共预算财政拨款支出中，一般公共服务支出1303.58万元，其中：行政运行412.35万元，占一般公共服务支出"
     "的31.63%。", "2019年度一般公共预算财政拨款支出中，一般公共服务支出1303.58万元，其中：行政运行412.35万元，占一般公共服务"
     "支出的36.13%。", "TXT011"),
    ("类之下的款", "2019年度一般公共预算财政拨款支出中，社会保障和就业支出305.17万元，其中：行政事业单位养老支出108.26万元，"
     "就业补助73.46万元。", "2019年度一般公共预算财政拨款支出中，社会保障和就业支出305.17万元，其中：行政事业单位养老支出"
     "108.26万元，就业补助37.46万元。", "TXT001"),
    ("（1）项：完成年初预算的", (ITEMS, "（1）一般公共服务支出（类）人力资源事务（款）行政运行（项）。年初预算为420.00万元，支出"
     "决算为412.35万元，完成年初预算的98.18%。"), (ITEMS, "（1）一般公共服务支出（类）人力资源事务（款）行政运行（项）。年初预算"
     "为420.00万元，支出决算为412.35万元，完成年初预算的98.81%。"), "TXT012"),
    ("①项：支出决算为", (ITEMS, "①社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）：支出决算为123.46"
     "万元，主要用于机关日常运转。"), (ITEMS, "①社会保障和就业支出（类）人力资源和社会保障管理事务（款）行政运行（项）：支出决算"
     "为132.46万元，主要用于机关日常运转。"), "TXT001"),
    ("项：标题不说谁的支出", "住房保障支出（类）住房改革支出（款）住房公积金（项）支出35.24万元，主要用于按规定缴纳住房公积金。",
     "住房保障支出（类）住房改革支出（款）住房公积金（项）支出53.24万元，主要用于按规定缴纳住房公积金。", "TXT001"),
    ("北京：类-款-项科目", (ITEMS, "2.“卫生健康支出-行政事业单位医疗-行政单位医疗”科目支出80.19万元，主要用于在职人员医疗保险。"),
     (ITEMS, "2.“卫生健康支出-行政事业单位医疗-行政单位医疗”科目支出81.09万元，主要用于在职人员医疗保险。"), "TXT001"),
    # 基本支出
    ("人员经费主要包括", "2019年度一般公共预算财政拨款基本支出776.71万元，其中：人员经费741.82万元，主要包括基本工资、津贴补贴"
     "等；公用经费34.89万元，主要包括办公费、差旅费等。", "2019年度一般公共预算财政拨款基本支出776.71万元，其中：人员经费714.82"
     "万元，主要包括基本工资、津贴补贴等；公用经费34.89万元，主要包括办公费、差旅费等。", "TXT001+TXT007"),
    ("人员经费占基本支出的一位小数", "2019年度人员经费741.82万元，占基本支出的95.5%。", "2019年度人员经费741.82万元，占基本支出的"
     "59.5%。", "TXT011"),
    ("公用经费较上年增长", "2019年度公用经费34.89万元，较上年增加2.55万元，增长7.88%。",
     "2019年度公用经费34.89万元，较上年增加2.55万元，增长8.87%。", "TXT003"),
    # “三公”经费
    ("三公：财政拨款支出决算为，完成预算的", "2019年度“三公”经费财政拨款支出决算为3.68万元，完成预算的49.07%。",
     "2019年度“三公”经费财政拨款支出决算为3.68万元，完成预算的59.07%。", "TXT012"),
    ("三公：三项0.00", "2019年度“三公”经费支出3.68万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费2.42万元，"
     "公务接待费1.26万元。", "2019年度“三公”经费支出3.68万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费2.42万元，"
     "公务接待费1.62万元。", "TXT001+TXT007"),
    ("三公：车辆费完成预算的", "2019年度公务用车购置及运行维护费支出决算为2.42万元，完成预算的53.78%。",
     "2019年度公务用车购置及运行维护费支出决算为2.42万元，完成预算的35.78%。", "TXT012"),
    ("三公：决算数大于预算数说反", "2019年度“三公”经费年初预算7.50万元，决算3.68万元，决算数小于预算数的主要原因是厉行节约。",
     "2019年度“三公”经费年初预算7.50万元，决算3.68万元，决算数大于预算数的主要原因是厉行节约。", "TXT014"),
    ("三公：接待费降幅一位小数", "2019年度公务接待费支出1.26万元，比上年减少0.04万元，降幅3.1%。",
     "2019年度公务接待费支出1.26万元，比上年减少0.04万元，降幅13.1%。", "TXT003"),
    ("三公：接待费占三公的", "2019年度公务接待费支出1.26万元，占“三公”经费支出的34.24%。",
     "2019年度公务接待费支出1.26万元，占“三公”经费支出的43.24%。", "TXT011"),
    ("三公：元", "2019年度“三公”经费支出36,800元。", "2019年度“三公”经费支出38,600元。", "TXT001"),
    ("三公：比预算减少", "2019年度公务接待费支出决算为1.26万元，比预算减少1.74万元。",
     "2019年度公务接待费支出决算为1.26万元，比预算减少1.47万元。", "TXT001"),
    ("三公：购置费与运行维护费", "2019年度公务用车购置及运行维护费2.42万元，其中：公务用车购置费0万元，公务用车运行维护费2.42"
     "万元。", "2019年度公务用车购置及运行维护费2.42万元，其中：公务用车购置费0万元，公务用车运行维护费2.24万元。",
     "TXT001+TXT007"),
    ("三公：与2018年度相比", "2019年度“三公”经费支出3.68万元，与2018年度相比减少0.42万元，下降10.2%。",
     "2019年度“三公”经费支出3.68万元，与2018年度相比减少0.42万元，下降12.0%。", "TXT003"),
    # 机关运行经费
    ("机关运行经费比2018年度增长一位小数", "2019年度本部门机关运行经费支出34.89万元，比2018年度增加2.55万元，增长7.9%。",
     "2019年度本部门机关运行经费支出34.89万元，比2018年度增加2.55万元，增长9.7%。", "TXT003"),
    # 政府采购
    ("政府采购货物工程服务支出", "2019年度政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、政府采购工程支出0万元、"
     "政府采购服务支出246.46万元。", "2019年度政府采购支出总额251.25万元，其中：政府采购货物支出4.79万元、政府采购工程支出0万元、"
     "政府采购服务支出264.46万元。", "TXT007"),
    ("授予中小企业合同金额一位小数", "2019年度政府采购支出总额251.25万元，授予中小企业合同金额246.46万元，占政府采购支出总额的"
     "98.1%。", "2019年度政府采购支出总额251.25万元，授予中小企业合同金额246.46万元，占政府采购支出总额的89.1%。", "TXT011"),
    ("政府采购元", "2019年度政府采购支出总额2,512,500.00元，其中：货物采购47,900.00元，服务采购2,464,600.00元。",
     "2019年度政府采购支出总额2,512,500.00元，其中：货物采购47,900.00元，服务采购2,446,600.00元。", "TXT007"),
    # 预算执行
    ("执行率为", "2019年度一般公共预算财政拨款支出决算2116.25万元，年初预算2129.28万元，执行率为99.39%。",
     "2019年度一般公共预算财政拨款支出决算2116.25万元，年初预算2129.28万元，执行率为98.39%。", "TXT012"),
    ("决算数为年初预算数的一位小数", "2019年度一般公共预算财政拨款支出年初预算为2,129.28万元，支出决算为2,116.25万元，决算数为"
     "年初预算数的99.4%。", "2019年度一般公共预算财政拨款支出年初预算为2,129.28万元，支出决算为2,116.25万元，决算数为年初预算数"
     "的94.9%。", "TXT012"),
    # 国有资产
    ("国有资产总额其中", "截至2019年12月31日，本部门国有资产总额1,523.45万元，其中：流动资产812.30万元，固定资产711.15万元。",
     "截至2019年12月31日，本部门国有资产总额1,523.45万元，其中：流动资产812.30万元，固定资产701.15万元。", "TXT007"),
]

# F1 and the department's own totals on the workbook with 事业收入 (公开01表 ≠ 公开04表)
BUSINESS = [
    ("F1：收入总计、支出总计", (FISCAL, "2019年度收入总计6598.33万元，支出总计6598.33万元，与上年相比各增加200.00万元，增长"
     "3.13%。"), (FISCAL, "2019年度收入总计6589.33万元，支出总计6589.33万元，与上年相比各增加200.00万元，增长3.13%。"),
     "TXT001+TXT001"),
    ("F1：本年收入", (["四、财政拨款收入支出决算总体情况说明", "（二）收入情况"], "2019年度本年收入6063.99万元，较上年增加"
     "173.87万元，增长2.95%。"), (["四、财政拨款收入支出决算总体情况说明", "（二）收入情况"], "2019年度本年收入6063.39万元，"
     "较上年增加173.87万元，增长2.95%。"), "TXT001"),
    ("F1：本年支出", (FISCAL, "2019年度本年支出6101.24万元，比上年增加209.01万元，增长3.55%。"),
     (FISCAL, "2019年度本年支出6101.42万元，比上年增加209.01万元，增长3.55%。"), "TXT001"),
    ("F1：收、支总计均为", (["四、财政拨款收入支出决算总体情况说明", "（一）财政拨款收支总体情况"], "2019年度收、支总计均为"
     "6598.33万元。"), (["四、财政拨款收入支出决算总体情况说明", "（一）财政拨款收支总体情况"], "2019年度收、支总计均为6589.33"
     "万元。"), "TXT001"),
    ("部门的收入总计（公开01表）", (["一、收入支出决算总体情况说明", "（一）收支总体情况"], "2019年度收入总计6698.33万元。"),
     (["一、收入支出决算总体情况说明", "（一）收支总体情况"], "2019年度收入总计6689.33万元。"), "TXT001"),
    ("部门的事业收入占比", ("二、收入决算情况说明", "2019年度本年收入合计6163.99万元，其中：财政拨款收入6063.99万元，占98.38%；"
     "事业收入100.00万元，占1.62%。"), ("二、收入决算情况说明", "2019年度本年收入合计6163.99万元，其中：财政拨款收入6063.99万元，"
     "占98.38%；事业收入100.00万元，占2.16%。"), "TXT011"),
]

NEVER_JUDGED = [
    # counts, 绩效, dates
    "本部门2019年度车辆保有量2辆，其中：执法执勤用车1辆、机要通信用车1辆；单位价值50万元以上通用设备0台（套），单位价值100万元"
    "以上专用设备1台（套）。",
    "2019年度组织对18个项目开展绩效自评，涉及一般公共预算支出1339.54万元，自评覆盖率100%。",
    "2019年1-12月，本部门共组织政府采购15次。",
    "2019年度本部门使用一般公共预算财政拨款安排的出国团组0个，0人次。",
    "公务接待费1.26万元，共接待国内来访团组15批次、120人次（不含陪同人员），人均接待费用约105元。",
    # sub-units named by their own names (not the department)
    "人才交流服务中心2019年度本年收入合计300.00万元，本年支出合计298.00万元。",
    "本部门下设人才交流服务中心、劳动保障监察大队2个事业单位，其中劳动保障监察大队本年支出156.20万元。",
    "人才交流服务中心2019年度一般公共服务支出120.00万元，比上年增加20.00万元，增长20%。",
    "劳动保障监察大队2019年度“三公”经费支出1.20万元，其中公务接待费0.50万元。",
    # other years, budgets not in the tables
    "2020年度预算安排本年支出合计6500.00万元。",
    "2018年度“三公”经费支出4.10万元，2019年度3.68万元。",
    "2019年度一般公共预算财政拨款支出较年初预算减少13.03万元。",
    "2019年度政府采购预算300.00万元，实际采购金额251.25万元。",
    # other things' figures, explanations, rates without a base
    "2019年度本部门机关运行经费主要用于办公费10.12万元、差旅费4.57万元、工会经费6.12万元等。",
    "本年支出按经济分类：工资福利支出724.61万元，商品和服务支出34.89万元，对个人和家庭的补助17.21万元。",
    "其中：劳务派遣人员工资增加150.00万元，社会保险缴费增加23.87万元。",
    "较上年减少的主要原因是：（1）严格执行中央八项规定精神；（2）减少公务接待2批次。",
    "2019年度本年支出合计较上年增长3.55%。",
    "2019年度一般公共预算财政拨款支出2116.25万元，同比下降5.12%。",
    "详见附件公开05表《一般公共预算财政拨款支出决算表》。",
    "（详见公开08表）2019年度政府性基金预算财政拨款支出3984.99万元。",
    "本部门2019年度无国有资本经营预算财政拨款收支，公开09表以空表列示。",
    "2019年度“三公”经费支出3.68万元，较年初预算减少3.82万元，下降50.93%。",
]

# a second round, written after reading claims.py to probe this batch's fixes (a 类's list after 其中, units by name,
# the department by its own or a shortened name, 比预算 against the 全年 budget only): nothing on the right ones
NEVER_JUDGED += [
    "2019年度一般公共预算财政拨款支出中，一般公共服务支出1303.58万元，其中：人才引进专项经费500.00万元，信息化建设300.00万元。",
    "2019年度“三公”经费支出3.68万元，比年初预算减少3.28万元。",
    ("五、一般公共预算“三公”经费支出决算情况说明", "2019年度本年支出1.26万元，主要是公务接待。"),
    # (a fund named bare after a 类 is the 类's, not the whole's: a false TXT001 on main too, with “一般公共预算拨款”)
    "2019年度财政拨款支出6101.24万元，其中：社会保障和就业支出305.17万元，其中：一般公共预算财政拨款305.17万元。",
]
SHAPES += [
    ("本部门（含下属单位）", "本部门（含人才交流服务中心）2019年度本年支出合计6101.24万元。",
     "本部门（含人才交流服务中心）2019年度本年支出合计6102.24万元。", "TXT001"),
    ("部门全称开头", "唐山高新技术产业开发区人力资源和社会保障局2019年度本年支出合计6101.24万元。",
     "唐山高新技术产业开发区人力资源和社会保障局2019年度本年支出合计6103.24万元。", "TXT001"),
    ("部门简称开头", "高新区人力资源和社会保障局2019年度本年支出合计6101.24万元。",
     "高新区人力资源和社会保障局2019年度本年支出合计6104.24万元。", "TXT001"),
    ("类之下的项", "2019年度一般公共预算财政拨款支出中，住房保障支出52.45万元，其中：住房公积金35.24万元，购房补贴17.21万元。",
     "2019年度一般公共预算财政拨款支出中，住房保障支出52.45万元，其中：住房公积金35.24万元，购房补贴12.71万元。", "TXT001"),
    ("本年支出合计之下类的款", "2019年度本年支出合计6101.24万元。从支出功能分类看，社会保障和就业支出305.17万元，其中：就业"
     "补助73.46万元；城乡社区支出3984.99万元，其中：国有土地使用权出让收入安排的支出3984.99万元。", "2019年度本年支出合计"
     "6101.24万元。从支出功能分类看，社会保障和就业支出305.17万元，其中：就业补助74.36万元；城乡社区支出3984.99万元，其中："
     "国有土地使用权出让收入安排的支出3984.99万元。", "TXT001"),
]

HEADS = "一二三四五六七八九十"


def _cn(i: int) -> str:
    tens, ones = divmod(i, 10)
    return (HEADS[tens - 1] if tens > 1 else '') + ('十' if tens else '') + (HEADS[ones - 1] if ones else '')


def _text(item) -> str:
    return item[1] if isinstance(item, tuple) else item


def _headings(i: int, item) -> list[str]:
    if not isinstance(item, tuple):
        return [f"{_cn(i)}、第{i}号说明"]
    return [item[0]] if isinstance(item[0], str) else list(item[0])


def _findings(tmp_path: Path, items: list, name: str, business: bool = False) -> dict[str, list[tuple[str, str]]]:
    """Each item's errors and warnings when the sample's 情况说明 holds each item under its headings."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if len(items) > 90:  # headings 一、…九十九、: more go into a second document
        out.update(_findings(tmp_path, items[90:], "more-" + name, business))
        items = items[:90]
    wb = load_workbook(FINAL)
    if business:
        _with_business_income(wb)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    owner: dict[int, int] = {}
    for i, item in enumerate(items, start=1):
        for line in _headings(i, item) + [_text(item)]:
            ws.append([line])
            owner[ws.max_row] = i - 1
    path = tmp_path / name
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    for f in findings:
        if f.severity.value in ("error", "warning"):
            # (at the sentence judged: a finding's further places, parts stated elsewhere, are not the item's)
            cell = next(loc.cell for loc in f.locations if loc.sheet == "情况说明")
            out[_text(items[owner[int(cell[1:])]])].append((f.code, f.message))
    return out


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout11")
    right = [r for _n, r, _w, _c in SHAPES] + NEVER_JUDGED
    wrong = [w for _n, _r, w, _c in SHAPES]
    b_right = [r for _n, r, _w, _c in BUSINESS]
    b_wrong = [w for _n, _r, w, _c in BUSINESS]
    right_found = _findings(tmp, right, "right.xlsx")
    right_found.update(_findings(tmp, b_right, "b-right.xlsx", business=True))
    wrong_found = _findings(tmp, wrong, "wrong.xlsx")
    wrong_found.update(_findings(tmp, b_wrong, "b-wrong.xlsx", business=True))
    return right_found, wrong_found


def test_batch_is_large_enough():
    pairs = SHAPES + BUSINESS
    assert 2 * len(pairs) + len(NEVER_JUDGED) >= 100
    assert len({_text(r) for _n, r, _w, _c in pairs} | {_text(w) for _n, _r, w, _c in pairs}) == 2 * len(pairs)


def test_right_and_never_judged_sentences_draw_nothing(judged):
    right, _wrong = judged
    assert dict(right) == {}, f"a right or unjudgeable sentence drew a finding: {dict(right)}"


# wrong ones not found yet (each a recogniser gap, written down here rather than tuned away)
NOT_YET: dict[str, str] = {
    "国有资产总额其中": "资产总额's parts (s12: subjects) are seldom all stated: only parts adding up to more than the whole "
    "are caught (TXT007); 812.30 + 701.15 falls short of 1523.45, which unstated parts (无形资产 …) may make up",
}


def _expect(n: str, w, c: str):
    marks = [pytest.mark.xfail(reason=NOT_YET[n], strict=True)] if n in NOT_YET else []
    return pytest.param(n, _text(w), c, marks=marks, id=n)


@pytest.mark.parametrize("name,wrong,code", [_expect(n, w, c) for n, _r, w, c in SHAPES + BUSINESS])
def test_wrong_sentence_found(judged, name, wrong, code):
    _right, found = judged
    assert [c for c, _m in found.get(wrong, [])] == code.split("+"), f"{name}: {wrong} → {found.get(wrong)}"


# sentences that run over a PDF page break (the 说明 published as its own PDF, the tables as a workbook, checked
# together): first run (after the s11pdf font fix) both wrong ones caught at the page the sentence starts on, the right
# text clean
PAGE_BREAK = [
    ["第二部分　2019年度部门决算情况说明", "一、收入支出决算总体情况说明",
     "　本部门2019年度收入、支出总计均为6598.33万元，与2018年度相比，收、支总计"],
    ["各增加200.00万元，增长3.13%，主要原因是劳务派遣人员工资增加。", "二、支出决算情况说明",
     "　本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占"],
    ["12.73%；项目支出5324.54万元，占87.27%。"],
]


def _narrative_pdf(path: Path, pages: list[list[str]]) -> Path:
    from pdf_writer import PdfWriter

    w = PdfWriter()
    for n, lines in enumerate(pages, 1):
        p = w.page(595, 842)
        for k, line in enumerate(lines):
            p.text(92 if line.startswith("　") else 72, 72 + 22 * k, line.lstrip("　"), 10.5)
        p.text(290, 800, str(n), 9)  # the page number
    w.save(path)
    return path


@pytest.mark.parametrize("name,pages,expected", [
    ("right", PAGE_BREAK, []),
    ("wrong", [PAGE_BREAK[0], [PAGE_BREAK[1][0].replace("3.13%", "3.31%"), *PAGE_BREAK[1][1:]],
               [PAGE_BREAK[2][0].replace("12.73%", "21.73%")]], [("TXT003", 2), ("TXT011", 3)]),  # the page of the figure (s17pdf)
])
def test_sentences_across_a_pdf_page_break(tmp_path, name, pages, expected):
    assert _pdf_narrative_findings(tmp_path, name, pages) == expected


def _pdf_narrative_findings(tmp_path: Path, name: str, pages: list[list[str]]) -> list[tuple[str, int]]:
    """(code, page) of the errors and warnings when the 说明 is a PDF of these pages, checked together with the sample's
    tables (its 情况说明 sheet left out)."""
    from govaudit.pipeline import check_together

    wb = load_workbook(FINAL)
    del wb["情况说明"]
    wb.save(tmp_path / "tables.xlsx")
    pdf = _narrative_pdf(tmp_path / f"{name}.pdf", pages)
    found = [(f.code, f.locations[0].page) for _st, fs in check_together([tmp_path / "tables.xlsx", pdf],
                                                                           Options(select=["TXT0"]))
             for f in fs if f.severity.value in ("error", "warning")]
    return sorted(found)
