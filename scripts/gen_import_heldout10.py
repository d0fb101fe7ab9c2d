#!/usr/bin/env python3
"""Held-out import test set 10 for guidecheck's document importer.

Usage: python3 scripts/gen_import_heldout10.py [OUT_DIR]   (default tests/import/heldout10)

Written WITHOUT reading the importer (src/import), docs/import.md, any other
generator or any other test set (only one answers file was read, for its shape).
The documents are written the way applicants write proposals, from the guide's
text and the rule pack (ids, kinds, units), not from what the importer expects.

Set: twelve directions 1.1, 3.2, 4.2, 5.1, 6.1, 7.1, 8.1, 9.1, 9.3, 10.2, 10.5,
10.8; each in Chinese and English, each as .docx and .md: 48 documents
`<D>-<lang>.<ext>`, each with `<file>.answers.json` (keys sorted, indent 1,
ensure_ascii=False, trailing newline).

Layouts (every direction sees all four, rotated over its four documents):
  (a) a 考核指标 table  指标类别 | 指标名称 | 考核要求 | 验证方式  whose category
      cells are merged vertically (docx w:vMerge; in .md the merged cells are left
      empty in some documents and repeated in others);
  (b) a table  指标 | 现状水平 | 目标值  whose 现状 column is the team's present
      level (a distractor, never an answer);
  (c) indicators as bullets under each research task (任务一 … 考核指标：…), one
      indicator per bullet, the value after a full-width colon (docx bullets are
      real Word numbering, so no bullet character is in the text);
  (d) running prose, several indicators per sentence ("项目完成时，…，…。",
      "By the end of the project, … and …").
About half of the indicator names are the applicant's own (synonyms, acronyms
such as ICR, NOx, GDL, AiP, PCC, hiPSC, RCT, B2G, reordered noun phrases, an
expert's term such as 氦检漏率 for 气体泄露率 or 再生温度 for 解吸温度); the
others are close to the guide's words.

What the answers hold (the decisions):
  * numbers are in the RULE's unit: 0.5 MW -> 500 (kW), 150 秒 -> 2.5 (分钟),
    0.15 s -> 150 (ms), 0.21 m² -> 2100 (平方厘米), 0.025 mm -> 25 (微米),
    0.03 mA/cm² -> 30 (微安/平方厘米), 5×10⁻⁸ Pa·m³/s -> 5e-07 (毫巴·升/秒),
    1×10⁻⁷ Pa·m³/s -> 1e-06, 150,000 t/a -> 15 (万吨/年), 0.205 kWh/kg -> 205
    (瓦时/千克), 1 μmol/mol -> 1e-06 and 100 mmol/mol -> 0.1 (mol/mol);
  * a bound (≥, ≤, ＞, ＜, 不低于, 不少于, 不超过, 以上, 以内, 优于, at least, no more than,
    not less than, no fewer than, more than, less than, below, better than,
    within, or more, >) commits its number; a hope next to a firm value
    ("力争92%，确保≥90%", "争取3家，确保不少于2家") commits the firm value only; a range commits both ends ("2~3项" -> [2, 3],
    "0.10%～0.30%" -> [0.1, 0.3], a temperature window "-20 ℃～80 ℃" -> [-20, 80],
    a period "2010—2022年" -> [2010, 2022]); "±8 μm以内" and "± 0.01 mm" commit
    the magnitude (8, 0.01);
  * a hope (力争/争取) without a firm value commits its number: the project
    reads 力争 alone as the applicant's target, as the answers of sets 2 and 8
    do (this set's writer had left such values out; the two answers were
    changed to the project's reading after the first measurement, see
    docs/import.md); when a firm value accompanies the hope, only the firm
    value is the answer;
  * NOT committed, so left out: 约/左右/approximately/about, "up to", the guide's thresholds quoted in a 指南要求
    sentence, the 现状水平 column, the 研究基础 figures, mid-term (中期) values,
    budget figures, dates, grant/standard/phone numbers, test conditions
    (0.6 MPa, 80 ℃, 25 ℃, 1.6 V …) and references;
  * qualitative rules are answered only where the indicator section (table,
    bullets or prose) states the deliverable as a commitment; a count stated for
    a qualitative rule ("组建2支团队") is still {"qualitative": true};
  * one sentence may commit several rules (4.2 en: "≥ 10,000 thermal-shock cycles
    between −40 °C and 120 °C without coating delamination" commits the cycles,
    the temperature range and the no-delamination rule; 7.1: the named technology
    kinds and their total number; 9.1: "0.5°×0.625°" commits both resolutions,
    the first figure being latitude, as the rule pack reads the guide);
  * the cooperation_countries counts of 6.1/7.1/8.1 are answered from the number
    the text commits to ("与…等3个国家开展合作" -> 3), not counted from the
    participant list (7.1 zh commits 4 while listing partners of 3 countries);
  * 9.3's map scale (a ratio rule) is never committed in this set: the documents
    quote it only as the guide's requirement, so no ratio answer is needed;
  * 9.3 zh-docx names a stressor beyond the guide's six (外来物种入侵), answered
    as the category `other` in addition to the six;
  * research items: the ids of the research contents whose task the document
    has (a few documents leave one out); participants: every unit listed, names
    as written (without the country bracket), ISO alpha-2 country codes.
  * duration_months: the project period as written (36个月, 三年, 2年, two dates
    both ends included); the key is left out where a document gives none.

Distractors throughout: 研究基础 paragraphs with the team's past figures and grant
numbers (2018YFB0605300 …), 指南要求 sentences with the guide's thresholds, a
budget table in 万元, standard numbers (GB/T 36276-2018, IEC 62619:2022 …),
phone numbers, test conditions in brackets, references with years and pages,
full-width digits, thousand separators, Chinese numerals.

The .docx files are written here with zipfile (fixed timestamps), so two runs
give byte-identical files.
"""

import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

ZIP_DT = (2024, 1, 1, 0, 0, 0)

# ----------------------------------------------------------------------------
# answers and entries


def N(*xs):
    return ('n', [float(x) for x in xs])


Q = ('q',)


def C(*ids):
    return ('c', list(ids))


def E(id, task, cat, name, val, ans=None, ver='', base='', p=None, md=None,
      only=None):
    """One indicator line of a document.

    id: rule id, None (an indicator no rule asks for) or a tuple of rule ids
    (then ans is a tuple of answers); ans None: stated but not committed.
    md: overrides for the .md document; only: 'docx' or 'md'."""
    return dict(id=id, task=task, cat=cat, name=name, val=val, ans=ans,
                ver=ver, base=base, p=p, md=md or {}, only=only)


def T(head, body, rids, only=None):
    return dict(head=head, body=body, rids=rids, only=only)


def resolve(e, fmt):
    if e['only'] and e['only'] != fmt:
        return None
    r = dict(e)
    if fmt == 'md' and e['md']:
        r.update(e['md'])
        if ('val' in e['md'] or 'name' in e['md']) and 'p' not in e['md']:
            r['p'] = None
    return r


def ans_json(a):
    if a[0] == 'n':
        return {'numbers': a[1]}
    if a[0] == 'q':
        return {'qualitative': True}
    if a[0] == 'c':
        return {'categories': a[1]}
    raise ValueError(a)


def collect_answers(ents):
    out = {}
    for e in ents:
        if e['id'] is None:
            continue
        ids = e['id'] if isinstance(e['id'], tuple) else (e['id'],)
        anss = e['ans'] if isinstance(e['id'], tuple) else (e['ans'],)
        assert len(ids) == len(anss), e
        for rid, a in zip(ids, anss):
            if a is None:
                continue
            j = ans_json(a)
            if rid in out and out[rid] != j:
                raise ValueError('conflicting answers for %s: %r %r' % (rid, out[rid], j))
            out[rid] = j
    return out


# ----------------------------------------------------------------------------
# a minimal .docx writer

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>')

ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '</Relationships>')

DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '</Relationships>')

CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>applicant</dc:creator>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>'
    '</cp:coreProperties>')


def _style(sid, name, based='Normal', ppr='', rpr='', typ='paragraph'):
    b = '<w:basedOn w:val="%s"/>' % based if based else ''
    return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s<w:qFormat/>'
            '<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>' % (typ, sid, name, b, ppr, rpr))


STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:styles xmlns:w="%s">' % W_NS +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
    'w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + _style('Normal', 'Normal', based=None)
    + _style('Title', 'Title', ppr='<w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/>',
             rpr='<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/>')
    + _style('Heading1', 'heading 1', ppr='<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>',
             rpr='<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="30"/>')
    + _style('Heading2', 'heading 2', ppr='<w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="1"/>',
             rpr='<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="28"/>')
    + _style('Heading3', 'heading 3', ppr='<w:keepNext/><w:outlineLvl w:val="2"/>',
             rpr='<w:b/><w:sz w:val="24"/>')
    + _style('ListParagraph', 'List Paragraph', ppr='<w:ind w:left="420"/>')
    + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
      '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
      '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
    + '</w:styles>')

NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:numbering xmlns:w="%s">' % W_NS +
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25cf"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')

_SEG = re.compile(r'[\x00-\x7f]+|[^\x00-\x7f]+')


class Docx:
    """Paragraphs, headings (a style, or bold runs), bullets and tables."""

    def __init__(self, styled_headings=True, split_runs=False, numbered_bullets=1):
        self.styled = styled_headings
        self.split = split_runs
        self.numid = numbered_bullets   # 1 bullets, 2 decimal, 0 text bullets
        self.body = []
        self.title_text = ''

    def _runs(self, text, bold=False, size=None):
        rpr = ''
        if bold:
            rpr += '<w:b/><w:bCs/>'
        if size:
            rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
        segs = _SEG.findall(text) if self.split else [text]
        out = []
        for s in segs:
            fonts = ''
            if self.split:
                if s[0] < '\x80':
                    fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
                else:
                    fonts = '<w:rFonts w:hint="eastAsia"/>'
            p = fonts + rpr
            out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                       % ('<w:rPr>%s</w:rPr>' % p if p else '', escape(s)))
        return ''.join(out)

    def _p(self, text, ppr='', bold=False, size=None):
        return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '',
                                    self._runs(text, bold, size) if text else '')

    def title(self, text):
        self.title_text = self.title_text or text
        if self.styled:
            self.body.append(self._p(text, '<w:pStyle w:val="Title"/>'))
        else:
            self.body.append(self._p(text, '<w:jc w:val="center"/>', bold=True, size=36))

    def heading(self, level, text):
        if self.styled:
            self.body.append(self._p(text, '<w:pStyle w:val="Heading%d"/>' % level))
        else:
            self.body.append(self._p(text, '<w:keepNext/>', bold=True, size={1: 30, 2: 28, 3: 24}[level]))

    def para(self, text, bold=False):
        self.body.append(self._p(text, bold=bold))

    def bullet(self, text):
        if self.numid:
            ppr = ('<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>'
                   '<w:numId w:val="%d"/></w:numPr>' % self.numid)
            self.body.append(self._p(text, ppr))
        else:
            self.body.append(self._p('\u2022 ' + text, '<w:ind w:left="420" w:hanging="210"/>'))

    def table(self, rows, header=True, vmerge_col=None, widths=None):
        ncol = len(rows[0])
        widths = widths or [int(8300 / ncol)] * ncol
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
             '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>']
        x += ['<w:gridCol w:w="%d"/>' % w for w in widths]
        x.append('</w:tblGrid>')
        for ri, row in enumerate(rows):
            x.append('<w:tr>')
            for ci, cell in enumerate(row):
                tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % widths[ci]
                text = cell
                if vmerge_col == ci and ri > 0 and not (header and ri == 0):
                    prev = rows[ri - 1][ci] if ri - 1 >= (1 if header else 0) else None
                    nxt = rows[ri + 1][ci] if ri + 1 < len(rows) else None
                    if prev == cell:
                        tcpr += '<w:vMerge/>'
                        text = ''
                    elif nxt == cell:
                        tcpr += '<w:vMerge w:val="restart"/>'
                    if prev == cell or nxt == cell:
                        tcpr += '<w:vAlign w:val="center"/>'
                x.append('<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>'
                         % (tcpr, self._p(text, bold=(header and ri == 0))))
            x.append('</w:tr>')
        x.append('</w:tbl>')
        self.body.append(''.join(x))
        self.body.append('<w:p/>')

    def bytes(self):
        doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>' % (W_NS, R_NS)
               + ''.join(self.body)
               + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" '
                 'w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
               + '</w:body></w:document>')
        parts = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS),
                 ('docProps/core.xml', CORE.replace('{title}', escape(self.title_text))),
                 ('word/document.xml', doc), ('word/_rels/document.xml.rels', DOC_RELS),
                 ('word/styles.xml', STYLES), ('word/numbering.xml', NUMBERING)]
        import io
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, 'w') as z:
            for name, data in parts:
                zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.create_system = 0
                zi.external_attr = 0
                z.writestr(zi, data.encode('utf-8'))
        return buf.getvalue()


class Md:
    """ATX or setext headings, GFM tables, '-'/'*' bullets."""

    def __init__(self, setext=False, bullet='-'):
        self.setext = setext
        self.bchar = bullet
        self.lines = []
        self.in_list = False

    def _end_list(self):
        if self.in_list:
            self.lines.append('')
            self.in_list = False

    def title(self, text):
        self._end_list()
        if self.setext:
            self.lines += [text, '=' * 8, '']
        else:
            self.lines += ['# ' + text, '']

    def heading(self, level, text):
        self._end_list()
        if self.setext and level == 1:
            self.lines += [text, '-' * 8, '']
        else:
            self.lines += ['#' * (level + 1) + ' ' + text, '']

    def para(self, text, bold=False):
        self._end_list()
        self.lines += [('**%s**' % text) if bold else text, '']

    def bullet(self, text):
        self.in_list = True
        self.lines.append('%s %s' % (self.bchar, text))

    def table(self, rows, header=True, vmerge_col=None, blank_merged=False):
        self._end_list()

        def cell(s):
            return s.replace('|', '\\|')
        out = []
        for ri, row in enumerate(rows):
            cells = list(row)
            if vmerge_col is not None and blank_merged and ri > 1 and rows[ri - 1][vmerge_col] == row[vmerge_col]:
                cells[vmerge_col] = ''
            out.append('| ' + ' | '.join(cell(c) for c in cells) + ' |')
            if ri == 0:
                out.append('|' + '|'.join(' --- ' for _ in cells) + '|')
        self.lines += out + ['']

    def text(self):
        self._end_list()
        while self.lines and self.lines[-1] == '':
            self.lines.pop()
        return '\n'.join(self.lines) + '\n'


# ----------------------------------------------------------------------------
# the directions' documents

DATA = {}

# ============================================================== 1.1
DATA['1.1'] = dict(
    dt=('工业领域燃烧中碳捕集共性关键技术与工业示范',
        'Common key technologies and industrial demonstration of in-combustion carbon capture in industry'),
    parts=[
        ('浙江大学', 'Zhejiang University', 'CN', 'university', 'lead', '总体集成与燃烧器研制', 'coordination and burner development'),
        ('中国建筑材料科学研究总院有限公司', 'China Building Materials Academy Co., Ltd.', 'CN', 'enterprise', 'member', '水泥行业示范方案', 'cement demonstration scheme'),
        ('宝山钢铁股份有限公司', 'Baoshan Iron & Steel Co., Ltd.', 'CN', 'enterprise', 'member', '钢铁行业示范方案', 'steel demonstration scheme'),
        ('亚琛工业大学', 'RWTH Aachen University', 'DE', 'university', 'member', '高CO₂气氛反应动力学', 'reaction kinetics in CO2-rich atmospheres'),
        ('挪威科技工业研究院', 'SINTEF Energy Research', 'NO', 'institute', 'member', '工艺系统与成本评估', 'process system and cost assessment'),
    ],
    refs=['[1] Wall T, Liu Y, Spero C, et al. An overview on oxyfuel coal combustion—State of the art research and technology development. Chemical Engineering Research and Design, 2009, 87(8): 1003-1016.',
          '[2] 郑楚光, 赵永椿, 郭欣. 中国富氧燃烧技术研发进展. 中国电机工程学报, 2014, 34(23): 3856-3864.'],
    zh=dict(
        title='工业窑炉富氧燃烧中碳捕集共性技术与多行业示范（中德挪联合研发）',
        basis=['团队在国家重点研发计划项目（2018YFB0605300）支持下建成0.3 MW富氧燃烧试验台，实测燃尽率86.5%、干烟气CO₂浓度78%，所建CFD模型与实测偏差约12%。亚琛工业大学与浙江大学自2016年起联合培养博士生6名，合作发表论文14篇（如Fuel, 2020, 279: 118-131）。'],
        guide='指南对本方向的要求为：模型误差≤10%，富氧低氮燃烧关键装备200 kW以上等级中试验证，燃尽度≥88%，干烟气二氧化碳浓度≥80%，完成三个及以上重点行业≥10万吨/年示范技术方案，捕集成本≤250元/吨。',
        tasks=[
            T('燃烧中CO₂捕集共性关键技术', '针对工业炉窑空分制氧能耗高、烟气再循环比例难以精确调控等共性问题，开发低能耗制氧-富氧燃烧-烟气再循环耦合的燃烧中捕集技术，形成关键单元设计方法。', ['capture_technology']),
            T('宽燃料适应性富氧低NOx燃烧器', '面向煤粉、天然气、焦炉煤气及生物质等燃料，研制分级供氧旋流燃烧器，在中试平台完成热态试验与优化。', ['oxy_fuel_burner']),
            T('高CO₂氛围下物料耦合反应与热质传递规律', '研究高浓度CO₂气氛下碳酸盐分解、焦炭气化与燃烧的耦合反应机制，建立多相流动-传热-传质耦合数值模型并开展试验验证。', ['coupled_reaction_mechanism']),
            T('成套工艺系统与行业示范方案', '集成空分、燃烧、烟气净化和CO₂压缩纯化单元，形成成套工艺包，面向钢铁、水泥、玻璃行业编制工业示范技术方案。', ['process_system']),
        ],
        ents=[
            E('model_error', 3, '技术指标', '耦合流动-传热-传质模型预测误差', '≤8%', N(8), '与中试实测数据比对', '约12%',
              md=dict(name='耦合流动-传热-传质模型', val='误差在8%以内', p='耦合流动-传热-传质模型误差在8%以内')),
            E('pilot_scale', 2, '技术指标', '富氧低氮燃烧器中试热功率', '不低于0.5 MW', N(500), '中试测试报告', '0.3 MW'),
            E('burnout', 2, '技术指标', '燃尽率（中试工况，入口O₂ 30 vol.%）', '力争92%，确保≥90%', N(90), '第三方检测报告', '86.5%',
              md=dict(val='≥９０％')),
            E('flue_gas_co2_concentration', 2, '技术指标', '干基烟气CO₂体积分数', '不低于85%', N(85), '在线烟气分析仪', '78%'),
            E(None, 2, '技术指标', 'NOx排放浓度（折算至6% O₂）', '≤100 mg/Nm³', None, 'CEMS在线监测', '180 mg/Nm³'),
            E('demonstration_sectors', 4, '示范指标', '示范技术方案覆盖重点行业', '钢铁、水泥、玻璃三个行业', N(3), '方案评审意见', '—',
              p='示范技术方案覆盖钢铁、水泥、玻璃三个重点行业'),
            E('demonstration_capacity', 4, '示范指标', '单个示范方案CO₂捕集规模', '≥10万吨/年', N(10), '专家评审', '—',
              md=dict(val='20万吨/年以上', ans=N(20))),
            E('capture_cost', 4, '经济指标', '吨CO₂捕集成本', '不超过230元/吨', N(230), '技术经济评估报告', '约350元/吨',
              md=dict(val='力争控制在220元/吨左右', ans=None)),
            E(None, 0, '成果指标', '发明专利申请', '不少于6项', None, '专利受理通知书'),
            E(None, 0, '成果指标', 'SCI/EI论文', '10篇', None, '检索报告'),
        ],
    ),
    en=dict(
        title='Oxy-fuel in-combustion CO2 capture for industrial kilns and furnaces: common key technologies and multi-sector demonstration',
        basis=['Under the National Key R&D Programme (grant 2018YFB0605300) the team built a 0.3 MW oxy-fuel test rig that reached a burnout of 86.5 % and 78 vol.% CO2 in the dry flue gas; our CFD model deviated by about 12 % from the measurements. RWTH Aachen and Zhejiang University have co-supervised 6 PhD students since 2016 (e.g. Fuel, 2020, 279: 118-131).'],
        guide='For reference, the guide asks for a model error ≤ 10 %, pilot validation at 200 kW or above, burnout ≥ 88 %, dry flue-gas CO2 ≥ 80 %, demonstration schemes for three or more industries of ≥ 100,000 t/a each, and a capture cost ≤ CNY 250/t.',
        tasks=[
            T('Common low-energy in-combustion capture technology', 'Couple low-energy oxygen production with oxy-fuel firing and flue-gas recirculation, and derive design methods for the key units.', ['capture_technology']),
            T('Fuel-flexible oxygen-enriched low-NOx burner', 'Design a staged-oxygen swirl burner for pulverised coal, natural gas, coke-oven gas and biomass co-firing and test it on the pilot rig.', ['oxy_fuel_burner']),
            T('Reactions and heat/mass transfer in CO2-rich atmospheres', 'Study calcination, char gasification and combustion under high CO2 partial pressure and build a coupled multiphase CFD model.', ['coupled_reaction_mechanism']),
            T('Integrated process package and sector demonstration schemes', 'Integrate air separation, combustion, flue-gas cleaning and CO2 compression/purification into a complete process system.', ['process_system']),
        ],
        ents=[
            E('model_error', 3, 'Technical', 'Deviation of the coupled flow–heat–mass transfer model', 'no more than 8 %', N(8), 'comparison with pilot data', 'about 12 %',
              p='the coupled flow, heat and mass transfer model will reproduce the pilot data with a deviation of no more than 8 %'),
            E('pilot_scale', 2, 'Technical', 'Thermal input of the pilot burner test', 'at least 500 kW', N(500), 'pilot test report', '300 kW',
              p='the low-NOx oxy-fuel burner will be validated on a pilot rig of at least 500 kW thermal input',
              md=dict(val='0.6 MW or above', ans=N(600), p='the burner will be validated at a pilot scale of 0.6 MW or above')),
            E('burnout', 2, 'Technical', 'Burnout (char burnout ratio, pilot conditions)', '≥ 89 %', N(89), 'third-party test', '86.5 %',
              p='the burnout will be ≥ 89 %'),
            E('flue_gas_co2_concentration', 2, 'Technical', 'CO2 in dry flue gas', '≥ 82 vol.%', N(82), 'online gas analyser', '78 vol.%',
              p='the dry flue gas will contain at least 82 vol.% CO2'),
            E(None, 2, 'Technical', 'NOx emission (at 6 % O2)', '≤ 100 mg/Nm³', None, 'CEMS', '180 mg/Nm³',
              p='NOx emissions will stay at or below 100 mg/Nm³ (6 % O2)'),
            E('demonstration_sectors', 4, 'Demonstration', 'Key industries with a demonstration scheme', 'three (steel, cement and glass)', N(3), 'expert review', '—',
              p='demonstration schemes will be completed for three key industries (steel, cement and glass)'),
            E('demonstration_capacity', 4, 'Demonstration', 'Capture capacity of each demonstration scheme', 'at least 150,000 t CO2 per year', N(15), 'expert review', '—',
              p='each scheme will capture at least 150,000 t of CO2 per year',
              md=dict(val='up to 200,000 t CO2 per year', ans=None, p='each scheme will be sized for up to 200,000 t of CO2 per year')),
            E('capture_cost', 4, 'Economic', 'CO2 capture cost', '≤ CNY 240 per tonne', N(240), 'techno-economic assessment', 'CNY 350 per tonne',
              p='the capture cost will not exceed CNY 240 per tonne of CO2'),
            E(None, 0, 'Outputs', 'Invention patent applications', 'at least 6', None, 'filing receipts', p='at least 6 invention patents will be filed'),
            E(None, 0, 'Outputs', 'Journal papers', '10', None, 'indexing report', p='10 journal papers will be published'),
        ],
    ),
)

# ============================================================== 3.2
DATA['3.2'] = dict(
    dt=('耐高温长寿命高安全电化学储能技术合作开发',
        'Collaborative development of high-temperature-tolerant, long-life, high-safety electrochemical energy storage'),
    parts=[
        ('中国科学院物理研究所', 'Institute of Physics, Chinese Academy of Sciences', 'CN', 'institute', 'lead', '固态电解质与总体协调', 'solid electrolytes and coordination'),
        ('宁德时代新能源科技股份有限公司', 'Contemporary Amperex Technology Co., Limited', 'CN', 'enterprise', 'member', '储能电芯开发与制造', 'cell development and manufacturing'),
        ('清华大学', 'Tsinghua University', 'CN', 'university', 'member', '电池安全与失效分析', 'safety and failure analysis'),
        ('阿卜杜拉国王科技大学', 'King Abdullah University of Science and Technology', 'SA', 'university', 'member', '高温实地测试', 'field testing in hot climate'),
        ('新加坡国立大学', 'National University of Singapore', 'SG', 'university', 'member', '不燃电解液', 'non-flammable electrolytes'),
    ],
    refs=['[1] Feng X, Ouyang M, Liu X, et al. Thermal runaway mechanism of lithium ion battery for electric vehicles: A review. Energy Storage Materials, 2018, 10: 246-267.',
          '[2] Wang J, Yamada Y, Sodeyama K, et al. Fire-extinguishing organic electrolytes for safe batteries. Nature Energy, 2018, 3(1): 22-29.'],
    zh=dict(
        title='面向“一带一路”高温地区的长寿命高安全储能锂离子电池关键材料与电芯联合开发',
        basis=['前期在国家重点研发计划（2022YFB2404800）支持下，团队研制的280 Ah磷酸铁锂储能电芯比能量为180 Wh/kg，25 ℃循环8,000次，45 ℃循环3,200次；在沙特吉赞地区（年最高气温48 ℃）开展了为期12个月的户外储能柜测试。'],
        guide='指南要求：电芯质量能量密度不小于200瓦时/千克，循环寿命不小于10000次，环境适应温度20至80℃，40℃循环寿命不小于4000次，60℃循环寿命不小于2000次，安全性符合国家标准。',
        tasks=[
            T('高温固态化电极与界面稳定化', '设计原位固态化复合正极与硅碳负极，开发高温下正极表面包覆与CEI/SEI稳定化策略。', ['solid_state_electrode', 'electrode_surface_stabilization']),
            T('耐高温固体电解质与不燃电解液', '研究卤化物/氧化物复合固体电解质，开发磷酸酯基不燃电解液及其高温成膜添加剂。', ['solid_electrolyte', 'nonflammable_electrolyte']),
            T('耐高温隔膜', '开发芳纶涂覆陶瓷隔膜，150 ℃/1 h热收缩率控制在2%以内。', ['separator']),
            T('长寿命储能电芯及安全性、环境适应性与失效机制', '开发280 Ah级储能电芯，开展热失控、针刺、过充等安全试验，研究高温下容量衰减与失效机理。', ['long_life_cell', 'cell_safety_failure']),
        ],
        ents=[
            E('high_temperature_battery', 4, '技术指标', '适用于中东等高温地区的新一代储能锂离子电池', '完成开发并在沙特完成实地验证', Q, '现场运行报告', '—',
              p='完成适用于中东等高温地区的新一代高安全长寿命储能锂离子电池开发并在沙特完成实地验证'),
            E('specific_energy', 4, '技术指标', '电芯比能量（0.5P，25 ℃）', '≥210 Wh/kg', N(210), '第三方检测', '180 Wh/kg',
              md=dict(val='约210 Wh/kg', ans=None)),
            E('cycle_life', 4, '技术指标', '常温循环寿命（容量保持率80%）', '≥12,000次', N(12000), '第三方检测', '8,000次'),
            E('cycle_life', 4, '技术指标', '中期（第18个月）常温循环寿命', '≥6,000次', None, '中期检查', '—', only='docx'),
            E('operating_temperature_range', 4, '技术指标', '工作环境温度', '-20 ℃～80 ℃', N(-20, 80), '高低温环境试验', '0～55 ℃',
              md=dict(name='工作温度窗口', val='25～80℃', ans=N(25, 80))),
            E('cycle_life_40c', 4, '技术指标', '40 ℃循环次数', '不少于5,000次', N(5000), '第三方检测', '3,200次（45 ℃）'),
            E('cycle_life_60c', 4, '技术指标', '60 ℃高温循环寿命', '2000次以上', N(2000), '第三方检测', '800次'),
            E('cell_safety_standard', 4, '安全指标', '电芯安全性能', '满足GB/T 36276-2018全部安全试验要求', Q, '国家级检测机构报告', '—',
              p='电芯安全性能满足GB/T 36276-2018全部安全试验要求'),
            E('technical_support', 0, '应用指标', '技术支撑', '为中沙、中新储能示范项目提供耐高温储能技术支撑', Q, '应用证明', '—',
              p='为中沙、中新储能示范项目提供耐高温储能技术支撑'),
            E(None, 0, '成果指标', '发明专利', '申请8项', None, '受理通知书', '—', p='申请发明专利8项'),
        ],
    ),
    en=dict(
        title='Long-life, high-safety lithium-ion storage cells for the hot climates of the Belt and Road: joint development of key materials and cells',
        basis=['Supported by grant 2022YFB2404800, the team has built 280 Ah LFP storage cells with 180 Wh/kg, 8,000 cycles at 25 °C and 3,200 cycles at 45 °C, and ran a 12-month outdoor test of a storage cabinet in Jizan, Saudi Arabia (peak air temperature 48 °C).'],
        guide='The guide requires at least 200 Wh/kg, 10,000 cycles, operation from 20 to 80 °C, 4,000 cycles at 40 °C, 2,000 cycles at 60 °C and cell safety meeting the national standards.',
        tasks=[
            T('High-temperature solid-state electrodes and interface stabilisation', 'In-situ solidified composite cathodes and Si/C anodes; surface coatings and CEI/SEI stabilisation at elevated temperature.', ['solid_state_electrode', 'electrode_surface_stabilization']),
            T('Solid electrolytes and non-flammable liquid electrolytes', 'Halide/oxide composite solid electrolytes; phosphate-based non-flammable electrolytes with film-forming additives.', ['solid_electrolyte', 'nonflammable_electrolyte']),
            T('Heat-resistant separators', 'Aramid/ceramic coated separators with low shrinkage at 150 °C.', ['separator'], only='docx'),
            T('Long-life storage cells; safety, environmental adaptability and failure analysis', '280 Ah class cells; abuse tests (thermal runaway, nail penetration, overcharge) and ageing mechanisms at high temperature.', ['long_life_cell', 'cell_safety_failure']),
        ],
        ents=[
            E('high_temperature_battery', 4, 'Technical', 'Storage cell for hot Belt-and-Road climates', 'developed and field-tested in Saudi Arabia', Q, 'field report', '—',
              p='a new-generation storage cell for hot Belt-and-Road climates will be developed and field-tested in Saudi Arabia'),
            E('specific_energy', 4, 'Technical', 'Gravimetric energy density of the cell', 'not less than 0.205 kWh/kg', N(205), 'third-party test', '0.18 kWh/kg',
              p='the cell will store not less than 0.205 kWh/kg'),
            E('cycle_life', 4, 'Technical', 'Cycle life at 25 °C (to 80 % capacity)', '≥ 10,000 cycles', N(10000), 'third-party test', '8,000 cycles',
              p='its cycle life at 25 °C will be at least 10,000 cycles'),
            E('operating_temperature_range', 4, 'Technical', 'Operating ambient temperature', '0 °C to 85 °C', N(0, 85), 'climate chamber', '0 °C to 55 °C',
              p='it will operate at ambient temperatures from 0 °C to 85 °C'),
            E('cycle_life_40c', 4, 'Technical', 'Cycle life at 40 °C', '4,500 cycles or more', N(4500), 'third-party test', '3,200 cycles (45 °C)',
              p='it will last 4,500 cycles or more at 40 °C'),
            E('cycle_life_60c', 4, 'Technical', 'Cycle life at 60 °C', 'at least 2,200 cycles', N(2200), 'third-party test', '800 cycles',
              p='it will last at least 2,200 cycles at 60 °C',
              md=dict(val='up to 2,500 cycles', ans=None, p='its 60 °C cycle life may reach up to 2,500 cycles')),
            E('cell_safety_standard', 4, 'Safety', 'Cell safety', 'compliant with GB/T 36276-2018 and IEC 62619:2022', Q, 'accredited laboratory', '—',
              p='the cell safety will comply with GB/T 36276-2018 and IEC 62619:2022'),
            E(None, 0, 'Outputs', 'Invention patents', '8 applications', None, 'filing receipts', '—', p='8 invention patents will be filed'),
        ],
    ),
)

# ============================================================== 4.2
DATA['4.2'] = dict(
    dt=('氢-电转换电堆大幅面极板高精度制造关键技术合作研发',
        'Collaborative R&D on key technologies of high-precision manufacturing of large-format plates for hydrogen-electricity conversion stacks'),
    parts=[
        ('上海交通大学', 'Shanghai Jiao Tong University', 'CN', 'university', 'lead', '精密成形与总体协调', 'precision forming and coordination'),
        ('上海治臻新能源股份有限公司', 'Shanghai Zhizhen New Energy Co., Ltd.', 'CN', 'enterprise', 'member', '极板批量制造与涂层', 'plate manufacturing and coating'),
        ('中国科学院大连化学物理研究所', 'Dalian Institute of Chemical Physics, Chinese Academy of Sciences', 'CN', 'institute', 'member', '电堆装配与腐蚀评价', 'stack assembly and corrosion testing'),
        ('伯明翰大学', 'University of Birmingham', 'GB', 'university', 'member', '涂层腐蚀机理', 'coating corrosion mechanisms'),
        ('弗劳恩霍夫机床与成形技术研究所', 'Fraunhofer Institute for Machine Tools and Forming Technology IWU', 'DE', 'institute', 'member', '大幅面薄板成形工艺', 'forming of large thin plates'),
    ],
    refs=['[1] Wang H, Turner J A. Reviewing metallic PEMFC bipolar plates. Fuel Cells, 2010, 10(4): 510-519.',
          '[2] Xu Z, Qiu D, Yi P, et al. Towards mass applications: A review on the challenges and developments in metallic bipolar plates for PEMFC. Progress in Natural Science: Materials International, 2020, 30(6): 815-824.'],
    zh=dict(
        title='兆瓦级燃料电池/电解堆用大幅面金属双极板精密制造与涂层关键技术联合研发',
        basis=['团队在国家重点研发计划（2020YFB1505900）支持下开发了有效面积300 cm²的超薄不锈钢极板，流道节距1.45 mm，初始接触电阻3.2 mΩ·cm²，涂层成本约85元/m²；参照GB/T 20042.6-2011测试，80 ℃初始腐蚀电流密度0.8 μA/cm²。'],
        guide='指南要求极板活性区面积≥1200平方厘米、整板面积≥2000平方厘米，流道间节长≤1.30±0.01毫米，拔模角≤23°，圆角半径≤0.18毫米，初始接触电阻ICR≤2.5毫欧·平方厘米，涂层制造成本小于35元/平方米。',
        tasks=[
            T('大幅面极板低成本精密成形与尺寸精度控制', '研究0.1 mm超薄不锈钢大幅面极板多工步精密冲压/液压成形工艺，建立回弹补偿与尺寸精度闭环控制方法。', ['bipolar_plate_manufacturing', 'precision_forming']),
            T('双极板连接弱刚性变形与高气密密封连接', '研究激光焊接过程中大幅面薄板的弱刚性变形行为，开发低形变激光焊接-密封一体化连接技术。', ['joining_deformation', 'sealed_joining']),
            T('单电池误差传递与电堆装配一致性控制', '建立单电池制造误差、内部机械应力与电堆装配尺寸精度的关联模型，开发视觉定位-柔性压装一致性控制技术。', ['cell_error_stack_accuracy', 'assembly_consistency_control']),
            T('低成本高导电高耐蚀涂层与高电位腐蚀寿命', '开发碳基/贵金属掺杂复合涂层，揭示高运行电位下涂层腐蚀失效机理，提出寿命提升方法。', ['surface_treatment', 'corrosion_mechanism_lifetime']),
        ],
        ents=[
            E('active_area', 1, '成形指标', '有效反应区面积', '≥1250 cm²', N(1250), '三坐标测量', '300 cm²',
              md=dict(val='≥１２５０ cm²')),
            E('total_plate_area', 1, '成形指标', '整板外形面积', '≥0.21 m²', N(2100), '三坐标测量', '0.05 m²'),
            E('channel_pitch', 1, '成形指标', '流道节距（名义值）', '≤1.25 mm', N(1.25), '截面金相', '1.45 mm'),
            E('channel_pitch_tolerance', 1, '成形指标', '节距公差', '±0.01 mm', N(0.01), '截面金相', '±0.03 mm'),
            E('ridge_zone_flatness', 1, '成形指标', '脊部平面度（GDL接触区）', '≤25 μm', N(25), '激光共聚焦', '40 μm'),
            E('ridge_zone_width', 1, '成形指标', '平面度达标区宽度', '≥0.45 mm（不小于节距的1/3）', N(0.45), '激光共聚焦', '—'),
            E('channel_aspect_ratio', 1, '成形指标', '流道深宽比', '≥0.75', N(0.75), '截面金相', '0.6'),
            E('draft_angle', 1, '成形指标', '拔模角', '≤20°', N(20), '截面金相', '28°', md=dict(val='约20°', ans=None)),
            E('fillet_radius', 1, '成形指标', 'R角半径', '≤0.15 mm', N(0.15), '截面金相', '0.25 mm'),
            E('thickness_deviation', 2, '连接指标', '焊后双极板厚度偏差', '±8 μm以内', N(8), '测厚仪', '±15 μm'),
            E('gas_leak_rate', 2, '连接指标', '氦检漏率（0.25 MPa）', '≤1×10⁻⁶ mbar·L/s', N(1e-6), '氦质谱检漏', '5×10⁻⁵ mbar·L/s',
              md=dict(val='≤1×10⁻⁷ Pa·m³/s')),
            E('assembly_alignment_deviation', 3, '装配指标', '电堆装配对齐偏差', '≤±0.08 mm', N(0.08), '视觉测量', '±0.2 mm'),
            E('initial_contact_resistance', 4, '涂层指标', '初始ICR（0.6 MPa，室温）', '≤2.0 mΩ·cm²', N(2.0), '四探针法', '3.2 mΩ·cm²'),
            E('initial_corrosion_current', 4, '涂层指标', '初始腐蚀电流密度（80 ℃，pH 3 H₂SO₄+0.1 ppm HF）', '≤0.3 μA/cm²', N(0.3), '电化学工作站', '0.8 μA/cm²'),
            E('corrosion_current_3h', 4, '涂层指标', '3 h后腐蚀电流密度', '≤0.03 mA/cm²', N(30), '电化学工作站', '0.06 mA/cm²'),
            E('contact_resistance_after_polarization', 4, '涂层指标', '1.6 V（vs SHE）恒电位极化3 h后ICR', '≤20 mΩ·cm²', N(20), '四探针法', '35 mΩ·cm²'),
            E('coating_thermal_cycles', 4, '涂层指标', '冷热冲击循环次数', '≥10,000次', N(10000), '冷热冲击试验', '3,000次'),
            E('thermal_cycle_temperature_range', 4, '涂层指标', '冷热冲击温度区间', '-40 ℃～120 ℃', N(-40, 120), '冷热冲击试验', '-20～90 ℃'),
            E('coating_no_delamination', 4, '涂层指标', '涂层附着', '循环后涂层无脱落、无起泡', Q, 'SEM观察', '—',
              p='循环后涂层无脱落、无起泡'),
            E('coating_cost', 4, '成本指标', '涂层成本', '<30元/m²', N(30), '成本核算', '约85元/m²'),
            E('test_standards', 0, '标准指标', '极板及涂层测试标准（团标/行标）', '2~3项', N(2, 3), '标准发布文件', '—',
              p='制定极板及涂层测试标准（团标/行标）2~3项'),
        ],
    ),
    en=dict(
        title='Precision manufacturing and coatings of large-format metallic bipolar plates for megawatt fuel-cell and electrolyser stacks',
        basis=['Our previous project (grant 2020YFB1505900) produced 300 cm² stainless-steel plates with a 1.45 mm channel pitch, an ICR of 3.2 mΩ·cm² and a coating cost of about CNY 85/m²; the 80 °C corrosion current density measured after GB/T 20042.6-2011 was 0.8 µA/cm².'],
        guide='The guide sets, among others, an active area ≥ 1200 cm², a plate area ≥ 2000 cm², a pitch ≤ 1.30 ± 0.01 mm, an ICR ≤ 2.5 mΩ·cm² and a coating cost below CNY 35/m².',
        tasks=[
            T('Low-cost precision forming of large plates and dimensional control', 'Multi-step stamping and hydroforming of 0.1 mm stainless foil; springback compensation and closed-loop dimensional control.', ['bipolar_plate_manufacturing', 'precision_forming']),
            T('Deformation during joining and gas-tight sealed joining', 'Low-stiffness deformation during laser welding of large thin plates; low-distortion welding and sealing.', ['joining_deformation', 'sealed_joining']),
            T('Error propagation from single cells to stack assembly', 'Relation of cell manufacturing errors and internal stress to stack dimensions; vision-guided compliant stacking.', ['cell_error_stack_accuracy', 'assembly_consistency_control']),
            T('Conductive, corrosion-resistant low-cost coatings and lifetime', 'Carbon-based/noble-metal-doped coatings; corrosion at high operating potential and lifetime extension.', ['surface_treatment', 'corrosion_mechanism_lifetime']),
        ],
        ents=[
            E('active_area', 1, 'Forming', 'Active area per plate', '≥ 1,300 cm²', N(1300), 'CMM', '300 cm²',
              p='each plate will have an active area of at least 1,300 cm²'),
            E('total_plate_area', 1, 'Forming', 'Overall plate area', '≥ 2,200 cm²', N(2200), 'CMM', '500 cm²',
              p='the overall plate area will be at least 2,200 cm²'),
            E('channel_pitch', 1, 'Forming', 'Channel pitch (nominal)', '≤ 1.28 mm', N(1.28), 'cross-section', '1.45 mm',
              p='the nominal channel pitch will be no more than 1.28 mm'),
            E('channel_pitch_tolerance', 1, 'Forming', 'Pitch tolerance', '± 0.01 mm', N(0.01), 'cross-section', '± 0.03 mm',
              p='the pitch tolerance will be ± 0.01 mm'),
            E('ridge_zone_flatness', 1, 'Forming', 'Land flatness in the GDL contact zone', '≤ 0.025 mm', N(25), 'confocal microscope', '0.04 mm',
              p='the land flatness in the GDL contact zone will be ≤ 0.025 mm'),
            E('channel_aspect_ratio', 1, 'Forming', 'Depth-to-width ratio of the channels', '≥ 0.7', N(0.7), 'cross-section', '0.6'),
            E('draft_angle', 1, 'Forming', 'Draft angle', '≤ 22°', N(22), 'cross-section', '28°'),
            E('fillet_radius', 1, 'Forming', 'Corner radius', '≤ 0.18 mm', N(0.18), 'cross-section', '0.25 mm'),
            E('thickness_deviation', 2, 'Joining', 'Thickness variation after welding', 'within ±10 µm', N(10), 'thickness gauge', '±15 µm',
              p='the welded plate thickness will vary within ±10 µm'),
            E('gas_leak_rate', 2, 'Joining', 'Helium leak rate at 0.25 MPa', '≤ 5 × 10⁻⁸ Pa·m³/s', N(5e-7), 'helium leak detector', '5 × 10⁻⁶ Pa·m³/s',
              p='the helium leak rate at 0.25 MPa will be ≤ 5 × 10⁻⁸ Pa·m³/s'),
            E('assembly_alignment_deviation', 3, 'Assembly', 'Stack component alignment error', '≤ ±0.1 mm', N(0.1), 'vision system', '±0.2 mm'),
            E('initial_contact_resistance', 4, 'Coating', 'Initial ICR (0.6 MPa, room temperature)', '≤ 2.2 mΩ·cm²', N(2.2), 'four-probe method', '3.2 mΩ·cm²',
              md=dict(val='< 2 mΩ·cm²', ans=N(2))),
            E('initial_contact_resistance', 4, 'Coating', 'Mid-term (month 18) ICR', '≤ 3 mΩ·cm²', None, 'four-probe method', '3.2 mΩ·cm²', only='docx'),
            E('initial_corrosion_current', 4, 'Coating', 'Initial corrosion current density (80 °C, pH 3)', '≤ 0.4 µA/cm²', N(0.4), 'potentiostat', '0.8 µA/cm²'),
            E('corrosion_current_3h', 4, 'Coating', 'Corrosion current density after 3 h', '≤ 35 µA/cm²', N(35), 'potentiostat', '60 µA/cm²'),
            E('contact_resistance_after_polarization', 4, 'Coating', 'ICR after 3 h at 1.6 V vs SHE', '≤ 25 mΩ·cm²', N(25), 'four-probe method', '35 mΩ·cm²'),
            E(('coating_thermal_cycles', 'thermal_cycle_temperature_range', 'coating_no_delamination'), 4, 'Coating',
              'Thermal-shock cycles between −40 °C and 120 °C without coating delamination', '≥ 10,000', (N(10000), N(-40, 120), Q), 'thermal-shock chamber', '3,000',
              p='the coating will survive at least 10,000 thermal-shock cycles between −40 °C and 120 °C without delamination'),
            E('coating_cost', 4, 'Cost', 'Coating cost', 'below CNY 32 per m²', N(32), 'cost accounting', 'about CNY 85 per m²',
              p='the coating will cost below CNY 32 per m²',
              md=dict(val='approximately CNY 30 per m²', ans=None)),
            E('test_standards', 0, 'Standards', 'Test standards for plates and coatings', 'at least 2', N(2), 'published standards', '—',
              p='at least 2 test standards for plates and coatings will be drafted'),
        ],
    ),
)

# ============================================================== 5.1
DATA['5.1'] = dict(
    dt=('超级快充/快换技术及 V2G 技术联合研究与应用示范',
        'Joint research and demonstration of super-fast charging/battery swapping and V2G technologies'),
    parts=[
        ('北京理工大学', 'Beijing Institute of Technology', 'CN', 'university', 'lead', '换电机构与总体协调', 'swap mechanism and coordination'),
        ('国网电动汽车服务有限公司', 'State Grid Electric Vehicle Service Co., Ltd.', 'CN', 'enterprise', 'member', '换电站建设与电网互动示范', 'stations and grid-interaction demonstration'),
        ('重庆大学', 'Chongqing University', 'CN', 'university', 'member', '超级充电与聚合调度', 'super-charging and aggregated dispatch'),
        ('瑞典皇家理工学院', 'KTH Royal Institute of Technology', 'SE', 'university', 'member', '商业模式与国际标准', 'business models and international standards'),
        ('丹麦技术大学', 'Technical University of Denmark', 'DK', 'university', 'member', '电网调频与B2G', 'frequency regulation and B2G'),
    ],
    refs=['[1] Ahmad F, Saad Alam M, Saad Alsaidan I, et al. Battery swapping station for electric vehicles: opportunities and challenges. IET Smart Grid, 2020, 3(3): 280-286.',
          '[2] GB/T 40032-2021 电动汽车换电安全要求. 北京: 中国标准出版社, 2021.'],
    zh=dict(
        title='重卡超级快充/快换与换电站-电网双向互动关键技术中瑞丹联合研究与示范',
        basis=['团队前期承担国家重点研发计划项目（2019YFB1600200），建成重卡换电站12座，单次换电约5分钟，站内充电功率250 kW；参与编制GB/T 40032-2021《电动汽车换电安全要求》。'],
        guide='指南要求单次换电时间低于3分钟，电池对车辆快充功率不低于120kW，换电站充电功率高于350kW，调频响应时间<200ms，干线单向运输距离不低于400km，共享联动换电站不低于40座，标准建议稿不少于5项。',
        tasks=[
            T('超级充电与重载换电机构', '研发兆瓦级超级充电技术、重载高精度快速抓取与视觉-激光融合快速定位技术，实现换电模组快换及其对车辆的快充。', ['super_charging', 'heavy_duty_gripping', 'fast_positioning', 'module_swap_and_charge']),
            T('双向互动智能架载机与聚合调度', '研制换电站双向互动智能架载机，研究谷电充电与快换电池参与聚合响应的调度机制及商业模式。', ['bidirectional_smart_rack', 'aggregated_response_dispatch', 'business_model']),
            T('干线与电网互动示范', '开展中长途重卡换电干线示范验证及区域MW级换电站参与电网聚合响应示范验证。', ['trunk_line_demonstration', 'mw_station_grid_demonstration']),
            T('标准化与国际推广', '将已形成的重卡换电技术确立为国家技术标准，并结合欧洲实际推动升级为国际标准。', ['national_standard', 'international_standard']),
        ],
        ents=[
            E('swap_time', 1, '技术指标', '单次换电时长', '150秒以内', N(2.5), '现场计时测试', '约5分钟'),
            E('swap_time', 1, '技术指标', '中期（第18个月）单次换电时长', '≤4分钟', None, '中期检查', '—', only='docx'),
            E('vehicle_fast_charge_power', 1, '技术指标', '换电模组对车快充功率', '≥150 kW', N(150), '第三方检测', '60 kW'),
            E('station_charging_power', 2, '技术指标', '站内电池超充功率', '＞400 kW', N(400), '第三方检测', '250 kW',
              md=dict(val='0.5 MW以上', ans=N(500))),
            E('frequency_regulation_response_time', 2, '技术指标', '调频指令响应时间', '＜150 ms', N(150), '电网调度测试', '1 s'),
            E('trunk_one_way_distance', 3, '示范指标', '干线单程运距', '不低于450 km', N(450), '运营数据', '200 km'),
            E('b2g_demonstration', 3, '示范指标', 'MW级换电站B2G示范', '建成并投运', Q, '验收报告', '—',
              p='建成并投运MW级换电站B2G示范项目'),
            E('b2g_station_scale', 3, '示范指标', '参与B2G示范的单站储能规模', '≥2 MW', N(2), '验收报告', '—'),
            E('b2g_linked_stations', 3, '示范指标', '共享联动换电站数量', '不少于40座', N(40), '运营平台数据', '12座',
              md=dict(val='四十座以上')),
            E('standard_drafts', 4, '标准指标', '团体/行业/国家标准建议稿', '不少于五项', N(5), '标准立项文件', '—',
              p='提出团体/行业/国家标准建议稿不少于五项'),
            E('international_standard_proposal', 4, '标准指标', '国际标准提案', '联合瑞方向IEC/TC 69提交国际标准提案1项', Q, '提案受理文件', '—',
              p='联合瑞方向IEC/TC 69提交国际标准提案1项'),
        ],
    ),
    en=dict(
        title='Super-fast charging, fast battery swapping and station–grid interaction for heavy trucks: Sino-Nordic joint research and demonstration',
        basis=['In project 2019YFB1600200 the team built 12 truck swap stations (swap time about 5 minutes, 250 kW station charging) and co-drafted GB/T 40032-2021 on battery-swap safety.'],
        guide='The guide asks for a swap time below 3 minutes, at least 120 kW vehicle charging, station charging above 350 kW, frequency response faster than 200 ms, a 400 km trunk line, 40 linked stations and at least 5 draft standards.',
        tasks=[
            T('Super-charging, heavy-duty gripping and fast positioning', 'MW-level super-charging, high-precision gripping of heavy packs, vision/laser positioning; fast swapping of the module and fast charging of the truck from it.', ['super_charging', 'heavy_duty_gripping', 'fast_positioning', 'module_swap_and_charge']),
            T('Bidirectional smart rack and aggregated dispatch', 'A battery-grid bidirectional rack loader; dispatch of off-peak charging and swap batteries in aggregated response; business models.', ['bidirectional_smart_rack', 'aggregated_response_dispatch', 'business_model']),
            T('Trunk-line and grid-response demonstration', 'A medium/long-haul heavy-truck trunk line and MW-class stations in aggregated grid response.', ['trunk_line_demonstration', 'mw_station_grid_demonstration']),
            T('Standardisation', 'National standards from the domestic swap technology and their promotion towards international standards.', ['national_standard', 'international_standard']),
        ],
        ents=[
            E('swap_time', 1, 'Technical', 'Battery swap time per truck', 'less than 2.8 minutes', N(2.8), 'timed field test', 'about 5 minutes',
              p='a truck battery swap will take less than 2.8 minutes',
              md=dict(val='within 150 s', ans=N(2.5), p='a truck battery swap will be completed within 150 s')),
            E('vehicle_fast_charge_power', 1, 'Technical', 'Fast-charging power from the swap module to the vehicle', 'at least 120 kW', N(120), 'third-party test', '60 kW'),
            E('station_charging_power', 2, 'Technical', 'Charging power of the station batteries', 'more than 0.4 MW', N(400), 'third-party test', '250 kW'),
            E('frequency_regulation_response_time', 2, 'Technical', 'Frequency-regulation response time', 'less than 0.15 s', N(150), 'grid operator test', '1 s',
              p='the station will respond to frequency-regulation signals in less than 0.15 s'),
            E('trunk_one_way_distance', 3, 'Demonstration', 'One-way distance of the demonstration trunk line', '≥ 420 km', N(420), 'operation data', '200 km'),
            E('b2g_demonstration', 3, 'Demonstration', 'B2G demonstration with MW-class swap stations', 'built and in operation', Q, 'acceptance report', '—',
              p='a B2G demonstration with MW-class swap stations will be built and put into operation'),
            E('b2g_station_scale', 3, 'Demonstration', 'Scale of each B2G station', '1.5 MW or more', N(1.5), 'acceptance report', '—'),
            E('b2g_linked_stations', 3, 'Demonstration', 'Shared, linked swap stations in the B2G demonstration', 'no fewer than 45', N(45), 'platform data', '12'),
            E('standard_drafts', 4, 'Standards', 'Draft group, industry or national standards', '≥ 5', N(5), 'standard projects', '—',
              p='we will submit ≥ 5 draft group, industry or national standards'),
            E('international_standard_proposal', 4, 'Standards', 'International standard proposal', 'one joint proposal to IEC TC 69 with KTH', Q, 'IEC receipt', '—',
              p='one international standard proposal will be submitted jointly with KTH to IEC TC 69', only='docx'),
        ],
    ),
)

# ============================================================== 6.1
DATA['6.1'] = dict(
    dt=('低碳冶金关键技术和装备联合研发', 'Joint R&D of key technologies and equipment for low-carbon metallurgy'),
    parts=[
        ('东北大学', 'Northeastern University', 'CN', 'university', 'lead', '富氢还原机理与总体协调', 'hydrogen reduction and coordination'),
        ('中国宝武钢铁集团有限公司', 'China Baowu Steel Group Co., Ltd.', 'CN', 'enterprise', 'member', '工业验证与示范', 'industrial validation and demonstration'),
        ('北京科技大学', 'University of Science and Technology Beijing', 'CN', 'university', 'member', '煤气循环与CO₂捕集', 'top-gas recycling and CO2 capture'),
        ('吕勒奥理工大学', 'Luleå University of Technology', 'SE', 'university', 'member', '生物质炭制备', 'biochar preparation'),
        ('纽卡斯尔大学', 'The University of Newcastle', 'AU', 'university', 'member', '混合燃烧热解', 'co-combustion and pyrolysis'),
        ('蒂森克虏伯钢铁欧洲股份公司', 'thyssenkrupp Steel Europe AG', 'DE', 'enterprise', 'member', '富氢喷吹工程化', 'hydrogen injection engineering'),
    ],
    refs=['[1] Suopajärvi H, Kemppainen A, Haapakangas J, et al. Extensive review of the opportunities to use biomass-based fuels in iron and steelmaking processes. Journal of Cleaner Production, 2017, 148: 709-734.',
          '[2] 张琦, 沈佳林, 许立松. 中国钢铁工业碳达峰及低碳转型路径. 钢铁, 2021, 56(10): 152-163.'],
    zh=dict(
        title='高炉富氢-生物质炭喷吹与炉顶煤气循环耦合CO₂捕集利用低碳炼铁技术及装备联合研发',
        basis=['前期在国家重点研发计划（2021YFB3700100）支持下，团队在宝武八钢430 m³高炉开展了富氢喷吹试验，吨铁CO₂排放由1.82 t降至1.65 t；胺法捕集中试装置捕集利用率约60%。'],
        guide='指南要求碳排放强度降低20%以上，焦煤量下降5%以上，二氧化碳捕集利用率80%以上，相关新技术各2-3项，召开国际研讨会1次以上。',
        tasks=[
            T('富氢还原与混合燃料燃烧基础', '研究富氢气体及氢气还原铁矿的粘结机理与过程强化规律、生物质炭与煤粉混合燃烧热解特性，揭示低碳冶金过程强化机制。', ['hydrogen_reduction_sticking', 'biochar_coal_cocombustion', 'process_intensification_mechanism']),
            T('高强度生物质炭制备与富氢气体喷吹', '开发高强度低灰生物质炭制备技术与风口富氢气体喷吹技术。', ['biochar_preparation', 'hydrogen_rich_gas_injection']),
            T('炉顶煤气循环与CO₂分离捕集耦合利用', '开发脱碳煤气循环及CO₂吸收/吸附分离与矿化利用耦合技术。', ['top_gas_recycling', 'co2_capture_utilization']),
            T('成套工艺装备与示范', '集成形成低碳冶金成套工艺与装备，并在合作企业开展示范应用。', ['process_and_equipment', 'demonstration']),
        ],
        ents=[
            E('carbon_intensity_reduction', 4, '技术指标', '吨铁CO₂排放强度降幅（较现有高炉流程）', '≥25%', N(25), '第三方碳核查', '1.82 t CO₂/t铁'),
            E('biochar_hydrogen_technologies', 2, '技术指标', '生物质炭制备及喷吹、富氢喷吹新技术', '3项', N(3), '技术鉴定', '—',
              p='形成生物质炭制备及喷吹、富氢喷吹新技术3项'),
            E('scale_validation', 2, '技术指标', '规模化验证', '在2500 m³高炉完成工业规模验证', Q, '验证报告', '430 m³高炉试验',
              p='在2500 m³高炉完成工业规模验证'),
            E('coking_coal_reduction', 2, '技术指标', '焦煤消耗降低', '6%以上', N(6), '生产数据', '焦比360 kg/t',
              md=dict(val='5%～8%', ans=N(5, 8))),
            E('gas_recycling_capture_technologies', 3, '技术指标', '煤气循环与CO₂捕集利用新技术/新材料', '2~3项', N(2, 3), '技术鉴定', '—',
              p='形成煤气循环与CO₂捕集利用新技术及新材料2~3项'),
            E('capture_process_system', 3, '技术指标', '高效吸收/吸附捕集工艺体系', '构建1套', Q, '工艺包', '—',
              p='构建高效吸收/吸附捕集工艺体系1套'),
            E('co2_capture_utilization_rate', 3, '技术指标', 'CO₂捕集利用率', '≥85%', N(85), '第三方检测', '约60%'),
            E('demonstration_completed', 4, '示范指标', '示范应用', '在宝武湛江基地完成示范应用', Q, '示范报告', '—',
              p='在宝武湛江基地完成示范应用'),
            E('international_teams', 0, '合作指标', '国际联合研发团队', '组建2支多学科交叉国际团队', Q, '—', '—',
              p='组建2支多学科交叉国际研发团队'),
            E('young_talent', 0, '合作指标', '青年人才培养', '培养青年骨干10名、博士研究生8名', Q, '—', '—',
              p='培养青年骨干10名、博士研究生8名'),
            E('rd_platform', 0, '合作指标', '研发平台', '共建中瑞低碳冶金联合实验室', Q, '—', '—',
              p='共建中瑞低碳冶金联合实验室'),
            E('cooperation_countries', 0, '合作指标', '合作国家', '与瑞典、澳大利亚、德国等3个国家开展合作', N(3), '合作协议', '—',
              p='与瑞典、澳大利亚、德国等3个国家开展合作'),
            E('patents_papers', 0, '合作指标', '核心专利与高水平论文', '联合申请发明专利12项、发表SCI论文20篇', Q, '—', '—',
              p='联合申请发明专利12项、发表SCI论文20篇'),
            E('international_seminar', 0, '合作指标', '低碳冶金国际研讨会', '召开2次', N(2), '会议纪要', '—',
              p='召开低碳冶金国际研讨会2次', md=dict(val='1~2次', ans=N(1, 2))),
        ],
    ),
    en=dict(
        title='Low-carbon ironmaking by hydrogen-rich and biochar injection coupled with top-gas recycling and CO2 capture: key technologies and equipment',
        basis=['In project 2021YFB3700100 we injected hydrogen-rich gas into a 430 m³ blast furnace and reduced CO2 from 1.82 to 1.65 t per tonne of hot metal; our amine pilot plant captured and used about 60 % of the CO2.'],
        guide='The guide requires a reduction of carbon intensity of 20 % or more, a coking-coal saving of 5 % or more and a CO2 capture and utilisation rate of 80 % or more.',
        tasks=[
            T('Fundamentals of hydrogen-rich reduction and mixed-fuel combustion', 'Sticking of iron ore reduced by hydrogen and hydrogen-rich gas, pyrolysis of biochar/coal blends and intensification mechanisms.', ['hydrogen_reduction_sticking', 'biochar_coal_cocombustion', 'process_intensification_mechanism']),
            T('High-strength biochar and hydrogen-rich gas injection', 'Biochar preparation and tuyere injection of hydrogen-rich gas.', ['biochar_preparation', 'hydrogen_rich_gas_injection']),
            T('Top-gas recycling with CO2 separation, capture and use', 'Decarbonised top-gas recycling coupled with absorption/adsorption capture and mineralisation.', ['top_gas_recycling', 'co2_capture_utilization']),
            T('Process package, equipment and demonstration', 'Integrated low-carbon ironmaking process and equipment, demonstrated at the partner plant.', ['process_and_equipment', 'demonstration']),
        ],
        ents=[
            E('carbon_intensity_reduction', 4, 'Technical', 'Reduction of CO2 intensity per tonne of hot metal vs. current blast furnaces', 'at least 22 %', N(22), 'third-party carbon audit', '1.82 t CO2/t',
              p='CO2 emissions per tonne of hot metal will fall by at least 22 % against current blast furnaces',
              md=dict(val='22 %–30 %', ans=N(22, 30), p='CO2 emissions per tonne of hot metal will fall by 22 %–30 % against current blast furnaces')),
            E('biochar_hydrogen_technologies', 2, 'Technical', 'New technologies for biochar preparation and injection and H2-rich gas injection', '2–3', N(2, 3), 'appraisal', '—',
              p='2–3 new technologies for biochar preparation and injection and for hydrogen-rich gas injection will be developed'),
            E('scale_validation', 2, 'Technical', 'Scale-up validation', 'completed on a 2,500 m³ blast furnace', Q, 'validation report', '430 m³ trial',
              p='they will be validated at industrial scale on a 2,500 m³ blast furnace'),
            E('coking_coal_reduction', 2, 'Technical', 'Coking coal saving', '≥ 5 %', N(5), 'plant data', 'coke rate 360 kg/t',
              p='coking coal consumption will fall by ≥ 5 %'),
            E('gas_recycling_capture_technologies', 3, 'Technical', 'New technologies and materials for top-gas recycling and CO2 capture/use', 'three', N(3), 'appraisal', '—',
              p='three new technologies and materials for top-gas recycling and CO2 capture and use will be delivered'),
            E('capture_process_system', 3, 'Technical', 'High-efficiency absorption/adsorption capture process', 'established', Q, 'process package', '—',
              p='a high-efficiency absorption/adsorption capture process will be established'),
            E('co2_capture_utilization_rate', 3, 'Technical', 'CO2 capture and utilisation rate', 'more than 80 %', N(80), 'third-party test', 'about 60 %'),
            E('demonstration_completed', 4, 'Demonstration', 'Demonstration', 'completed at the Zhanjiang plant of Baowu', Q, 'demonstration report', '—',
              p='the demonstration will be completed at the Zhanjiang plant of Baowu'),
            E('international_teams', 0, 'Cooperation', 'International interdisciplinary teams', 'two teams formed', Q, '—', '—',
              p='two interdisciplinary international teams will be formed'),
            E('young_talent', 0, 'Cooperation', 'Young researchers trained', '10 early-career researchers and 8 PhD students', Q, '—', '—',
              p='10 early-career researchers and 8 PhD students will be trained'),
            E('cooperation_countries', 0, 'Cooperation', 'Partner countries', 'three (Sweden, Australia and Germany)', N(3), 'agreements', '—',
              p='we will cooperate with three countries (Sweden, Australia and Germany)'),
            E('patents_papers', 0, 'Cooperation', 'Joint core patents and high-level papers', '12 patent applications and 20 SCI papers', Q, '—', '—',
              p='12 joint patent applications and 20 SCI papers will be produced'),
            E('international_seminar', 0, 'Cooperation', 'International seminars on low-carbon metallurgy', 'at least one', N(1), 'minutes', '—',
              p='at least one international seminar on low-carbon metallurgy will be held'),
        ],
    ),
)

# ============================================================== 7.1
DATA['7.1'] = dict(
    dt=('既有建筑绿色改造减碳与中和技术联合研究与示范',
        'Joint research and demonstration of carbon reduction and carbon neutrality technologies for the green retrofit of existing buildings'),
    parts=[
        ('同济大学', 'Tongji University', 'CN', 'university', 'lead', '技术体系与设计方法', 'technology system and design method'),
        ('重庆大学', 'Chongqing University', 'CN', 'university', 'member', '碳计量与监测', 'carbon metering and monitoring'),
        ('中国建筑第八工程局有限公司', 'China Construction Eighth Engineering Division Co., Ltd.', 'CN', 'enterprise', 'member', '示范工程实施', 'demonstration projects'),
        ('奥尔堡大学', 'Aalborg University', 'DK', 'university', 'member', '设计指南与评价标准', 'design guide and evaluation standard'),
        ('弗劳恩霍夫建筑物理研究所', 'Fraunhofer Institute for Building Physics IBP', 'DE', 'institute', 'member', '围护结构改造', 'envelope retrofit'),
        ('米兰理工大学', 'Politecnico di Milano', 'IT', 'university', 'member', '结构加固', 'structural strengthening'),
    ],
    refs=['[1] Ma Z, Cooper P, Daly D, et al. Existing building retrofits: Methodology and state-of-the-art. Energy and Buildings, 2012, 55: 889-902.',
          '[2] GB/T 51366-2019 建筑碳排放计算标准. 北京: 中国建筑工业出版社, 2019.'],
    zh=dict(
        title='既有公共建筑绿色改造全过程减碳与碳中和关键技术中欧联合研究及示范',
        basis=['团队主持“十三五”国家重点研发计划项目（2016YFC0700700），完成既有建筑改造示范工程6项，累计面积32万平方米；与奥尔堡大学自2015年起持续合作，联合举办研讨会4次。'],
        guide='指南要求与国外联合出版设计指南1部，联合编制评价标准1项，编制国标、行标2项，地方标准和团标3项，关键技术和产品不少于5项，联合申请发明专利5项，软件著作权2项，示范工程2项，同4个以上国家开展合作。',
        tasks=[
            T('不同气候区减碳与碳中和技术路径及技术体系', '研究严寒、寒冷、夏热冬冷、夏热冬暖地区既有建筑改造的减碳路径，构建体现地理气候、用能特点与清洁能源类型的技术体系。', ['climate_zone_pathways', 'technology_system']),
            T('低碳与碳中和计算方法和设计理论', '研究全寿命期碳排放计算方法与碳中和设计理论。', ['calculation_methods_design_theory']),
            T('关键改造技术与碳计量产品', '开发一体化低碳围护结构改造、长寿命结构加固、模块化可再生能源利用技术以及碳排放计量装置、系统和软件。', ['envelope_retrofit', 'structural_strengthening', 'modular_renewables', 'carbon_metering']),
            T('多因素时变监测计算方法与标准', '构建考虑用能结构、区域经济水平和低碳资源禀赋的时变监测计算方法和标准。', ['monitoring_calculation_standards']),
            T('国际评价合作与示范工程', '开展减碳与碳中和评价国际合作，建设改造示范工程。', ['international_evaluation_cooperation', 'demonstration_construction']),
        ],
        ents=[
            E('design_method', 2, '技术指标', '减碳与碳中和设计方法', '提出1套', Q, '专家评审', '—', p='提出既有建筑绿色改造减碳与碳中和设计方法'),
            E('carbon_neutral_technology_system', 1, '技术指标', '碳中和改造技术体系（覆盖4个气候区、办公/学校/医院建筑）', '形成', Q, '专家评审', '—',
              p='形成覆盖4个气候区和办公、学校、医院建筑的碳中和改造技术体系'),
            E('joint_design_guide', 1, '成果指标', '中外合作出版设计指南', '1部（中英文）', N(1), '出版物', '—',
              p='与奥尔堡大学合作出版设计指南1部', md=dict(val='力争出版1部', ans=N(1), p='力争与国外合作出版设计指南')),
            E('evaluation_method', 4, '技术指标', '碳中和评价新方法', '提出', Q, '专家评审', '—', p='提出碳中和评价新方法'),
            E('joint_evaluation_standard', 4, '标准指标', '中外联合编制评价标准', '1项', N(1), '标准文本', '—', p='中外联合编制减碳和碳中和评价标准1项'),
            E('national_industry_standards', 4, '标准指标', '国标/行标', '2项', N(2), '立项文件', '—', p='编制国标、行标2项'),
            E('local_group_standards', 4, '标准指标', '地方标准、团体标准', '3项以上', N(3), '立项文件', '—', p='编制地方标准和团体标准3项以上',
              md=dict(val='三项')),
            E('standards_english_editions', 4, '标准指标', '标准英文版', '上述标准均翻译为英文出版', Q, '出版物', '—', p='上述标准均翻译为英文出版'),
            E(('technology_kinds', 'technologies_products'), 3, '技术指标', '关键技术与产品',
              '一体化低碳围护结构改造、长寿命结构加固、模块化可再生能源利用技术及碳排放计量装置，合计不少于6项',
              (C('envelope_retrofit', 'structural_strengthening', 'modular_renewables', 'carbon_metering_device'), N(6)), '产品检测报告', '—',
              p='开发一体化低碳围护结构改造、长寿命结构加固、模块化可再生能源利用技术及碳排放计量装置等关键技术和产品合计不少于6项'),
            E('joint_invention_patents', 3, '成果指标', '中外联合发明专利申请', '≥5项', N(5), '受理通知书', '已授权2项'),
            E('analysis_software', 3, '技术指标', '碳中和分析计算软件', '开发1套', Q, '软件测试报告', '—', p='开发碳中和分析计算软件1套'),
            E('software_copyrights', 3, '成果指标', '软件著作权', '2项', N(2), '登记证书', '1项', p='获得软件著作权2项'),
            E('demonstration_projects', 5, '示范指标', '碳中和改造示范工程', '2项（上海、哥本哈根各1项）', N(2), '验收报告', '国内示范6项',
              p='完成碳中和改造示范工程2项（上海、哥本哈根各1项）'),
            E('cooperation_countries', 0, '合作指标', '合作国家', '同丹麦、德国、意大利、英国等4个以上国家开展合作', N(4), '合作协议', '—',
              p='同丹麦、德国、意大利、英国等4个以上国家开展技术与标准合作'),
            E('cooperation_foundation', 0, '合作指标', '合作基础', '中丹团队自2015年起持续合作', Q, '—', '合作8年', p='中丹团队自2015年起持续合作，具有深厚合作基础'),
            E('joint_papers', 0, '合作指标', '与国际同行联合发表论文', 'SCI/SSCI论文15篇', Q, '检索报告', '—', p='与国际同行联合发表SCI/SSCI论文15篇'),
            E('international_seminars', 0, '合作指标', '国际交流与研讨会议', '3次', N(3), '会议纪要', '4次（2016—2023年）', p='召开国际交流与研讨会议3次'),
        ],
    ),
    en=dict(
        title='Carbon reduction and carbon neutrality in the green retrofit of existing public buildings: Sino-European joint research and demonstration',
        basis=['The team led project 2016YFC0700700 (six retrofit demonstrations, 320,000 m² in total) and has worked with Aalborg University since 2015, with four joint workshops.'],
        guide='The guide lists, among others, one joint design guide, one joint evaluation standard, 2 national/industry and 3 local/association standards, 5 key technologies and products, 5 joint patents, 2 software copyrights, 2 demonstrations and cooperation with 4 or more countries.',
        tasks=[
            T('Pathways and technology system for climate zones', 'Carbon-reduction pathways for the retrofit of existing buildings in different climate zones and a technology system reflecting climate, energy use and clean-energy types.', ['climate_zone_pathways', 'technology_system']),
            T('Calculation methods and design theory', 'Low-carbon and carbon-neutral calculation methods and design theory.', ['calculation_methods_design_theory']),
            T('Retrofit technologies and carbon metering', 'Integrated low-carbon envelopes, long-life structural strengthening, modular renewables, and carbon metering devices, systems and software.', ['envelope_retrofit', 'structural_strengthening', 'modular_renewables', 'carbon_metering']),
            T('Time-varying monitoring methods and standards', 'Multi-factor monitoring and calculation methods and standards.', ['monitoring_calculation_standards']),
            T('International evaluation cooperation and demonstrations', 'Joint evaluation of carbon reduction and neutrality; demonstration projects.', ['international_evaluation_cooperation', 'demonstration_construction']),
        ],
        ents=[
            E('design_method', 2, 'Methods', 'Design method for carbon reduction and neutrality', 'proposed', Q, 'expert review', '—',
              p='a design method for carbon reduction and neutrality will be proposed'),
            E('carbon_neutral_technology_system', 1, 'Methods', 'Carbon-neutral retrofit technology system for different climate zones and building types', 'established', Q, 'expert review', '—',
              p='a carbon-neutral retrofit technology system for different climate zones and building types will be established'),
            E('joint_design_guide', 1, 'Outputs', 'Design guide co-published with Aalborg University', 'one', N(1), 'publication', '—',
              p='one design guide will be co-published with Aalborg University'),
            E('evaluation_method', 4, 'Methods', 'New evaluation method for carbon neutrality', 'proposed', Q, 'expert review', '—',
              p='a new evaluation method for carbon neutrality will be proposed'),
            E('joint_evaluation_standard', 4, 'Standards', 'Evaluation standard compiled jointly with foreign partners', '1', N(1), 'standard text', '—',
              p='1 evaluation standard will be compiled with our foreign partners'),
            E('national_industry_standards', 4, 'Standards', 'National or industry standards', '2', N(2), 'approval', '—',
              p='2 national or industry standards will be drafted'),
            E('local_group_standards', 4, 'Standards', 'Local and association standards', 'at least 3', N(3), 'approval', '—',
              p='at least 3 local and association standards will be drafted'),
            E('standards_english_editions', 4, 'Standards', 'English editions of the standards', 'all published in English', Q, 'publication', '—',
              p='all of them will be published in English'),
            E('technology_kinds', 3, 'Technology', 'Key technologies', 'integrated low-carbon envelope retrofit, long-life structural strengthening and modular renewable energy',
              C('envelope_retrofit', 'structural_strengthening', 'modular_renewables'), 'test reports', '—',
              p='key technologies will be developed for integrated low-carbon envelope retrofit, long-life structural strengthening and modular renewable energy'),
            E('technologies_products', 3, 'Technology', 'Key technologies and products in total', 'no fewer than 5', N(5), 'test reports', '—',
              p='no fewer than 5 key technologies and products will be delivered in total'),
            E('joint_invention_patents', 3, 'Outputs', 'Joint Sino-foreign invention patent applications', '5', N(5), 'filing receipts', '—',
              p='5 invention patents will be filed jointly with foreign partners'),
            E('analysis_software', 3, 'Technology', 'Carbon-neutrality analysis software', 'developed', Q, 'software test', '—',
              p='a carbon-neutrality analysis and calculation software will be developed'),
            E('software_copyrights', 3, 'Outputs', 'Software copyrights', '2', N(2), 'certificates', '—', p='2 software copyrights will be registered'),
            E('demonstration_projects', 5, 'Demonstration', 'Carbon-neutral retrofit demonstration projects', 'two (Shanghai and Copenhagen)', N(2), 'acceptance', '—',
              p='two carbon-neutral retrofit demonstration projects will be completed (Shanghai and Copenhagen)'),
            E('cooperation_countries', 0, 'Cooperation', 'Partner countries', 'four or more', N(4), 'agreements', '—',
              p='we will cooperate with four or more countries'),
            E('cooperation_foundation', 0, 'Cooperation', 'Cooperation record', 'joint work with Aalborg University since 2015', Q, '—', '—',
              p='the team builds on joint work with Aalborg University since 2015'),
            E('joint_papers', 0, 'Cooperation', 'Papers with international peers', 'high-level joint papers', Q, '—', '—',
              p='high-level papers will be published with international peers', only='docx'),
            E('international_seminars', 0, 'Cooperation', 'International exchange and seminar meetings', 'at least two', N(2), 'minutes', '—',
              p='at least two international seminars will be held',
              md=dict(val='two or three', ans=N(2, 3), p='two or three international seminars will be held')),
        ],
    ),
)

# ============================================================== 8.1
DATA['8.1'] = dict(
    dt=('船舶二氧化碳高效捕集与存储关键技术及装备联合研发',
        'Joint R&D of key technologies and equipment for efficient onboard CO₂ capture and storage'),
    parts=[
        ('大连海事大学', 'Dalian Maritime University', 'CN', 'university', 'lead', '吸收剂与总体协调', 'absorbents and coordination'),
        ('中国船舶集团有限公司第七一一研究所', 'Shanghai Marine Diesel Engine Research Institute', 'CN', 'institute', 'member', '样机集成与主机验证', 'prototype integration and engine validation'),
        ('中远海运能源运输股份有限公司', 'COSCO SHIPPING Energy Transportation Co., Ltd.', 'CN', 'enterprise', 'member', '实船应用与船东需求', 'shipowner requirements and onboard use'),
        ('挪威科技大学', 'Norwegian University of Science and Technology', 'NO', 'university', 'member', '解吸与液化存储', 'desorption and liquefied storage'),
        ('雅典国立技术大学', 'National Technical University of Athens', 'GR', 'university', 'member', 'IMO规则与标准研究', 'IMO rules and standards'),
    ],
    refs=['[1] Feenstra M, Monteiro J, van den Akker J T, et al. Ship-based carbon capture onboard of diesel or LNG-fuelled ships. International Journal of Greenhouse Gas Control, 2019, 85: 1-10.',
          '[2] IMO. Resolution MEPC.377(80): 2023 IMO Strategy on Reduction of GHG Emissions from Ships. London, 2023.'],
    zh=dict(
        title='船舶尾气二氧化碳低能耗捕集-液化存储关键技术与装备中挪希联合研发',
        basis=['团队在工信部高技术船舶科研项目（CJ07N20）支持下完成了500 Nm³/h尾气捕集台架试验，捕集率85%，120 ℃下解吸率30%；与挪威科技大学自2013年起联合培养博士生9名。'],
        guide='指南要求二氧化碳捕集率≥90%，100°C以下二氧化碳解吸率≥35%，在不低于3000kW的船用发动机上验证，获得不少于2个船级社认可。',
        tasks=[
            T('高效低能耗捕集技术与装备', '研制高效填料吸收塔与相变/少水胺吸收剂，降低再生能耗。', ['co2_capture']),
            T('船载CO₂液化存储', '研究捕集CO₂的压缩液化与船载储罐安全存储技术。', ['co2_storage']),
            T('实机验证与标准化', '在船用主机上开展样机验证，并开展船级社认可与标准化研究。', ['technology_validation', 'standardisation']),
            T('国际交流与合作', '与挪威、希腊伙伴联合开展IMO规则研究与国际交流。', ['international_exchange']),
        ],
        ents=[
            E('absorption_tower', 1, '技术指标', '高效填料吸收塔', '研制1套', Q, '性能测试', '—', p='研制高效填料吸收塔1套'),
            E('absorbents', 1, '技术指标', '新型吸收剂', '2种（相变吸收剂、少水胺）', N(2), '性能测试', '1种',
              p='开发相变吸收剂和少水胺吸收剂2种'),
            E('capture_rate', 1, '技术指标', 'CO₂捕集效率', '≥90%', N(90), '第三方检测', '85%', md=dict(val='90%以上')),
            E('desorption_tower_catalyst', 1, '技术指标', '解吸塔与低能耗解吸催化剂', '研制', Q, '性能测试', '—',
              p='研制解吸塔与低能耗解吸催化剂'),
            E('desorption_temperature', 1, '技术指标', '再生（解吸）温度', '≤95 ℃', N(95), '性能测试', '120 ℃'),
            E('desorption_rate', 1, '技术指标', '95 ℃下CO₂解吸率', '≥40%', N(40), '性能测试', '30%（120 ℃）'),
            E(None, 2, '技术指标', '液化CO₂储罐容积', '≥500 m³', None, '设计审查', '—'),
            E('validation_prototype', 3, '验证指标', '捕集-存储验证样机', '1台（烟气处理量5000 Nm³/h）', N(1), '验收报告', '台架',
              p='形成捕集-存储验证样机1台（烟气处理量5000 Nm³/h）'),
            E('validation_engine_power', 3, '验证指标', '验证主机功率', '不低于3.2 MW', N(3200), '验收报告', '—'),
            E('classification_society_approvals', 3, '验证指标', '船级社认可', '获得CCS、DNV两家船级社原则性认可（AiP）', N(2), 'AiP证书', '—',
              p='获得CCS、DNV两家船级社原则性认可（AiP）',
              md=dict(val='争取获得3家船级社认可，确保不少于2家', p='船级社认可争取3家，确保不少于2家')),
            E('shipowner_orders', 0, '应用指标', '船东订单', '1~2个', N(1, 2), '订单合同', '—', p='获得船东订单1~2个'),
            E('international_proposals', 4, '合作指标', '提交IMO的船舶碳减排规则/标准提案', '1-2份', N(1, 2), '提案文件', '—',
              p='向IMO提交船舶碳减排规则或标准提案1-2份'),
            E('foreign_co_proposers', 4, '合作指标', '国外联合提案方', '不少于1个（挪威海事局）', N(1), '提案文件', '—',
              p='国外联合提案方不少于1个（挪威海事局）'),
            E('cooperation_foundation', 4, '合作指标', '合作基础', '与挪威科技大学已合作十余年', Q, '—', '—',
              p='与挪威科技大学已有十余年合作基础'),
            E('cooperation_countries', 4, '合作指标', '实质性合作国家', '2个以上（挪威、希腊）', N(2), '合作协议', '—',
              p='同挪威、希腊2个以上国家开展实质性合作'),
        ],
    ),
    en=dict(
        title='Low-energy capture and liquefied onboard storage of ship exhaust CO2: joint R&D of key technologies and equipment',
        basis=['In MIIT high-tech ship project CJ07N20 the team tested a 500 Nm³/h exhaust capture rig (85 % capture, 30 % desorption at 120 °C). NTNU and Dalian Maritime University have co-supervised 9 PhD students since 2013.'],
        guide='The guide asks for ≥ 90 % capture, ≥ 35 % desorption below 100 °C, validation on a marine engine of at least 3000 kW and approval by at least 2 classification societies.',
        tasks=[
            T('Efficient low-energy capture', 'High-efficiency packed absorber; phase-change and water-lean amine absorbents.', ['co2_capture']),
            T('Onboard liquefied storage', 'Compression, liquefaction and safe tank storage of the captured CO2.', ['co2_storage']),
            T('Engine validation and standardisation', 'Validation of the prototype on a marine engine; class approval and standardisation.', ['technology_validation', 'standardisation']),
            T('International exchange', 'IMO rule studies and exchange with Norwegian and Greek partners.', ['international_exchange']),
        ],
        ents=[
            E('absorption_tower', 1, 'Technical', 'High-efficiency CO2 absorber', 'one unit', Q, 'performance test', '—',
              p='a high-efficiency CO2 absorption tower will be built'),
            E('absorbents', 1, 'Technical', 'CO2 absorbents', 'two', N(2), 'performance test', 'one',
              p='two CO2 absorbents will be developed'),
            E('capture_rate', 1, 'Technical', 'CO2 capture rate', '≥ 90 %', N(90), 'third-party test', '85 %'),
            E('desorption_tower_catalyst', 1, 'Technical', 'Desorber and low-energy desorption catalyst', 'developed', Q, 'performance test', '—',
              p='a desorber with a low-energy desorption catalyst will be developed'),
            E('desorption_temperature', 1, 'Technical', 'Desorption temperature', '≤ 98 °C', N(98), 'performance test', '120 °C',
              p='desorption will run at no more than 98 °C'),
            E('desorption_rate', 1, 'Technical', 'CO2 desorption rate at that temperature', '≥ 38 %', N(38), 'performance test', '30 %',
              p='the desorption rate at that temperature will be at least 38 %'),
            E('validation_prototype', 3, 'Validation', 'Validation prototype', 'one', N(1), 'acceptance', 'test rig',
              p='one validation prototype of the capture and storage system will be built'),
            E('validation_engine_power', 3, 'Validation', 'Power of the marine engine used for validation', 'at least 3,000 kW', N(3000), 'acceptance', '—',
              p='it will be validated on a marine engine of at least 3,000 kW',
              md=dict(val='3.5 MW (main engine of the test vessel)', ans=N(3500), p='it will be validated on the 3.5 MW main engine of the test vessel')),
            E('classification_society_approvals', 3, 'Validation', 'Classification society approvals', 'two (DNV and CCS)', N(2), 'AiP certificates', '—',
              p='approval in principle will be obtained from two classification societies (DNV and CCS)'),
            E('cooperation_foundation', 4, 'Cooperation', 'Cooperation record', 'more than ten years of joint work with NTNU', Q, '—', '—',
              p='the team builds on more than ten years of joint work with NTNU'),
            E('cooperation_countries', 4, 'Cooperation', 'Countries in substantive cooperation', '2 or more', N(2), 'agreements', '—',
              p='substantive cooperation will involve 2 or more countries'),
            E('shipowner_orders', 0, 'Market', 'Shipowner orders', '1–2 contracts', N(1, 2), 'contracts', '—', p='1–2 shipowner order contracts will be signed'),
            E('international_proposals', 4, 'Cooperation', 'Proposals on international rules or standards for ship decarbonisation', 'at least one IMO submission', N(1), 'submission', '—',
              p='at least one proposal on international rules or standards will be submitted to the IMO'),
            E('foreign_co_proposers', 4, 'Cooperation', 'Foreign co-proposers', 'one (Norwegian Maritime Authority)', N(1), 'submission', '—',
              p='one foreign co-proposer (the Norwegian Maritime Authority) will join it'),
        ],
    ),
)

# ============================================================== 9.1
DATA['9.1'] = dict(
    dt=('甲烷排放的星-地监测评估方法与标准联合研究',
        'Joint research on satellite-ground monitoring and assessment methods and standards for methane emissions'),
    parts=[
        ('中国科学院空天信息创新研究院', 'Aerospace Information Research Institute, Chinese Academy of Sciences', 'CN', 'institute', 'lead', '卫星反演与自上而下核算', 'satellite retrieval and top-down accounting'),
        ('中国计量科学研究院', 'National Institute of Metrology, China', 'CN', 'institute', 'member', '甲烷标准气体与计量比对', 'methane standard gases and comparisons'),
        ('南京大学', 'Nanjing University', 'CN', 'university', 'member', '稻田湿地通量清单', 'paddy and wetland flux inventories'),
        ('英国国家物理实验室', 'National Physical Laboratory', 'GB', 'institute', 'member', '排放量测量不确定度', 'emission measurement uncertainty'),
        ('荷兰空间研究所', 'SRON Netherlands Institute for Space Research', 'NL', 'institute', 'member', 'TROPOMI数据同化', 'TROPOMI data assimilation'),
    ],
    refs=['[1] Jacob D J, Varon D J, Cusworth D H, et al. Quantifying methane emissions from the global scale down to point sources using satellite observations of atmospheric methane. Atmospheric Chemistry and Physics, 2022, 22(14): 9617-9646.',
          '[2] Saunois M, Stavert A R, Poulter B, et al. The Global Methane Budget 2000–2017. Earth System Science Data, 2020, 12(3): 1561-1623.'],
    zh=dict(
        title='甲烷排放星-地协同监测、核算与校验标准中英荷联合研究',
        basis=['团队前期基于TROPOMI数据反演了2019—2020年中国1°×1°甲烷排放通量，区域收支不确定度约40%（国家自然科学基金42175132）；中国计量科学研究院甲烷标准气体的标准不确定度为0.5%（GBW(E)062305）。'],
        guide='指南要求核算全球前20经济体2010-2021年甲烷月平均排放通量，空间分辨率0.5°×0.625°，不确定度下降25%，相对误差小于25%，排放量测量标准不确定度优于20%，标准不确定度0.15%~0.30%，田块尺度估算精度优于80%，示范区不确定性低于15%。',
        tasks=[
            T('“自上而下”多尺度排放计算与“自下而上”协同核算', '基于TROPOMI、GOSAT及高分五号数据研究全球、区域和热点尺度排放计算方法，与排放清单协同构建定量核算体系。', ['top_down_emission_calculation', 'bottom_up_accounting_system']),
            T('排放与减排潜力评估及未来源汇变化', '评估全球及我国不同区域自然和人为排放与减排潜力，模拟未来源汇变化及气候环境效应。', ['emission_mitigation_potential', 'future_source_sink_changes']),
            T('企业/区域排放精准测量与典型高排区监测', '研究排放空间分布精准测量方法，在工业园区、煤矿区和垃圾填埋场开展监测评估。', ['spatial_distribution_measurement', 'high_emission_area_monitoring']),
            T('甲烷浓度标尺与标准气体', '研制系列甲烷标准气体，建立宽量程高精度浓度标尺。', ['concentration_scale']),
            T('稻田/湿地通量清单与星-地相互校验', '研发高时空分辨率稻田湿地通量清单方法，建立卫星、地面与模型的相互校验技术，探索评估校验标准。', ['wetland_paddy_flux_inventory', 'cross_validation_methods', 'validation_standard']),
        ],
        ents=[
            E('economies_accounted', 1, '核算指标', '月均甲烷排放通量核算覆盖的经济体', '全球排放前25个经济体', N(25), '数据集', '—',
              p='核算全球排放前25个经济体的月均甲烷排放通量'),
            E('global_flux_period', 1, '核算指标', '核算时段', '2010—2022年', N(2010, 2022), '数据集', '2019—2020年'),
            E(('global_flux_resolution_lat', 'global_flux_resolution_lon'), 1, '核算指标', '通量网格分辨率（纬度×经度）', '0.5°×0.625°', (N(0.5), N(0.625)), '数据集', '1°×1°'),
            E('budget_uncertainty_reduction', 1, '核算指标', '区域甲烷收支不确定度降低', '≥30%', N(30), '同化试验', '约40%（不确定度）'),
            E('attribution_relative_error', 2, '核算指标', '人为源/自然源分离相对误差', '<20%', N(20), '独立验证', '—'),
            E('direct_remote_sensing', 3, '监测指标', '重点区域排放通量直接遥感测量', '实现', Q, '监测报告', '—',
              p='实现重点区域排放通量直接遥感测量'),
            E('emission_measurement_uncertainty', 3, '监测指标', '点源排放量测量标准不确定度', '优于15%', N(15), '计量评定', '—'),
            E('standard_gases', 4, '计量指标', '系列甲烷标准气体', '研制8个浓度点', Q, '国家标准物质证书', '—',
              p='研制8个浓度点的系列甲烷标准气体'),
            E('standard_gas_concentration_range', 4, '计量指标', '标准气浓度范围', '1×10⁻⁶～0.1 mol/mol', N(1e-6, 0.1), '定值报告', '2×10⁻⁶～5×10⁻³ mol/mol',
              md=dict(val='1 μmol/mol～100 mmol/mol')),
            E('standard_gas_uncertainty', 4, '计量指标', '标准气标准不确定度', '0.10%～0.30%', N(0.1, 0.3), '定值报告', '0.5%'),
            E('paddy_wetland_flux_period', 5, '清单指标', '全国稻田/湿地月均甲烷通量时段', '2010—2021年', N(2010, 2021), '数据集', '—'),
            E('field_flux_estimation_accuracy', 5, '清单指标', '田块尺度通量估算精度', '优于85%', N(85), '通量塔验证', '70%'),
            E('demo_flux_uncertainty', 5, '清单指标', '示范区通量估算不确定性', '＜12%', N(12), '独立验证', '—',
              md=dict(val='12%左右', ans=None)),
            E('international_accounting_standards', 0, '国际合作指标', '参与国际排放核算标准', '参与IPCC国家温室气体清单方法学修订', Q, '—', '—',
              p='参与IPCC国家温室气体清单方法学修订'),
            E('peer_recognition', 0, '国际合作指标', '国际同行认可', '核算结果获国际同行认可', Q, '—', '—', p='核算结果获国际同行认可'),
            E('metrology_comparison', 0, '国际合作指标', '甲烷国际计量比对', '参加CCQM关键比对1次', Q, '比对报告', '—', p='参加CCQM甲烷关键比对'),
            E('publications', 0, '成果指标', '关键方法与技术论文', '发表SCI论文15篇', Q, '检索报告', '—', p='发表关键方法与技术SCI论文15篇'),
            E('patents', 0, '成果指标', '技术专利', '申请发明专利5项', Q, '受理通知书', '—', p='申请发明专利5项'),
            E('demonstration_validation', 0, '成果指标', '示范应用与验证', '在山西煤矿区和江苏稻田开展示范验证', Q, '示范报告', '—',
              p='在山西煤矿区和江苏稻田开展示范应用与验证'),
        ],
    ),
    en=dict(
        title='Satellite–ground monitoring, accounting and validation standards for methane emissions: a Sino-British-Dutch joint study',
        basis=['From TROPOMI data the team retrieved China\'s methane fluxes for 2019–2020 on a 1° × 1° grid with a regional budget uncertainty of about 40 % (NSFC grant 42175132); NIM\'s current methane standard gases carry a standard uncertainty of 0.5 %.'],
        guide='The guide asks for the monthly fluxes of the top 20 economies in 2010–2021 at 0.5° × 0.625°, a 25 % lower budget uncertainty, attribution errors below 25 %, emission uncertainties better than 20 %, standard gases of 0.15 %–0.30 % uncertainty and field-scale accuracy better than 80 %.',
        tasks=[
            T('Top-down emission calculation and coordination with bottom-up inventories', 'Global, regional and hotspot-scale inversions and a coordinated accounting system.', ['top_down_emission_calculation', 'bottom_up_accounting_system']),
            T('Emissions, mitigation potential and future source-sink changes', 'Natural and anthropogenic emissions, mitigation potential and future changes with their climate effects.', ['emission_mitigation_potential', 'future_source_sink_changes']),
            T('Precise measurement at facility and regional scale', 'Spatial distribution of emissions; monitoring of industrial parks, coal mines and landfills.', ['spatial_distribution_measurement', 'high_emission_area_monitoring']),
            T('Methane concentration scale and standard gases', 'A series of gravimetric methane standards forming a wide-range concentration scale.', ['concentration_scale']),
            T('Paddy/wetland inventories and satellite–ground cross-validation', 'High-resolution paddy and wetland inventories; mutual validation of satellite, ground and model fluxes; a validation standard.', ['wetland_paddy_flux_inventory', 'cross_validation_methods', 'validation_standard']),
        ],
        ents=[
            E('economies_accounted', 1, 'Accounting', 'Economies whose monthly methane fluxes are accounted', 'the top 20', N(20), 'dataset', '—',
              p='monthly methane fluxes will be accounted for the top 20 economies'),
            E('global_flux_period', 1, 'Accounting', 'Accounting period', '2010–2021', N(2010, 2021), 'dataset', '2019–2020',
              p='the accounting will cover 2010–2021'),
            E(('global_flux_resolution_lat', 'global_flux_resolution_lon'), 1, 'Accounting', 'Grid resolution (lat × lon)', '0.25° × 0.3125°', (N(0.25), N(0.3125)), 'dataset', '1° × 1°',
              p='the flux grid will be 0.25° × 0.3125° (lat × lon)'),
            E('budget_uncertainty_reduction', 1, 'Accounting', 'Reduction of the regional budget uncertainty', 'at least 25 %', N(25), 'assimilation tests', 'about 40 % uncertainty',
              p='the uncertainty of regional methane budgets will be reduced by at least 25 %'),
            E('attribution_relative_error', 2, 'Accounting', 'Relative error of separating anthropogenic and natural sources', 'below 20 %', N(20), 'independent validation', '—',
              p='anthropogenic and natural sources will be separated with a relative error below 20 %'),
            E('direct_remote_sensing', 3, 'Monitoring', 'Direct remote sensing of fluxes in key regions', 'achieved', Q, 'monitoring report', '—',
              p='fluxes in key regions will be measured directly by remote sensing'),
            E('emission_measurement_uncertainty', 3, 'Monitoring', 'Standard uncertainty of emission measurements', 'better than 18 %', N(18), 'metrological evaluation', '—',
              p='emission measurements will have a standard uncertainty better than 18 %'),
            E('standard_gases', 4, 'Metrology', 'Series of methane standard gases', 'developed', Q, 'certificates', '—',
              p='a series of methane standard gases will be developed'),
            E('standard_gas_concentration_range', 4, 'Metrology', 'Concentration range of the standard gases', '1 µmol/mol to 0.1 mol/mol', N(1e-6, 0.1), 'certification', '2 µmol/mol to 5 mmol/mol',
              p='the standards will cover 1 µmol/mol to 0.1 mol/mol'),
            E('standard_gas_uncertainty', 4, 'Metrology', 'Standard uncertainty of the standard gases', '0.15 %–0.30 %', N(0.15, 0.3), 'certification', '0.5 %',
              p='their standard uncertainties will be 0.15 %–0.30 %'),
            E('paddy_wetland_flux_period', 5, 'Inventory', 'Period of the national paddy/wetland monthly fluxes', '2010–2021', N(2010, 2021), 'dataset', '—',
              p='national monthly paddy and wetland fluxes will be produced for 2010–2021'),
            E('field_flux_estimation_accuracy', 5, 'Inventory', 'Accuracy of field-scale flux estimates', 'better than 82 %', N(82), 'flux towers', '70 %',
              p='field-scale estimates will be better than 82 % accurate',
              md=dict(val='> 82 %')),
            E('demo_flux_uncertainty', 5, 'Inventory', 'Uncertainty of fluxes in the demonstration area', '< 14 %', N(14), 'independent validation', '—',
              p='the flux uncertainty in the demonstration area will be < 14 %',
              md=dict(val='around 14 %', ans=None, p='the flux uncertainty in the demonstration area will be around 14 %')),
            E('international_accounting_standards', 0, 'International', 'International accounting standards', 'active contribution to the IPCC methodology refinement', Q, '—', '—',
              p='the team will contribute actively to the refinement of the IPCC inventory methodology'),
            E('metrology_comparison', 0, 'International', 'International metrology comparison of methane', 'participation in a CCQM key comparison', Q, 'comparison report', '—',
              p='we will take part in a CCQM key comparison of methane'),
            E('publications', 0, 'Outputs', 'Papers on key methods', '15 SCI papers', Q, '—', '—', p='we will publish 15 SCI papers on the key methods'),
            E('patents', 0, 'Outputs', 'Patents', '5 invention patent applications', Q, '—', '—', p='we will file 5 invention patents'),
            E('demonstration_validation', 0, 'Outputs', 'Demonstration and validation', 'in Shanxi coal mines and Jiangsu paddies', Q, '—', '—',
              p='the methods will be demonstrated and validated in Shanxi coal mines and Jiangsu paddy fields'),
        ],
    ),
)

# ============================================================== 9.3
DATA['9.3'] = dict(
    dt=('气候变化和人类活动对海上丝路沿线国家蓝碳生态系统的耦合影响机制合作研究',
        'Collaborative research on the coupled impacts of climate change and human activity on blue carbon ecosystems of the Maritime Silk Road countries'),
    parts=[
        ('厦门大学', 'Xiamen University', 'CN', 'university', 'lead', '总体协调与红树林研究', 'coordination and mangroves'),
        ('自然资源部第三海洋研究所', 'Third Institute of Oceanography, Ministry of Natural Resources', 'CN', 'institute', 'member', '遥感制图', 'remote-sensing mapping'),
        ('中山大学', 'Sun Yat-sen University', 'CN', 'university', 'member', '海草床与盐沼', 'seagrass and salt marsh'),
        ('印度尼西亚国家研究与创新署', 'National Research and Innovation Agency (BRIN)', 'ID', 'institute', 'member', '印尼野外调查', 'field surveys in Indonesia'),
        ('朱拉隆功大学', 'Chulalongkorn University', 'TH', 'university', 'member', '泰国示范应用', 'demonstration in Thailand'),
        ('鲁胡纳大学', 'University of Ruhuna', 'LK', 'university', 'member', '斯里兰卡脆弱带识别', 'vulnerable zones in Sri Lanka'),
    ],
    refs=['[1] Duarte C M, Losada I J, Hendriks I E, et al. The role of coastal plant communities for climate change mitigation and adaptation. Nature Climate Change, 2013, 3(11): 961-968.',
          '[2] 王秀君, 章海波, 韩广轩. 中国海岸带及近海碳循环与蓝碳潜力. 中国科学院院刊, 2016, 31(10): 1218-1225.'],
    zh=dict(
        title='气候变化与人类活动耦合作用下海上丝路沿线红树林-盐沼-海草床蓝碳生态系统演变机制合作研究',
        basis=['团队前期完成了中国—东盟海洋合作基金项目（2019-ASEAN-07），绘制了东南亚5国1990—2020年红树林分布图（比例尺1:10万，间隔10年），识别关键脆弱带4个。'],
        guide='指南要求评估压力源5项以上，完成资源分布图1套，时间跨度35年以上，间隔不低于5年，精度不低于1:5万比例尺，识别关键因子5个以上、关键脆弱带10个以上，实现6个国家以上跨界管理示范应用。',
        tasks=[
            T('资源、生物多样性与碳汇变化过程和机理', '研究气候变化与人类活动耦合影响下红树林、盐沼、海草床资源、生物多样性和碳汇的变化过程与机理。', ['change_processes_mechanisms']),
            T('关键影响因子与调控因子', '定量分离气候因子与人类活动的相对贡献，揭示关键调控因子。', ['key_drivers']),
            T('关键脆弱带识别', '基于暴露度-敏感性-适应性框架识别蓝碳生态系统响应气候变化的关键脆弱带。', ['vulnerable_zones']),
            T('跨界管理框架与保护利用', '提出蓝碳生态系统应对气候变化跨界管理框架，推动蓝碳资源保护和利用。', ['transboundary_framework', 'conservation_and_use']),
        ],
        ents=[
            E('change_mechanism_assessment', 1, '评估指标', '变化机制评估内容', '资源分布、物种多样性、碳汇及其他生态服务功能',
              C('resource_distribution', 'species_diversity', 'carbon_sink', 'other_ecosystem_services'), '评估报告', '—',
              p='完成资源分布、物种多样性、碳汇及其他生态服务功能等方面变化机制的评估'),
            E('stressors_assessed', 1, '评估指标', '评估压力源数量', '7项', N(7), '评估报告', '—', p='评估压力源7项'),
            E('stressor_types', 1, '评估指标', '压力源类型', '围填海、水体富营养化、海洋酸化、污染物排放、海水增温、海平面上升、外来物种入侵',
              C('coastal_reclamation', 'eutrophication', 'ocean_acidification', 'pollutant_discharge', 'seawater_warming', 'sea_level_rise', 'other'), '评估报告', '—',
              p='压力源包括围填海、水体富营养化、海洋酸化、污染物排放、海水增温、海平面上升和外来物种入侵',
              md=dict(val='围填海、富营养化、海洋酸化、污染物排放、海水增温、海平面上升',
                      ans=C('coastal_reclamation', 'eutrophication', 'ocean_acidification', 'pollutant_discharge', 'seawater_warming', 'sea_level_rise'))),
            E('distribution_maps', 1, '制图指标', '蓝碳生态系统资源分布图集', '1套', N(1), '图集', '—', p='完成蓝碳生态系统资源分布图集1套'),
            E('map_sea_areas', 1, '制图指标', '图集覆盖范围', '沿线国家近岸及近海海域', C('nearshore', 'offshore'), '图集', '5国近岸',
              p='覆盖沿线国家近岸及近海海域'),
            E('map_time_span', 1, '制图指标', '制图时间跨度', '1985—2023年，共38年', N(38), '图集', '30年'),
            E('map_interval', 1, '制图指标', '制图时间间隔', '每5年一期', N(5), '图集', '10年', md=dict(val='每3～5年一期', ans=N(3, 5))),
            E('key_factors', 2, '机制指标', '关键驱动因子', '≥6个', N(6), '评估报告', '—'),
            E('key_vulnerable_zones', 3, '机制指标', '关键脆弱带', '10个以上', N(10), '评估报告', '4个'),
            E('transboundary_demo_countries', 4, '示范指标', '跨界管理示范应用国家', '7个（中国、印尼、泰国、斯里兰卡、马来西亚、越南、菲律宾）', N(7), '示范报告', '—',
              p='在中国、印尼、泰国、斯里兰卡、马来西亚、越南、菲律宾7个国家实现蓝碳资源跨界管理示范应用'),
            E('technical_support', 4, '示范指标', '技术与成果支撑', '为中国与沿线国家蓝碳保护利用合作提供技术和成果支撑', Q, '应用证明', '—',
              p='为中国与沿线国家蓝碳保护利用合作提供技术和成果支撑'),
        ],
    ),
    en=dict(
        title='Coupled effects of climate change and human activity on mangrove, salt-marsh and seagrass blue carbon ecosystems along the Maritime Silk Road',
        basis=['In the China–ASEAN Maritime Cooperation Fund project 2019-ASEAN-07 the team mapped mangroves in five South-East Asian countries for 1990–2020 (scale 1:100,000, every 10 years) and identified 4 vulnerable zones.'],
        guide='The guide requires 5 or more stressors, one map set over 35 years or more at intervals of no more than 5 years and a scale no coarser than 1:50,000, 5 or more key factors, 10 or more vulnerable zones and demonstrations in 6 or more countries.',
        tasks=[
            T('Change processes and mechanisms of resources, biodiversity and carbon sinks', 'Mangroves, salt marshes and seagrass beds under coupled climate change and human activity.', ['change_processes_mechanisms']),
            T('Key drivers and regulating factors', 'Separating the contributions of climate and human drivers.', ['key_drivers']),
            T('Vulnerable zones', 'Exposure–sensitivity–adaptive capacity assessment of the zones most vulnerable to climate change.', ['vulnerable_zones']),
            T('Transboundary management framework', 'A transboundary management framework for blue carbon under climate change.', ['transboundary_framework'], only='docx'),
        ],
        ents=[
            E('change_mechanism_assessment', 1, 'Assessment', 'Aspects of the change-mechanism assessment', 'resource distribution, species diversity and carbon sinks',
              C('resource_distribution', 'species_diversity', 'carbon_sink'), 'assessment report', '—',
              p='the change mechanisms of resource distribution, species diversity and carbon sinks will be assessed'),
            E('stressors_assessed', 1, 'Assessment', 'Stressors assessed', 'at least 6', N(6), 'assessment report', '—',
              p='at least 6 stressors will be assessed'),
            E('stressor_types', 1, 'Assessment', 'Stressor types', 'coastal reclamation, eutrophication, ocean acidification, pollutant discharge, seawater warming and sea-level rise',
              C('coastal_reclamation', 'eutrophication', 'ocean_acidification', 'pollutant_discharge', 'seawater_warming', 'sea_level_rise'), 'assessment report', '—',
              p='they include coastal reclamation, eutrophication, ocean acidification, pollutant discharge, seawater warming and sea-level rise'),
            E('distribution_maps', 1, 'Mapping', 'Blue carbon distribution map set', 'one set', N(1), 'atlas', '—', p='one set of distribution maps will be completed'),
            E('map_sea_areas', 1, 'Mapping', 'Sea areas covered', 'nearshore and offshore waters of the partner countries', C('nearshore', 'offshore'), 'atlas', 'nearshore only',
              p='the maps will cover nearshore and offshore waters'),
            E('map_time_span', 1, 'Mapping', 'Time span of the maps', 'at least 36 years', N(36), 'atlas', '30 years', p='they will span at least 36 years',
              md=dict(val='1987–2023 (36 years)', p='they will span 1987–2023 (36 years)')),
            E('map_interval', 1, 'Mapping', 'Interval between maps', 'every 5 years', N(5), 'atlas', '10 years', p='a map will be produced every 5 years'),
            E('key_factors', 2, 'Mechanisms', 'Key climate-change factors identified', '≥ 5', N(5), 'report', '—',
              p='≥ 5 key climate-change factors will be identified'),
            E('key_vulnerable_zones', 3, 'Mechanisms', 'Key vulnerable zones', '12', N(12), 'report', '4', p='12 key vulnerable zones will be identified',
              md=dict(val='more than 10', ans=N(10), p='more than 10 key vulnerable zones will be identified')),
            E('transboundary_demo_countries', 4, 'Demonstration', 'Countries with a transboundary management demonstration', 'six or more', N(6), 'demonstration report', '—',
              p='transboundary management will be demonstrated in six or more countries'),
            E('technical_support', 4, 'Demonstration', 'Support for China–Maritime Silk Road blue carbon cooperation', 'technical and results support', Q, '—', '—',
              p='the project will provide technical and results support for blue carbon cooperation between China and the Maritime Silk Road countries'),
        ],
    ),
)

# ============================================================== 10.2
DATA['10.2'] = dict(
    dt=('抗肿瘤药物相关心血管损伤的防控及干预',
        'Prevention, control and intervention of cardiovascular injury related to anti-cancer drugs'),
    parts=[
        ('中国医学科学院阜外医院', 'Fuwai Hospital, Chinese Academy of Medical Sciences', 'CN', 'hospital', 'lead', '临床队列与影像诊断', 'clinical cohort and imaging'),
        ('中国医学科学院肿瘤医院', 'Cancer Hospital, Chinese Academy of Medical Sciences', 'CN', 'hospital', 'member', '肿瘤患者入组与随访', 'patient enrolment and follow-up'),
        ('北京大学', 'Peking University', 'CN', 'university', 'member', '分子机制与干预手段', 'mechanisms and interventions'),
        ('斯坦福大学', 'Stanford University', 'US', 'university', 'member', 'hiPSC疾病模型', 'hiPSC disease models'),
        ('伦敦大学学院', 'University College London', 'GB', 'university', 'member', '生物标志物验证', 'biomarker validation'),
    ],
    refs=['[1] Lyon A R, López-Fernández T, Couch L S, et al. 2022 ESC Guidelines on cardio-oncology. European Heart Journal, 2022, 43(41): 4229-4361.',
          '[2] Sharma A, Burridge P W, McKeithan W L, et al. High-throughput screening of tyrosine kinase inhibitor cardiotoxicity with human induced pluripotent stem cells. Science Translational Medicine, 2017, 9(377): eaaf2584.'],
    zh=dict(
        title='肿瘤治疗相关心血管毒性的早期识别、机制与干预：中美英心脏肿瘤学联合研究',
        basis=['阜外医院牵头建立的心脏肿瘤学队列已入组患者3,200例（ClinicalTrials.gov NCT04567890）；斯坦福大学团队已建立蒽环类心肌病hiPSC模型2种；合作发表论文见Circulation, 2021, 144(12): 956-970。'],
        guide='指南要求发现3-5种共病关键功能机制，建立3-5种干细胞疾病模型，发现4-6种早期生物分子标志物，研发3-5种影像学早期诊断技术，形成指南和共识1-2项。',
        tasks=[
            T('共病危险因素的队列研究', '依托10,000例肿瘤患者前瞻性队列，探索导致肿瘤与心血管疾病共病的未知危险因素。', ['comorbidity_risk_factors']),
            T('hiPSC疾病模型', '利用不同人群来源的人多能干细胞分化心肌细胞和血管细胞，建立肿瘤治疗相关心血管并发症模型。', ['stem_cell_disease_models']),
            T('相互作用机制与治疗靶点', '解析肿瘤与心血管疾病相互作用的分子机制，筛选治疗靶点。', ['interaction_mechanisms_targets']),
            T('靶向药物心血管并发症早期标志物', '研究靶向药物所致心功能不全和高血压的早期生物分子标志物。', ['early_biomarkers']),
            T('新型干预手段及系统评价', '针对不同机制开发遏制和逆转心血管并发症的干预手段，并进行系统评价。', ['new_interventions', 'systematic_evaluation']),
        ],
        ents=[
            E('comorbidity_mechanisms', 3, '科学指标', '已知危险因素致共病的关键功能机制（克隆性造血、肥胖、吸烟等）', '3～5种', N(3, 5), '论文及验证数据', '—',
              p='揭示克隆性造血、肥胖、吸烟等已知危险因素导致共病的关键功能机制3～5种'),
            E('stem_cell_models', 2, '模型指标', 'hiPSC心血管并发症疾病模型', '不少于4种', N(4), '模型鉴定报告', '—',
              p='建立hiPSC心血管并发症疾病模型不少于4种'),
            E('stem_cell_models_ethnicities', 2, '模型指标', '模型来源人群', '涵盖东亚、欧洲和非洲裔人群', Q, '细胞系档案', '—',
              p='模型来源涵盖东亚、欧洲和非洲裔人群'),
            E('early_complication_biomarkers', 4, '转化指标', '早期生物分子标志物', '4-6种', N(4, 6), '验证队列', '—',
              p='发现早期生物分子标志物4-6种', md=dict(val='约5种', ans=None)),
            E('imaging_early_diagnosis_techniques', 4, '转化指标', '影像学早期诊断技术（应变成像、CMR T1 mapping等）', '3项', N(3), '诊断准确性研究', '—',
              p='研发应变成像、CMR T1 mapping等影像学早期诊断技术3项'),
            E('cardio_oncology_guidelines', 5, '转化指标', '心脏肿瘤学诊疗指南/专家共识', '1-2项', N(1, 2), '发布文件', '—',
              p='形成心脏肿瘤学诊疗指南或专家共识1-2项'),
            E(None, 0, '成果指标', 'SCI论文', '20篇', None, '检索报告', '—', p='发表SCI论文20篇'),
        ],
    ),
    en=dict(
        title='Early detection, mechanisms and intervention of cancer-therapy-related cardiovascular toxicity: a China–US–UK cardio-oncology study',
        basis=['The Fuwai cardio-oncology cohort has enrolled 3,200 patients (NCT04567890); Stanford has established 2 hiPSC models of anthracycline cardiomyopathy; joint work appeared in Circulation, 2021, 144(12): 956-970.'],
        guide='The guide expects 3-5 comorbidity mechanisms, 3-5 stem-cell disease models, 4-6 early biomarkers, 3-5 imaging techniques and 1-2 guidelines or consensus statements.',
        tasks=[
            T('Risk factors of comorbidity in large cohorts', 'A prospective cohort of 10,000 cancer patients to find unknown risk factors of cancer–cardiovascular comorbidity.', ['comorbidity_risk_factors']),
            T('hiPSC disease models', 'Cardiomyocytes and vascular cells derived from donors of different ancestries.', ['stem_cell_disease_models']),
            T('Interaction mechanisms and therapeutic targets', 'Molecular crosstalk between tumours and the cardiovascular system.', ['interaction_mechanisms_targets']),
            T('Early biomarkers of targeted-therapy complications', 'Cardiac dysfunction and hypertension caused by targeted drugs.', ['early_biomarkers']),
            T('New interventions and their systematic evaluation', 'Means to contain and reverse complications, by mechanism, and their evaluation.', ['new_interventions', 'systematic_evaluation']),
        ],
        ents=[
            E('comorbidity_mechanisms', 3, 'Discovery', 'Key functional mechanisms linking known risk factors to comorbidity', 'three to five', N(3, 5), 'papers', '—',
              p='three to five key functional mechanisms by which known risk factors cause comorbidity will be uncovered'),
            E('stem_cell_models', 2, 'Models', 'hiPSC disease models', 'at least 3', N(3), 'characterisation', '2',
              p='at least 3 hiPSC disease models will be established'),
            E('stem_cell_models_ethnicities', 2, 'Models', 'Ancestry of the models', 'East Asian, European and African donors', Q, 'cell-line records', '—',
              p='the models will come from East Asian, European and African donors'),
            E('early_complication_biomarkers', 4, 'Translation', 'Early biomolecular markers', '4–6', N(4, 6), 'validation cohort', '—',
              p='4–6 early biomolecular markers will be identified'),
            E('imaging_early_diagnosis_techniques', 4, 'Translation', 'Imaging-based early diagnosis techniques', '3 to 5', N(3, 5), 'accuracy study', '—',
              p='3 to 5 imaging-based early diagnosis techniques will be developed'),
            E('cardio_oncology_guidelines', 5, 'Translation', 'Cardio-oncology guidelines or consensus statements', 'at least one', N(1), 'publication', '—',
              p='at least one guideline or consensus statement will be issued',
              md=dict(val='one or two', ans=N(1, 2), p='one or two guidelines or consensus statements will be issued')),
        ],
    ),
)

# ============================================================== 10.5
DATA['10.5'] = dict(
    dt=('炎症免疫性疾病新靶点新机制发现及原创药关键核心技术研究',
        'New targets and mechanisms of inflammatory and immune diseases, and key core technologies for original drugs'),
    parts=[
        ('中国科学院上海药物研究所', 'Shanghai Institute of Materia Medica, Chinese Academy of Sciences', 'CN', 'institute', 'lead', '药物设计与总体协调', 'drug design and coordination'),
        ('复旦大学', 'Fudan University', 'CN', 'university', 'member', '疾病机制研究', 'disease mechanisms'),
        ('江苏恒瑞医药股份有限公司', 'Jiangsu Hengrui Pharmaceuticals Co., Ltd.', 'CN', 'enterprise', 'member', '候选药物开发', 'candidate development'),
        ('牛津大学', 'University of Oxford', 'GB', 'university', 'member', '靶点验证', 'target validation'),
        ('苏黎世联邦理工学院', 'ETH Zurich', 'CH', 'university', 'member', '化学生物学与AI', 'chemical biology and AI'),
    ],
    refs=['[1] Vamathevan J, Clark D, Czodrowski P, et al. Applications of machine learning in drug discovery and development. Nature Reviews Drug Discovery, 2019, 18(6): 463-477.',
          '[2] McInnes I B, Schett G. The pathogenesis of rheumatoid arthritis. New England Journal of Medicine, 2011, 365(23): 2205-2219.'],
    zh=dict(
        title='基于人工智能与化学生物学的类风湿关节炎/炎症性肠病新靶点发现及原创小分子药物研究',
        basis=['团队前期发现的NLRP3抑制剂先导化合物IC50为35 nM（专利ZL202010123456.7），在国家重点研发计划（2021YFA1301500）支持下建立了包含1,200万个分子的虚拟筛选库。'],
        guide='指南要求揭示1-2种新机制，发现新靶点1-2个，研发1-2种候选药物并开展临床前研究。',
        tasks=[
            T('调控疾病发生发展的新机制', '利用单细胞多组学解析类风湿关节炎和炎症性肠病中炎症消退失衡的新机制。', ['new_mechanisms']),
            T('新药靶点发现与验证', '结合CRISPR筛选与患者样本验证具有临床价值的潜在靶点。', ['new_drug_targets']),
            T('原创药研发关键核心技术', '综合应用人工智能、化学生物学、药物化学与分子药理学，突破先导优化与成药性预测难题。', ['core_technologies']),
            T('创新药物发现平台', '建立具有自主知识产权的AI驱动创新药物发现平台。', ['drug_discovery_platform']),
        ],
        ents=[
            E('disease_mechanisms', 1, '科学指标', '炎症免疫性疾病发生发展新机制', '揭示2种', N(2), '论文', '—', p='揭示炎症免疫性疾病发生发展新机制2种'),
            E('new_targets', 2, '科学指标', '可成药新靶点', '1~2个', N(1, 2), '靶点验证报告', '—', p='发现作用明确、可干预的可成药新靶点1~2个',
              md=dict(val='争取发现2个', ans=N(2), p='争取发现可成药新靶点2个')),
            E('candidate_drugs', 3, '药物指标', '临床前候选化合物（PCC）', '1-2个，具有自主知识产权', N(1, 2), 'PCC评审', '先导化合物1个',
              p='获得具有自主知识产权的临床前候选化合物（PCC）1-2个'),
            E('preclinical_studies', 3, '药物指标', '临床前研究', '完成候选药物药效、药代及GLP毒理研究', Q, '研究报告', '—',
              p='完成候选药物药效、药代及GLP毒理等临床前研究'),
            E(None, 4, '平台指标', 'AI药物发现平台', '建成1个', None, '平台验收', '—', p='建成AI药物发现平台1个'),
            E(None, 0, '成果指标', 'PCT专利申请', '3项', None, '受理通知书', '—', p='申请PCT专利3项'),
        ],
    ),
    en=dict(
        title='AI- and chemical-biology-driven discovery of new targets and original small-molecule drugs for rheumatoid arthritis and inflammatory bowel disease',
        basis=['Our NLRP3 lead compound has an IC50 of 35 nM (patent ZL202010123456.7); with grant 2021YFA1301500 we built a virtual screening library of 12 million molecules.'],
        guide='The guide asks for 1-2 new mechanisms, 1-2 new targets and 1-2 candidate drugs with preclinical studies.',
        tasks=[
            T('New disease mechanisms', 'Single-cell multi-omics of unresolved inflammation in RA and IBD.', ['new_mechanisms']),
            T('Target discovery and validation', 'CRISPR screens and patient-sample validation of targets of clinical value.', ['new_drug_targets']),
            T('Core technologies for original drugs', 'AI, chemical biology, medicinal chemistry and molecular pharmacology for lead optimisation and druggability prediction.', ['core_technologies']),
            T('Drug discovery platform', 'An AI-driven discovery platform with our own intellectual property.', ['drug_discovery_platform']),
        ],
        ents=[
            E('disease_mechanisms', 1, 'Science', 'New mechanisms of disease onset and progression', 'one to two', N(1, 2), 'papers', '—',
              p='one to two new mechanisms of disease onset and progression will be revealed'),
            E('new_targets', 2, 'Science', 'New druggable targets', 'at least one', N(1), 'validation report', '—',
              p='at least one new well-defined, druggable target will be validated',
              md=dict(val='up to two', ans=None, p='up to two new druggable targets will be validated')),
            E('candidate_drugs', 3, 'Drugs', 'Preclinical candidate compounds (PCC) with own IP', '1–2', N(1, 2), 'PCC review', '1 lead compound',
              p='1–2 preclinical candidates with our own IP will be nominated'),
            E('preclinical_studies', 3, 'Drugs', 'Preclinical studies', 'efficacy, PK and GLP toxicology completed', Q, 'study reports', '—',
              p='their preclinical efficacy, PK and GLP toxicology studies will be completed'),
            E(None, 0, 'Outputs', 'PCT applications', '3', None, '—', '—', p='3 PCT applications will be filed'),
        ],
    ),
)

# ============================================================== 10.8
DATA['10.8'] = dict(
    dt=('基于多组学数据探寻遗传免疫性皮肤病的个体化精准诊疗',
        'Individualised precision diagnosis and treatment of genetic immune skin diseases based on multi-omics data'),
    parts=[
        ('中南大学湘雅医院', 'Xiangya Hospital, Central South University', 'CN', 'hospital', 'lead', '队列建设与总体协调', 'cohort and coordination'),
        ('复旦大学附属华山医院', 'Huashan Hospital, Fudan University', 'CN', 'hospital', 'member', '特应性皮炎亚队列', 'atopic dermatitis sub-cohort'),
        ('中国医学科学院皮肤病医院', 'Hospital for Skin Diseases, Chinese Academy of Medical Sciences', 'CN', 'hospital', 'member', '临床试验', 'clinical trial'),
        ('基尔大学', 'Kiel University', 'DE', 'university', 'member', '遗传学分析', 'genetic analysis'),
        ('马克斯·普朗克免疫生物学与表观遗传学研究所', 'Max Planck Institute of Immunobiology and Epigenetics', 'DE', 'institute', 'member', '表观组与机制研究', 'epigenomics and mechanisms'),
    ],
    refs=['[1] Tsoi L C, Stuart P E, Tian C, et al. Large scale meta-analysis characterizes genetic architecture for common psoriasis associated variants. Nature Communications, 2017, 8: 15382.',
          '[2] 张学军. 银屑病的遗传学研究进展. 中华皮肤科杂志, 2019, 52(1): 1-5.'],
    zh=dict(
        title='银屑病与特应性皮炎等遗传免疫性皮肤病多组学精准诊疗中德合作研究',
        basis=['湘雅医院牵头的全国银屑病协作网已覆盖22个省份，现有队列1,650例（含全基因组数据）；与基尔大学合作完成的GWAS荟萃分析发表于Nature Genetics, 2020, 52(11): 1219-1226。'],
        guide='指南要求建立不少于2000人的多组学队列，揭示不少于2种新机制，发现新靶点不少于3个，完成不少于2项新药临床前研究，获得发明专利授权或医疗器械注册证不少于1项，二级预防临床试验样本量不少于5000人。',
        tasks=[
            T('目标疾病与全国多中心队列', '聚焦银屑病、特应性皮炎、白癜风、红斑狼疮、大疱病及恶性皮肤肿瘤，依托全国协作网扩大和完善患者队列。', ['target_diseases', 'national_patient_cohort']),
            T('多组学联合分析与数据库', '开展标准用药前后临床表型、多模态影像、基因组、转录组、表观组、代谢组和蛋白质组联合分析，建立多组学数据库。', ['multiomics_joint_analysis', 'multiomics_database']),
            T('生物标记物、核心因子与预测模型', '筛选发生、复发、进展和预后标记物及中国人群特异标记物，确定核心因子，建立风险与预后预测模型。', ['disease_biomarkers', 'core_factors', 'chinese_population_biomarkers', 'risk_prognosis_models']),
            T('治疗靶点、分子机制与临床前评价', '筛选治疗靶点，利用细胞及动物模型研究分子机制，验证潜在靶标并完成临床前评价。', ['therapeutic_targets', 'molecular_mechanisms', 'target_validation', 'preclinical_evaluation']),
            T('二级随访随机对照临床研究', '针对干预靶点开展二级随访随机对照临床研究。', ['secondary_followup_rct']),
        ],
        ents=[
            E('cohort_size', 1, '队列指标', '多组学队列入组人数', '不少于３０００例', N(3000), '队列数据库', '1,650例'),
            E('cohort_national_multicentre', 1, '队列指标', '队列范围', '全国28家中心参与的多中心队列', Q, '伦理批件', '22个省份',
              p='建成全国28家中心参与的多中心队列'),
            E('cohort_data_types', 2, '队列指标', '组学数据维度', '临床表型、影像、基因组、转录组、表观组、代谢组、蛋白组',
              C('clinical_phenome', 'imaging', 'genome', 'transcriptome', 'epigenome', 'metabolome', 'proteome'), '数据库', '基因组',
              p='数据涵盖临床表型、影像、基因组、转录组、表观组、代谢组、蛋白组',
              md=dict(val='临床表型、基因组、转录组、代谢组和蛋白组',
                      ans=C('clinical_phenome', 'genome', 'transcriptome', 'metabolome', 'proteome'))),
            E('disease_mechanisms', 4, '科学指标', '新发病机制', '不少于2种', N(2), '论文', '—', p='揭示新发病机制不少于2种'),
            E('new_targets', 4, '科学指标', '可干预新靶点', '3个以上', N(3), '靶点验证报告', '—', p='发现可干预新靶点3个以上'),
            E('preclinical_studies', 4, '转化指标', '新药临床前研究', '2项', N(2), '研究报告', '—', p='完成新药临床前研究2项'),
            E('related_patent_applications', 4, '转化指标', '相关发明专利申请', '不少于5项', Q, '受理通知书', '—', p='申报相关发明专利不少于5项'),
            E('prognostic_product', 3, '转化指标', '多组学预后预测产品', '开发预后预测试剂盒1种', Q, '产品检测', '—', p='开发具有自主知识产权的多组学预后预测试剂盒1种'),
            E('patent_or_device_registration', 3, '转化指标', '发明专利授权/医疗器械注册证', '≥1项', N(1), '证书', '—'),
            E('secondary_prevention_trial', 5, '临床指标', '二级预防随机对照试验', '完成', Q, '试验总结报告', '—', p='完成二级预防随机对照试验'),
            E('trial_sample_size', 5, '临床指标', 'RCT样本量', '5,000例以上', N(5000), '试验登记', '—',
              md=dict(val='约5000例', ans=None)),
            E('multiomics_joint_research', 0, '合作指标', '多组学联合研究应用', '通过中德合作实现多组学联合研究在发病机制和药物靶点研发上的应用', Q, '—', '—',
              p='通过中德合作实现多组学联合研究在发病机制和药物靶点研发上的应用'),
        ],
    ),
    en=dict(
        title='Multi-omics precision diagnosis and treatment of psoriasis, atopic dermatitis and other genetic immune skin diseases: a Sino-German study',
        basis=['The national psoriasis network led by Xiangya Hospital covers 22 provinces and 1,650 patients with whole-genome data; the GWAS meta-analysis with Kiel University appeared in Nature Genetics, 2020, 52(11): 1219-1226.'],
        guide='The guide requires a cohort of at least 2000, at least 2 new mechanisms, at least 3 targets, at least 2 preclinical studies, at least 1 patent or device registration and a secondary-prevention trial of at least 5000 participants.',
        tasks=[
            T('Target diseases and the national multicentre cohort', 'Psoriasis, atopic dermatitis, vitiligo, lupus, bullous diseases and skin cancers; expanding the national cohort.', ['target_diseases', 'national_patient_cohort']),
            T('Joint multi-omics analysis and database', 'Clinical phenome, multimodal imaging, genome, transcriptome, epigenome, metabolome and proteome before and after standard treatment.', ['multiomics_joint_analysis', 'multiomics_database']),
            T('Biomarkers, core factors and prediction models', 'Biomarkers of onset, relapse, progression and prognosis, markers specific to Chinese patients, core factors, risk and prognosis models.', ['disease_biomarkers', 'core_factors', 'chinese_population_biomarkers', 'risk_prognosis_models']),
            T('Targets, mechanisms and preclinical evaluation', 'Target screening, cell and animal models, target validation and preclinical evaluation.', ['therapeutic_targets', 'molecular_mechanisms', 'target_validation', 'preclinical_evaluation']),
            T('Secondary follow-up randomised controlled study', 'A randomised controlled secondary-prevention study on the intervention targets.', ['secondary_followup_rct']),
        ],
        ents=[
            E('cohort_size', 1, 'Cohort', 'Patients in the multi-omics cohort', 'no fewer than 2,500', N(2500), 'database', '1,650',
              p='the multi-omics cohort will enrol no fewer than 2,500 patients'),
            E('cohort_national_multicentre', 1, 'Cohort', 'Cohort scope', 'national, 20 centres', Q, 'ethics approval', '22 provinces',
              p='the cohort will be national, with 20 centres across China'),
            E('cohort_data_types', 2, 'Cohort', 'Omics layers collected', 'clinical phenome, imaging, genome, transcriptome, epigenome, metabolome and proteome',
              C('clinical_phenome', 'imaging', 'genome', 'transcriptome', 'epigenome', 'metabolome', 'proteome'), 'database', 'genome only',
              p='the cohort will collect clinical phenome, imaging, genome, transcriptome, epigenome, metabolome and proteome data'),
            E('disease_mechanisms', 4, 'Science', 'New mechanisms of disease onset and progression', '2', N(2), 'papers', '—',
              p='2 new disease mechanisms will be revealed'),
            E('new_targets', 4, 'Science', 'New druggable targets', '≥ 3', N(3), 'validation', '—'),
            E('preclinical_studies', 4, 'Translation', 'New-drug preclinical studies', 'two', N(2), 'reports', '—',
              p='two preclinical new-drug studies will be completed'),
            E('related_patent_applications', 4, 'Translation', 'Related invention patent applications', 'filed', Q, 'receipts', '—',
              p='related invention patents will be filed'),
            E('prognostic_product', 3, 'Translation', 'Multi-omics prognostic product', 'one prognostic kit with own IP', Q, 'product test', '—',
              p='one multi-omics prognostic kit with our own IP will be developed'),
            E('patent_or_device_registration', 3, 'Translation', 'Granted invention patents or device registrations', 'at least 1', N(1), 'certificates', '—',
              p='at least 1 invention patent will be granted or device registration obtained'),
            E('secondary_prevention_trial', 5, 'Clinical', 'Secondary-prevention trial', 'completed', Q, 'trial report', '—',
              p='the secondary-prevention trial will be completed'),
            E('trial_sample_size', 5, 'Clinical', 'Trial sample size', '5,000 participants or more', N(5000), 'registry', '—',
              p='the trial will enrol 5,000 participants or more',
              md=dict(val='approximately 5,000 participants', ans=None, p='the trial will enrol approximately 5,000 participants')),
            E('multiomics_joint_research', 0, 'Cooperation', 'Joint multi-omics research', 'applied to pathogenesis and target discovery', Q, '—', '—',
              p='joint Sino-German multi-omics research will be applied to pathogenesis and drug-target discovery'),
        ],
    ),
)


# ----------------------------------------------------------------------------
# building one document

CN_NUM = '零一二三四五六七八九十'

COUNTRY = {
    'CN': ('中国', 'China'), 'DE': ('德国', 'Germany'), 'NO': ('挪威', 'Norway'),
    'SA': ('沙特阿拉伯', 'Saudi Arabia'), 'SG': ('新加坡', 'Singapore'),
    'GB': ('英国', 'United Kingdom'), 'SE': ('瑞典', 'Sweden'), 'DK': ('丹麦', 'Denmark'),
    'AU': ('澳大利亚', 'Australia'), 'IT': ('意大利', 'Italy'), 'GR': ('希腊', 'Greece'),
    'NL': ('荷兰', 'Netherlands'), 'ID': ('印度尼西亚', 'Indonesia'), 'TH': ('泰国', 'Thailand'),
    'LK': ('斯里兰卡', 'Sri Lanka'), 'US': ('美国', 'United States'), 'CH': ('瑞士', 'Switzerland'),
}
KIND = {
    'university': ('高校', 'University'), 'institute': ('科研院所', 'Research institute'),
    'enterprise': ('企业', 'Company'), 'hospital': ('医院', 'Hospital'),
}

SEC = {
    'zh': dict(info=['项目基本信息', '项目概况', '基本情况'],
               parts=['参与单位及任务分工', '项目组成单位', '合作单位'],
               basis=['前期研究基础', '研究基础与合作基础', '已有工作基础'],
               research=['主要研究内容', '研究内容与任务分解', '研究内容'],
               ind=['考核指标', '预期目标与考核指标', '主要技术经济指标'],
               budget=['经费预算', '经费概算', '预算安排'],
               contact=['联系方式'] * 3, refs=['参考文献'] * 3),
    'en': dict(info=['Project summary', 'General information', 'Overview'],
               parts=['Consortium and division of work', 'Participating institutions', 'Partners'],
               basis=['Track record', 'Previous work and cooperation record', 'Preliminary results'],
               research=['Research content', 'Work plan', 'Research tasks'],
               ind=['Assessment indicators', 'Objectives and assessment indicators', 'Key performance indicators'],
               budget=['Budget', 'Budget estimate', 'Funding plan'],
               contact=['Contact'] * 3, refs=['References'] * 3),
}

DUR = {
    'zh': [('36个月', 36), ('三年', 36), ('2025年1月至2027年12月', 36), ('2025.01—2027.12', 36),
           ('30个月', 30), ('2025年7月—2027年12月', 30), ('2年', 24), (None, None)],
    'en': [('36 months', 36), ('three years', 36), ('January 2025 – December 2027', 36),
           ('Jan 2025 to Jun 2027', 30), ('30 months', 30), ('24 months', 24),
           ('2025-01 to 2027-12', 36), (None, None)],
}
DUR_LABEL = {'zh': ['执行期限', '项目执行期', '实施周期'],
             'en': ['Duration', 'Project period', 'Implementation period']}

DIRS = ['1.1', '3.2', '4.2', '5.1', '6.1', '7.1', '8.1', '9.1', '9.3', '10.2', '10.5', '10.8']
DOCS = [('zh', 'docx'), ('zh', 'md'), ('en', 'docx'), ('en', 'md')]
LAYOUTS = 'abcd'

CONTACTS = [('李明', 'Li Ming'), ('王芳', 'Wang Fang'), ('张伟', 'Zhang Wei'), ('刘洋', 'Liu Yang'),
            ('陈静', 'Chen Jing'), ('杨帆', 'Yang Fan')]


def lcfirst(s):
    return s[:1].lower() + s[1:] if s[:2] != s[:2].upper() else s


def task_label(lang, style, n, head):
    if lang == 'zh':
        return [('任务%s：%s' % (CN_NUM[n], head)), ('（%s）%s' % (CN_NUM[n], head)),
                ('研究内容%d　%s' % (n, head))][style]
    return [('WP%d – %s' % (n, head)), ('Task %d: %s' % (n, head)), ('%d) %s' % (n, head))][style]


def prose(lang, ents, tasks):
    order = [t for t in range(1, len(tasks) + 1)] + [0]
    groups = []
    for t in order:
        es = [e for e in ents if e['task'] == t]
        if es:
            groups.append((t, es))
    sents = []
    first = True
    for t, es in groups:
        if lang == 'zh':
            cl = [e['p'] or (e['name'] + e['val']) for e in es]
            sep = '；' if any('，' in c for c in cl) else '，'
            if t == 0:
                op = '此外，'
            elif first:
                op = '项目完成时，'
            else:
                op = '在%s方面，' % tasks[t - 1]['head']
            sents.append(op + sep.join(cl) + '。')
        else:
            cl = [e['p'] or ('the %s will be %s' % (lcfirst(e['name']), e['val'])) for e in es]
            sep = '; ' if any(', ' in c for c in cl) else ', '
            joined = cl[0] if len(cl) == 1 else sep.join(cl[:-1]) + sep + 'and ' + cl[-1]
            if t == 0:
                op = 'In addition, '
            elif first:
                op = 'By the end of the project, '
            else:
                op = 'Within task %d, ' % t
            s = op + joined + '.'
            sents.append(s[0].upper() + s[1:])
        if t != 0:
            first = False
    paras = []
    for j in range(0, len(sents), 2):
        paras.append(''.join(sents[j:j + 2]) if lang == 'zh' else ' '.join(sents[j:j + 2]))
    return paras


def build(i, d, k):
    lang, fmt = DOCS[k]
    D = DATA[d]
    L = D[lang]
    zh = lang == 'zh'
    layout = LAYOUTS[(i + k) % 4]
    v = (i + k) % 3
    ns = i % 3
    if fmt == 'docx':
        w = Docx(styled_headings=(i % 2 == 0), split_runs=(k == 0 and i % 2 == 1) or (k == 2 and i % 2 == 0),
                 numbered_bullets=[1, 0, 2][(i + k) % 3])
    else:
        w = Md(setext=(i % 2 == 1), bullet='-' if (i + k) % 2 == 0 else '*')
    seccount = [0]

    def sec(key):
        seccount[0] += 1
        n = seccount[0]
        label = SEC[lang][key][v]
        if zh:
            pre = [CN_NUM[n] + '、', '%d ' % n, ''][ns]
        else:
            pre = ['%d. ' % n, '%d ' % n, ''][ns]
        w.heading(1, pre + label)

    title = L['title']
    dz = DUR[lang][(2 * i + (k % 2) + (0 if zh else 3)) % 8]
    dur_text, dur_months = dz
    dlabel = DUR_LABEL[lang][(i + k) % 3]
    dirline = ('%s %s' % (d, D['dt'][0])) if zh else ('%s %s' % (d, D['dt'][1]))
    parts = list(D['parts'])
    if lang == 'en' and fmt == 'md' and i % 3 == 1:
        rest = parts[:-1]
        if any(p[2] != 'CN' for p in rest):
            parts = rest
    lead = [p for p in parts if p[4] == 'lead'][0]
    pname = (lambda p: p[0]) if zh else (lambda p: p[1])

    # --- title and basic information
    tf = (i + k) % 2
    if tf == 0:
        w.title(title)
        sec('info')
        if zh:
            w.para('申报指南方向：' + dirline)
            if dur_text:
                w.para('%s：%s' % (dlabel, dur_text))
            w.para('牵头申报单位：%s' % pname(lead))
        else:
            w.para('Guide direction: ' + dirline)
            if dur_text:
                w.para('%s: %s' % (dlabel, dur_text))
            w.para('Lead applicant: %s' % pname(lead))
    else:
        w.title('“战略性科技创新合作”重点专项项目申报书' if zh else
                'Proposal: Strategic Science and Technology Innovation Cooperation programme')
        sec('info')
        rows = [['项目名称', title], ['指南方向', dirline]] if zh else \
            [['Project title', title], ['Guide direction', dirline]]
        if dur_text:
            rows.append([dlabel, dur_text])
        rows.append(['牵头单位', pname(lead)] if zh else ['Lead applicant', pname(lead)])
        if fmt == 'docx':
            w.table(rows, header=False, widths=[2200, 6100])
        else:
            for a, b in rows:
                w.para('**%s%s** %s' % (a, '：' if zh else ':', b))
    if L.get('summary'):
        w.para(L['summary'])

    # --- participants
    sec('parts')
    if (i + k + 1) % 2 == 0:
        head = ['单位名称', '国别', '单位性质', '承担任务'] if zh else \
            ['Institution', 'Country', 'Type', 'Role in the project']
        rows = [head]
        for p in parts:
            task = p[5] if zh else p[6]
            if p[4] == 'lead':
                task = ('牵头单位；' + task) if zh else ('Coordinator; ' + task)
            rows.append([pname(p), COUNTRY[p[2]][0 if zh else 1], KIND[p[3]][0 if zh else 1], task])
        if fmt == 'docx':
            w.table(rows, widths=[3000, 1000, 1300, 3000])
        else:
            w.table(rows)
    else:
        members = [p for p in parts if p[4] != 'lead']
        if zh:
            w.para('牵头单位：%s' % lead[0])
            w.para('参与单位：' + '、'.join(p[0] if p[2] == 'CN' else '%s（%s）' % (p[0], COUNTRY[p[2]][0])
                                        for p in members))
            w.para('分工：' + '；'.join('%s负责%s' % (p[0], p[5]) for p in parts) + '。')
        else:
            w.para('Lead institution: %s (%s)' % (lead[1], COUNTRY[lead[2]][1]))
            w.para('Partners: ' + '; '.join('%s (%s)' % (p[1], COUNTRY[p[2]][1]) for p in members))
            w.para('Division of work: ' + '; '.join('%s – %s' % (p[1], p[6]) for p in parts) + '.')

    # --- track record (distractor figures)
    if (i * 3 + k) % 5 != 4:
        sec('basis')
        for para in L['basis']:
            w.para(para)

    # --- research content
    tasks = [t for t in L['tasks'] if not t['only'] or t['only'] == fmt]
    ents = [r for r in (resolve(e, fmt) for e in L['ents']) if r is not None]
    present = set(range(1, len(tasks) + 1))
    for e in ents:
        if e['task'] not in present:
            e['task'] = 0
    research = []
    for t in tasks:
        for r in t['rids']:
            if r not in research:
                research.append(r)
    guide_q = layout in 'bd' or (i + k) % 2 == 0
    sec('research')
    if L.get('intro'):
        w.para(L['intro'])
    if layout == 'c' and guide_q:
        w.para(L['guide'])
    tstyle = (i + 2 * k) % 3
    for n, t in enumerate(tasks, 1):
        w.heading(2, task_label(lang, tstyle, n, t['head']))
        w.para(t['body'])
        if layout == 'c':
            es = [e for e in ents if e['task'] == n]
            if es:
                w.para([['考核指标：', '本任务考核指标：', '预期指标：'],
                        ['Indicators:', 'Assessment indicators for this task:', 'Targets:']][0 if zh else 1][v])
                for e in es:
                    w.bullet('%s%s%s' % (e['name'], '：' if zh else ': ', e['val']))
    if layout == 'c':
        es = [e for e in ents if e['task'] == 0]
        if es:
            w.heading(2, '合作交流与成果指标' if zh else 'Cooperation and outputs')
            for e in es:
                w.bullet('%s%s%s' % (e['name'], '：' if zh else ': ', e['val']))
    else:
        sec('ind')
        if guide_q:
            w.para(L['guide'])
        if layout == 'a':
            cats = []
            for e in ents:
                if e['cat'] not in cats:
                    cats.append(e['cat'])
            head = ['指标类别', '指标名称', '考核要求', '验证方式'] if zh else \
                ['Category', 'Indicator', 'Requirement', 'Verification']
            rows = [head]
            for c in cats:
                for e in ents:
                    if e['cat'] == c:
                        rows.append([c, e['name'], e['val'], e['ver'] or '—'])
            if fmt == 'docx':
                w.table(rows, vmerge_col=0, widths=[1400, 2900, 2400, 1600])
            else:
                w.table(rows, vmerge_col=0, blank_merged=(i % 2 == 0))
        elif layout == 'b':
            w.para('本项目主要考核指标及与现有水平的对比如下表。' if zh else
                   'The table compares each target with the current level of the team or the market.')
            head = ['指标', '现状水平', '目标值'] if zh else ['Indicator', 'Current level', 'Target']
            rows = [head] + [[e['name'], e['base'] or '—', e['val']] for e in ents]
            if fmt == 'docx':
                w.table(rows, widths=[3700, 2100, 2500])
            else:
                w.table(rows)
        else:
            for para in prose(lang, ents, tasks):
                w.para(para)

    # --- budget (distractor)
    if (i + k) % 2 == 1:
        sec('budget')
        b = 80 + 23 * i
        items = [('设备费', 'Equipment', b * 1.5), ('业务费', 'Running costs', b * 2.25),
                 ('劳务费', 'Personnel', b * 1.2), ('国际合作交流费', 'International exchange', b * 0.5)]
        tot = sum(x[2] for x in items)
        head = ['预算科目', '金额（万元）', '其中：中央财政经费（万元）'] if zh else \
            ['Item', 'Amount (10,000 CNY)', 'of which central funding (10,000 CNY)']
        rows = [head] + [[a if zh else e2, '%.2f' % x, '%.2f' % (x * 0.8)] for a, e2, x in items]
        rows.append(['合计' if zh else 'Total', '%.2f' % tot, '%.2f' % (tot * 0.8)])
        if fmt == 'docx':
            w.table(rows)
        else:
            w.table(rows)

    # --- contact
    if fmt == 'docx' or i % 2 == 0:
        sec('contact')
        cz, ce = CONTACTS[(i + k) % len(CONTACTS)]
        area = ['010', '021', '024', '027', '020', '025', '0411', '010', '0592', '010', '021', '0731'][i]
        tel = '%s-%04d %04d' % (area, 6200 + 137 * i, 6000 + 71 * k)
        if zh:
            w.para('项目联系人：%s　　电话：%s　　手机：139%08d　　填报日期：2024年9月%d日'
                   % (cz, tel, 10002000 + 3917 * i + k, 10 + i))
        else:
            w.para('Contact person: %s, tel. +86 %s, mobile +86 139%08d (submitted %d September 2024)'
                   % (ce, tel[1:], 10002000 + 3917 * i + k, 10 + i))

    # --- references
    if (i + k) % 3 != 1:
        sec('refs')
        for r in D['refs']:
            w.para(r)

    ans = {
        'direction': d,
        'format': fmt,
        'indicators': collect_answers(ents),
        'lang': lang,
        'participants': [{'country': p[2], 'kind': p[3], 'name': pname(p), 'role': p[4]} for p in parts],
        'research': research,
        'title': title,
    }
    if dur_months is not None:
        ans['duration_months'] = dur_months
    data = w.bytes() if fmt == 'docx' else w.text().encode('utf-8')
    return data, ans


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join('tests', 'import', 'heldout10')
    os.makedirs(out, exist_ok=True)
    n = 0
    for i, d in enumerate(DIRS):
        for k, (lang, fmt) in enumerate(DOCS):
            data, ans = build(i, d, k)
            name = '%s-%s.%s' % (d, lang, fmt)
            with open(os.path.join(out, name), 'wb') as f:
                f.write(data)
            with open(os.path.join(out, name + '.answers.json'), 'w', encoding='utf-8', newline='\n') as f:
                f.write(json.dumps(ans, sort_keys=True, indent=1, ensure_ascii=False) + '\n')
            n += 1
    print('wrote %d documents to %s' % (n, out))


if __name__ == '__main__':
    main(sys.argv)
