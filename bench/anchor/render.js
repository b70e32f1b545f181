// Speed anchor for bench/compare.sh: docxtemplater fills a Word template of the same report shape as perfreport's
// (title, ten numbered sections with their sub-headings and paragraphs, 附表1 on a 7-column grid, 附表2 on a
// 10-column grid) with the same text: the Markdown rendition that `perfreport build -o x.md` writes of the report.
//
//   node render.js REPORT.md COUNT OUTDIR [--write-template FILE]
//
// Renders COUNT reports in one process (a fresh docxtemplater instance per report, as its documentation requires)
// and writes OUTDIR/report-0001.docx ...; prints nothing on success. The template itself is built here from XML text,
// so no binary file is committed.
"use strict";
const fs = require("fs");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

function usage(message) {
  process.stderr.write(`render.js: ${message}\nusage: node render.js REPORT.md COUNT OUTDIR [--write-template FILE]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let templateOut = null;
const i = args.indexOf("--write-template");
if (i >= 0) { templateOut = args[i + 1]; args.splice(i, 2); }
if (args.length !== 3) usage("three arguments expected");
const [markdownPath, countText, outDir] = args;
const count = Number.parseInt(countText, 10);
if (!(count > 0)) usage("COUNT must be a positive number");

// --- the data: the report's Markdown rendition, read into sections and two tables -----------------------------
function cellsOf(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim().replace(/<br>/g, "\n"));
}

function readReport(text) {
  const data = { title: "", preamble: [], sections: [], tables: [] };
  let section = null;
  let appendix = false;
  let table = null;
  let tableTitle = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.startsWith("# ")) { data.title = line.slice(2); continue; }
    if (line.startsWith("## 附表")) { section = null; appendix = true; continue; }
    if (line.startsWith("## ")) { section = { heading: line.slice(3), items: [] }; data.sections.push(section); continue; }
    if (line.startsWith("### ") && appendix) { tableTitle = line.slice(4); continue; }
    if (line.startsWith("|")) {
      if (/^\|\s*-+/.test(line)) continue;
      if (table === null) { table = { title: tableTitle, rows: [], notes: [] }; data.tables.push(table); }
      // The Markdown repeats a merged cell in every column it spans; the Word table shows it once.
      const row = {};
      cellsOf(line).forEach((c, k, all) => { row[`c${k}`] = k > 0 && c === all[k - 1] ? "" : c; });
      table.rows.push(row);
      continue;
    }
    table = null;
    if (line === "") continue;
    const heading = line.startsWith("### ") || line.startsWith("#### ");
    const item = { text: line.replace(/^#+ /, ""), heading, plain: !heading };
    if (appendix) (data.tables[data.tables.length - 1] ?? { notes: data.preamble }).notes.push(item);
    else if (section) section.items.push(item);
    else data.preamble.push(item);
  }
  if (data.tables.length !== 2) usage(`${markdownPath}: expected the report's two tables, found ${data.tables.length}`);
  return data;
}

// --- the template: a minimal WordprocessingML package with docxtemplater tags ----------------------------------
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text, props = "") => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/>${props}<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (text, props = "", pPr = "") => `<w:p><w:pPr>${pPr}<w:spacing w:line="560" w:lineRule="exact"/></w:pPr>${run(text, props)}</w:p>`;
const body = (indent) => para("{text}", "", indent ? '<w:ind w:firstLine="640"/>' : "");
const items = [para("{#items}"), para("{#heading}"), para("{text}", "<w:b/>"), para("{/heading}"), para("{#plain}"),
  body(true), para("{/plain}"), para("{/items}")].join("");

function tableXml(name, columns) {
  const width = Math.floor(9000 / columns);
  const grid = Array.from({ length: columns }, () => `<w:gridCol w:w="${width}"/>`).join("");
  const cell = (k) => {
    const open = k === 0 ? `{#${name}}` : "";
    const close = k === columns - 1 ? `{/${name}}` : "";
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr><w:p>${run(`${open}{c${k}}${close}`, "", "")}</w:p></w:tc>`;
  };
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map((b) => `<w:${b} w:val="single" w:sz="4"/>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>` +
    `<w:tr>${Array.from({ length: columns }, (_, k) => cell(k)).join("")}</w:tr></w:tbl>`;
}

function templateZip(columns1, columns2) {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>` +
    para("{title}", '<w:sz w:val="44"/>', '<w:jc w:val="center"/>') +
    para("{#preamble}") + body(true) + para("{/preamble}") +
    para("{#sections}") + para("{heading}", "", '<w:ind w:firstLine="640"/>') + items + para("{/sections}") +
    para("附表1") + para("{table1title}", "<w:b/>", '<w:jc w:val="center"/>') + tableXml("table1", columns1) + para("{#notes1}") + body(false) + para("{/notes1}") +
    para("附表2") + para("{table2title}", "<w:b/>", '<w:jc w:val="center"/>') + tableXml("table2", columns2) + para("{#notes2}") + body(false) + para("{/notes2}") +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`;
  const zip = new PizZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", document);
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE" });
}

// --- render ---------------------------------------------------------------------------------------------------
let report;
try { report = readReport(fs.readFileSync(markdownPath, "utf8")); } catch (e) { usage(e.message); }
const columns = (t) => Object.keys(t.rows[0] ?? {}).length;
const template = templateZip(columns(report.tables[0]), columns(report.tables[1]));
if (templateOut) fs.writeFileSync(templateOut, template);
const data = {
  title: report.title, preamble: report.preamble, sections: report.sections,
  table1title: report.tables[0].title, table1: report.tables[0].rows, notes1: report.tables[0].notes,
  table2title: report.tables[1].title, table2: report.tables[1].rows, notes2: report.tables[1].notes,
};
fs.mkdirSync(outDir, { recursive: true });
for (let n = 1; n <= count; n++) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  fs.writeFileSync(path.join(outDir, `report-${String(n).padStart(4, "0")}.docx`), doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
}
