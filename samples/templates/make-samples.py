#!/usr/bin/env python3
"""Writes the sample Word templates of this folder (stdlib only, deterministic bytes).

自评表-指标性质.docx: a 部门整体支出绩效自评表 laid out as several provinces publish it, with 指标性质 and 得分系数
columns that the built-in 附表2 does not have. It is an ordinary Word document: open it in Word or LibreOffice,
change the layout or the wording, keep the {{ tags }}. Rerun this script only to regenerate the original.
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
HEI = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/>'


def run(text, size=21, font=FONT, bold=False):
    b = "<w:b/>" if bold else ""
    return f'<w:r><w:rPr>{font}{b}<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, align=None, before=0, after=0):
    jc = f'<w:jc w:val="{align}"/>' if align else ""
    return f'<w:p><w:pPr><w:spacing w:before="{before}" w:after="{after}"/>{jc}</w:pPr>{"".join(runs)}</w:p>'


def cell(width, *paragraphs, span=1, shade=False):
    grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    fill = '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' if shade else ""
    body = "".join(paragraphs) or para()
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}{fill}<w:vAlign w:val="center"/></w:tcPr>{body}</w:tc>'


def row(*cells, header=False):
    head = "<w:tblHeader/>" if header else ""
    return f'<w:tr><w:trPr><w:cantSplit/>{head}</w:trPr>{"".join(cells)}</w:tr>'


def c(text, bold=False, align="center"):
    return para(run(text, size=18, bold=bold), align=align)


def self_evaluation_template():
    widths = [1300, 1500, 3900, 1000, 1500, 1500, 800, 800, 1000]
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for side in ["top", "left", "bottom", "right", "insideH", "insideV"])
    header = row(*[cell(w, c(t, bold=True), shade=True) for w, t in zip(widths, ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分", "得分系数"])], header=True)
    # One row repeated per 三级指标; 一级 and 二级 merged where they repeat (merge).
    indicator = row(
        cell(widths[0], para(run("{{ for i in self_evaluation.indicators }}{{ merge i.group }}", size=18), align="center")),
        cell(widths[1], para(run("{{ merge i.category }}", size=18), align="center")),
        cell(widths[2], para(run("{{ i.name }}", size=18), align="left")),
        cell(widths[3], c("{{ i.kind }}")),
        cell(widths[4], c("{{ i.target }}")),
        cell(widths[5], c("{{ i.actual }}")),
        cell(widths[6], c("{{ i.weight }}")),
        cell(widths[7], c("{{ i.score }}")),
        # 得分 ÷ 分值, decimal arithmetic, two places.
        cell(widths[8], c("{{ if i.weight != \"\" && i.score != \"\" && i.weight != 0 }}{{ i.score / i.weight | math.round 2 }}{{ end }}{{ end }}")),
    )
    funds = row(
        cell(sum(widths[:3]), c("预算执行率（{{ self_evaluation.funds.executed }} ÷ {{ self_evaluation.funds.budget }} 万元）"), span=3),
        cell(widths[3], c("正向")),
        cell(widths[4], c("100%")),
        cell(widths[5], c("{{ self_evaluation.funds.rate }}")),
        cell(widths[6], c("{{ self_evaluation.funds.weight }}")),
        cell(widths[7], c("{{ self_evaluation.funds.score }}")),
        cell(widths[8], c("")),
    )
    total = row(
        cell(sum(widths[:6]), c("总分", bold=True), span=6),
        cell(widths[6], c("{{ self_evaluation.max_total }}")),
        cell(widths[7], c("{{ self_evaluation.total }}", bold=True)),
        cell(widths[8], c("{{ self_evaluation.grade }}")),
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    table = (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
             f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>'
             f'<w:tblGrid>{grid}</w:tblGrid>{header}{indicator}{funds}{total}</w:tbl>')
    body = "".join([
        para(run("{{ year }}年度部门整体支出绩效自评表", size=36, font=HEI), align="center", after=200),
        para(run("填报单位（盖章）：{{ department }}", size=24), run("        单位：万元、分", size=24), after=120),
        para(run("年度总体目标：", size=24, bold=True)),
        para(run("{{ for g in self_evaluation.goals }}", size=24)),
        para(run("{{ for.index + 1 }}. {{ g }}", size=24)),
        para(run("{{ end }}", size=24)),
        para(run("完成情况：{{ self_evaluation.goals_achievement }}", size=24), after=120),
        table,
        para(run("自评得分{{ self_evaluation.total }}分，等级为“{{ self_evaluation.grade }}”。全年预算数{{ self_evaluation.funds.budget }}万元，"
                 "执行数{{ self_evaluation.funds.executed }}万元，预算执行率{{ self_evaluation.funds.rate }}。", size=24), before=200),
        para(run("填表人：{{ signature.filled_by }}    联系电话：{{ signature.phone }}    单位负责人：{{ signature.head }}", size=24), before=200),
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>',
    ])
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')


def write(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    write(here / "自评表-指标性质.docx", [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", self_evaluation_template())])
    print("written", here / "自评表-指标性质.docx")
