// What `briefing init` writes: a data file with every section, each field
// explained (in Chinese, key terms in English), holding placeholders that
// validate, so a new deck builds before a single figure is in.
import type { Metric } from '../schema/data.js';

/** The placeholder figures; consistent with each other (2.5 倍 = 210 / 84), as the validator checks. */
export const PLACEHOLDER_METRICS: Metric[] = [
  { id: 'example_amount_2015', label: '示例金额（请替换）', value: 84, unit: '亿元', year: 2015, quote: '示例原文：2015年金额为84亿元。（请替换为来源中的原句）' },
  { id: 'example_amount_2021', label: '示例金额（请替换）', value: 210, unit: '亿元', year: 2021, quote: '示例原文：2021年金额为210亿元，是2015年的2.5倍。（请替换）' },
  { id: 'example_amount_multiple', label: '示例倍数（请替换）', value: 2.5, unit: '倍', year: 2021, quote: '示例原文：2021年金额为210亿元，是2015年的2.5倍。（请替换）', derived: { ratio: ['example_amount_2021', 'example_amount_2015'] } },
  { id: 'example_amount_2018', label: '示例金额（请替换）', value: 140, unit: '亿元', year: 2018, quote: '示例原文：2018年金额为140亿元。（请替换）' },
  { id: 'example_share', label: '示例占比（请替换）', value: 63.7, unit: '%', year: 2021, quote: '示例原文：占比达63.7%。（请替换）' },
  { id: 'example_count', label: '示例数量（请替换）', value: 800, unit: '个', scope: '2015年以来', approx: 'more_than', quote: '示例原文：2015年以来共800多个。（请替换）' },
  { id: 'example_target', label: '示例目标（请替换）', value: 300, unit: '亿元', kind: 'target', target_by: '2025年', quote: '示例原文：力争2025年达到300亿元。（请替换）' },
  { id: 'example_people', label: '示例人次（请替换）', value: 2, unit: '万人次', unit_en: 'person-times', approx: 'more_than', year: 2021, quote: '示例原文：累计培训超过两万人次。（请替换）' },
];

const q = (s: string) => JSON.stringify(s);

function inlineMetrics(): string {
  const lines = PLACEHOLDER_METRICS.map((m) => {
    const fields = [
      `  - id: ${m.id}`,
      `    label: ${m.label}`,
      `    value: ${m.value}`,
      `    unit: ${q(m.unit)}`,
      ...(m.unit_en !== undefined ? [`    unit_en: ${m.unit_en}`] : []),
      ...(m.kind !== undefined ? [`    kind: ${m.kind}`] : []),
      ...(m.target_by !== undefined ? [`    target_by: ${m.target_by}`] : []),
      ...(m.year !== undefined ? [`    year: ${m.year}`] : []),
      ...(m.scope !== undefined ? [`    scope: ${m.scope}`] : []),
      ...(m.approx !== undefined ? [`    approx: ${m.approx}`] : []),
      `    quote: ${m.quote}`,
      ...(m.derived ? [`    derived: { ratio: [${m.derived.ratio.join(', ')}] }`] : []),
    ];
    return fields.join('\n');
  });
  return `# 指标（metrics）：每个数字一条。id 只用小写字母、数字和 _；unit 写原文的单位（亿元 万元 元 % 个 项 家 名 人次 万人次 户 所 件 倍 天 个月 年 亩 公里……）。
# 工具不认识的单位，英文版写在 unit_en（如 head）。year（可加 month）或 scope（如“2015年以来”）说明数字的时间范围；
# quote 是数字出处的原句，须含该数字（改了数字而没改原句会提示；--strict 时报错）。
# 可选：kind 说明数字的性质：amount（默认，数量、金额）、share（占比，0～100%）、change（增减幅度，可为负：下降2.3% 写 -2.3）、
#   rank（位次：居全国第二位 写 2，unit 位）、target（目标：争取达到1200亿元，不会显示为已完成）、plan（拟投资等计划数）；
#   target_by（目标的期限，如“2～3年内”）；upper（区间：2～3年 写 value 2、upper 3）；
#   text（原文只有文字的数：几十家，此时不写 value）；decimals（原文写 321.70 时写 2）；
#   approx（800多 写 more_than，约12.4 写 about，接近一半 写 nearly，不到1% 写 less_than）；
#   reading（原文有误或需推断时的解读：original 原样、reading 解读，推断的另写 kind: inferred）；
#   derived: { ratio: [分子, 分母] }（倍数由校验重新计算）。
metrics:
${lines.join('\n')}`;
}

function tableMetrics(file: string): string {
  return `# 指标（metrics）在工作簿 ${file} 的“指标”工作表中，每行一个指标。第一行是表头：
# id（编号）、label（指标）、value（数值）、unit（单位）、quote（原文）必填；
# year（年份）、month（月份）、scope（范围）、kind（类型）、text（文字表述）、upper（上限）、target by（目标期限）、
# unit en（英文单位）、approx（约数）、decimals（小数位数）、reading kind（解读类型）、reading original（原始写法）、
# reading（解读）、ratio（比值，写成“分子id / 分母id”）可选。表中出错时，提示会指出单元格，如 ${file}!指标!C7。
# 百分比格式的单元格（0.0%）按显示的数读取：0.637 显示为 63.7%，即 63.7（单位须为 %）。
metrics: { file: ${file}, sheet: 指标 }`;
}

/** The data file's text; `metricsFile` names the workbook the metrics are in, else they are inline. */
export function initYaml(schemaRef: string, metricsFile?: string): string {
  return `# yaml-language-server: $schema=${schemaRef}
# briefing 数据文件。凡标有“示例”“请替换”的内容都是占位，请换成真实内容。
# 检查：briefing validate <本文件>；生成演示文稿：briefing build <本文件>。
# 上面一行让支持 YAML 语言服务的编辑器（如 VS Code 的 YAML 插件）补全字段、标出错误。

# 演示文稿信息（meta）：标题、副标题、汇报单位、日期（YYYY-MM-DD，加引号）；footer 为每页页脚的主题（可删除，默认用标题）。
meta:
  title: 示例标题（请替换）
  subtitle: 示例副标题（请替换，可删除）
  organisation: 示例单位（请替换）
  date: "2024-01-01"
  language: zh-CN
  footer: 示例页脚主题（请替换，可删除）

# 资料来源（source）：文章标题、发布单位、日期（不详时可删除，来源页注明“不详”）；via 写从何处获得，
# url 为网址（可删除），notes 写整理时做了哪些修改。
source:
  title: 示例来源文章标题（请替换）
  publisher: 示例发布单位（请替换）
  date: "2024-01-01"
  via: 示例获取途径（请替换，可删除）
  notes:
    - 示例整理说明（请替换，可删除）

# 开篇概述（summary）：一段话。
summary: 示例概述：用一段话说明改革的背景、做法与成效。（请替换）

# 首页数字（headline）：0 至 4 组对比（原文没有“以前—现在”时可删除）。from、to 是两个已完成的指标 id
# （单位须相同，不能是同一个，不能是目标）；from_label、to_label 说明两个数是什么（默认为年份，如“2015年”）；
# multiple 是倍数指标（须写 derived.ratio: [to, from]）；chart 是画在数字下方的图表 id。
headline:
  - label: 示例金额（请替换）
    from: example_amount_2015
    to: example_amount_2021
    multiple: example_amount_multiple
    chart: example_amount

# 首页关键数字（key_figures，可删除）：0 至 12 个指标 id，以卡片显示；目标标注“目标”。headline_title 为首页标题（可删除）。
key_figures: [example_people, example_target]

${metricsFile ? tableMetrics(metricsFile) : inlineMetrics()}

# 图表（charts）：kind 为 bar（竖条）、hbar（横条）、rings（占比圆环，单位须为 %）或 line（逐年趋势）。
# 每个 series 的 metrics 按 categories 的顺序各给一个指标 id，且单位与图表一致（不同单位不能同图）。
# line 的指标各有 year，按年份先后、每年一个；categories 可省略（用年份）；annotate: change（首末变化，默认）、
# cagr（年均增长）或 none。目标值画成空心，标“目标”。
charts:
  - id: example_amount
    kind: bar
    title: 示例金额（请替换）
    unit: 亿元
    categories: [2015年, 2021年]
    series:
      - name: 金额
        metrics: [example_amount_2015, example_amount_2021]
  - id: example_trend
    kind: line
    title: 示例逐年趋势（请替换）
    unit: 亿元
    annotate: cagr
    series:
      - name: 金额
        metrics: [example_amount_2015, example_amount_2018, example_amount_2021]
  - id: example_share
    kind: rings
    title: 示例占比（请替换）
    unit: "%"
    categories: [示例类别]
    series:
      - name: 占比
        metrics: [example_share]

# 典型案例（cases）：地点、一句话标题、全文，及其中提到的指标。
cases:
  - id: example_case
    place: 示例市（请替换）
    title: 示例案例标题（请替换）
    text: 示例案例全文：某地如何做、取得了什么成效。（请替换）
    metrics: [example_count]

# 正文（parts）：每部分有若干小节（sections）。第一部分之后是大事记（milestones）。
# 小节：title 为四字标题，headline 为标题其余部分（可删除），points 为页面要点（1 至 6 条），
# summary 为完整段落（成为备注），metrics、charts、cases 为本页展示的指标、图表、案例 id（所列图表都会画出）。
parts:
  - id: part_measures
    title: 示例第一部分：改革举措（请替换）
    sections:
      - id: section_measure
        title: 示例举措
        headline: 示例小标题（请替换）
        points:
          - 示例要点一（请替换）
          - 示例要点二（请替换）
        summary: 示例段落：这一举措的完整说明。（请替换）
        metrics: [example_count]
  - id: part_results
    title: 示例第二部分：改革成效（请替换）
    intro: 示例导语（请替换，可删除）
    sections:
      - id: section_result
        title: 示例成效
        headline: 示例小标题（请替换）
        points:
          - 示例要点（请替换）
        summary: 示例段落：这一成效的完整说明。（请替换）
        metrics: [example_share]
        charts: [example_trend, example_share]
        cases: [example_case]

# 大事记（milestones）：年份（原文没有时可删除，按所列顺序；可加 month）、一句话、出处原句。
milestones:
  - year: 2015
    text: 示例事件（请替换）
    quote: 示例原文：2015年发生的事件。（请替换）

# 国家级认可（recognitions）：年份、授予部门（可删除）、内容、出处原句。
recognitions:
  - year: 2021
    by: 示例部门（请替换）
    text: 示例认可（请替换）
    quote: 示例原文：2021年获得的认可。（请替换）

# 结束页（closing，可删除：删除后没有结束页）。
closing:
  title: 谢谢
  text: 示例结束语（请替换）
`;
}
