import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/errors.js';
import { formatDiagnostic } from '../../src/errors.js';
import { parseYamlText } from '../../src/load/yaml-file.js';
import { validateData } from '../../src/validate/index.js';
import { referenceText } from '../helpers/paths.js';
import { lineColOf, replaceOnce } from '../helpers/text.js';

const FILE = 'data/test.yaml';
const validate = (text: string) => validateData(parseYamlText(FILE, text));

/** The only error, failing with the whole list when there is not exactly one. */
function onlyError(text: string): Diagnostic {
  const r = validate(text);
  expect(r.value).toBeUndefined();
  expect(r.errors.map(formatDiagnostic)).toHaveLength(1);
  return r.errors[0]!;
}

describe('validateData on the reference file', () => {
  it('accepts it without errors or warnings', () => {
    const r = validate(referenceText());
    expect(r.errors.map(formatDiagnostic)).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.value?.metrics.length).toBeGreaterThan(30);
  });
});

describe('schema errors carry file:line:col and the field path', () => {
  it('an empty file is one error, not a list of missing fields', () => {
    const r = validate('');
    expect(r.value).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: FILE, line: 1, col: 1 });
  });

  it('a number given as a string: at the value, with the path and the expected type', () => {
    const text = replaceOnce(referenceText(), '    value: 321.7\n', '    value: "321.7"\n');
    const d = onlyError(text);
    const at = lineColOf(text, '"321.7"');
    expect(d).toMatchObject({ file: FILE, line: at.line, col: at.col, path: 'metrics[12].value', severity: 'error' });
    expect(d.message).toContain('expected number');
    // The field is there; only its type is wrong: say what was found.
    expect(d.message).not.toMatch(/missing/);
    expect(d.message).toContain('321.7');
  });

  it('an unknown key: at the key, with a did-you-mean hint', () => {
    const text = replaceOnce(referenceText(), '    label: 政府购买服务决算金额\n    value: 84\n', '    lable: 政府购买服务决算金额\n    value: 84\n');
    const r = validate(text);
    const unknown = r.errors.find((e) => e.message.startsWith('unknown key'));
    const at = lineColOf(text, 'lable:');
    expect(unknown).toMatchObject({ file: FILE, line: at.line, col: at.col, path: 'metrics[11].lable', message: 'unknown key "lable"', hint: 'did you mean "label"?' });
    expect(formatDiagnostic(unknown!)).toBe(`${FILE}:${at.line}:${at.col}: metrics[11].lable: unknown key "lable" (hint: did you mean "label"?)`);
    // The misspelt key is reported once, as the misspelling: not also as a missing label.
    expect(r.errors.map(formatDiagnostic)).toEqual([formatDiagnostic(unknown!)]);
  });

  it('an unknown key without a near match lists the keys allowed there', () => {
    const text = replaceOnce(referenceText(), '  organisation: 浙江省财政厅\n', '  organisation: 浙江省财政厅\n  zzzzzzzz: 1\n');
    const d = onlyError(text);
    expect(d.path).toBe('meta.zzzzzzzz');
    expect(d.line).toBe(lineColOf(text, 'zzzzzzzz').line);
    expect(d.hint).toBe('allowed here: title, subtitle, organisation, date, language, footer');
  });

  it('a missing required field names the field and is placed at its parent', () => {
    const quote = '    quote: 截至2021年底，浙江省属公益一类事业单位减少143家，编制减少40%。\n';
    const text = replaceOnce(referenceText(), `    unit: 家\n    year: 2021\n    scope: 截至2021年底，浙江省属\n${quote}`, '    unit: 家\n    year: 2021\n    scope: 截至2021年底，浙江省属\n');
    const d = onlyError(text);
    expect(d.path).toBe('metrics[25].quote');
    expect(d.message).toMatch(/required field is missing/);
    const at = lineColOf(text, 'id: public_institutions_reduced');
    expect({ line: d.line, col: d.col }).toEqual(at);
  });

  it('a malformed date names the format', () => {
    const text = replaceOnce(referenceText(), '  date: "2023-03-10"\n  language', '  date: "2023/03/10"\n  language');
    const d = onlyError(text);
    expect(d).toMatchObject({ path: 'meta.date', line: lineColOf(text, '"2023/03/10"').line });
    expect(d.message).toContain('YYYY-MM-DD');
  });

  it('any unit text is a unit: 户, 人次, 公里 validate', () => {
    for (const unit of ['户', '人次', '万人', '公里', '亩', '元', '件', '年', '只', '头']) {
      const r = validate(replaceOnce(referenceText(), '    value: 143\n    unit: 家\n', `    value: 143\n    unit: ${unit}\n`));
      expect(r.errors.map(formatDiagnostic), unit).toEqual([]);
    }
  });

  it('a unit with the figure in it is reported at the unit', () => {
    const text = replaceOnce(referenceText(), '    value: 143\n    unit: 家\n', '    value: 143\n    unit: 2万家\n');
    const d = onlyError(text);
    const at = lineColOf(text, '2万家\n');
    expect(d).toMatchObject({ path: 'metrics[25].unit', line: at.line, col: at.col });
    expect(d.message).toContain('the figure goes in value');
  });

  it('errors are sorted by position', () => {
    let text = referenceText();
    text = replaceOnce(text, '    value: 69.4\n', '    value: "x"\n');
    text = replaceOnce(text, '  organisation: 浙江省财政厅\n', '  organisation: ""\n');
    const lines = validate(text).errors.map((e) => e.line ?? 0);
    expect(lines).toHaveLength(2);
    expect(lines[0]!).toBeLessThan(lines[1]!);
  });
});

describe('rules', () => {
  it('a chart naming a metric that does not exist: "no metric with id", at the reference, with a hint', () => {
    const text = replaceOnce(
      referenceText(),
      '          - purchase_amount_2015\n          - purchase_amount_2021\n',
      '          - purchase_amount_2051\n          - purchase_amount_2021\n',
    );
    const d = onlyError(text);
    const at = lineColOf(text, 'purchase_amount_2051');
    expect(d).toMatchObject({ file: FILE, line: at.line, col: at.col, path: 'charts[0].series[0].metrics[0]' });
    expect(d.message).toBe('no metric with id "purchase_amount_2051"');
    expect(d.hint).toMatch(/did you mean "purchase_amount_20(21|15)"\?/);
  });

  it('a section naming a chart that does not exist', () => {
    const text = replaceOnce(referenceText(), '          - chunan_spending\n        cases:', '          - chunan_spend\n        cases:');
    const d = onlyError(text);
    expect(d.path).toBe('parts[1].sections[3].charts[0]');
    expect(d.message).toBe('no chart with id "chunan_spend"');
    expect(d.hint).toBe('did you mean "chunan_spending"?');
    expect(d.line).toBe(lineColOf(text, 'chunan_spend\n').line);
  });

  it('a derived multiple that does not match its inputs: names the inputs and their values', () => {
    const text = replaceOnce(referenceText(), '    value: 3.83\n', '    value: 3.9\n');
    const d = onlyError(text);
    const at = lineColOf(text, '3.9\n');
    expect(d).toMatchObject({ line: at.line, col: at.col, path: 'metrics[13].value' });
    expect(d.message).toContain('3.9');
    expect(d.message).toContain('321.7 / 84');
    expect(d.hint).toContain('purchase_amount_2021');
    expect(d.hint).toContain('purchase_amount_2015');
  });

  it('a derived multiple is checked against changed inputs too', () => {
    const text = replaceOnce(referenceText(), '    value: 9699\n', '    value: 9000\n');
    const d = onlyError(text);
    expect(d.path).toBe('metrics[16].value');
    expect(d.message).toContain('34463 / 9000');
    expect(d.hint).toContain('project_count_2015');
  });

  it('a share over 100 %', () => {
    const text = replaceOnce(referenceText(), '    value: 69.4\n', '    value: 169.4\n');
    const d = onlyError(text);
    const at = lineColOf(text, '169.4');
    expect(d).toMatchObject({ line: at.line, col: at.col, path: 'metrics[31].value' });
    expect(d.message).toContain('between 0 and 100');
    expect(d.message).toContain('169.4');
  });

  it('a negative count', () => {
    const text = replaceOnce(referenceText(), '    value: 143\n', '    value: -143\n');
    const d = onlyError(text);
    expect(d.path).toBe('metrics[25].value');
    expect(d.message).toContain('cannot be negative');
  });

  it('decimals fewer than the value has', () => {
    const text = replaceOnce(referenceText(), '    decimals: 2\n', '    decimals: 0\n');
    const d = onlyError(text);
    expect(d).toMatchObject({ path: 'metrics[12].decimals', line: lineColOf(text, 'decimals: 0').line });
  });

  it('a duplicate metric id, at the second one', () => {
    const text = replaceOnce(referenceText(), '  - id: staffing_reduced_share\n', '  - id: public_institutions_reduced\n');
    const r = validate(text);
    const dup = r.errors.find((e) => e.message.startsWith('duplicate id'));
    expect(dup).toMatchObject({ path: 'metrics[26].id', message: 'duplicate id "public_institutions_reduced"' });
    expect(dup?.line).toBe(lineColOf(text, 'public_institutions_reduced', text.indexOf('id: public_institutions_reduced') + 5).line);
  });

  it('a chart whose metric is in another unit', () => {
    const text = replaceOnce(referenceText(), '    value: 399\n    unit: 万元\n', '    value: 399\n    unit: 亿元\n');
    const d = onlyError(text);
    expect(d.path).toBe('charts[6].series[0].metrics[1]');
    expect(d.message).toBe('metric "chunan_spending_2019" is in 亿元 but the chart is in 万元');
  });

  it('a chart series with fewer metrics than categories', () => {
    const text = replaceOnce(referenceText(), '          - chunan_spending_2016\n          - chunan_spending_2019\n\ncases:', '          - chunan_spending_2016\n\ncases:');
    const d = onlyError(text);
    expect(d.path).toBe('charts[6].series[0].metrics');
    expect(d.message).toBe('has 1 metrics for 2 categories');
  });

  it('rings in a unit other than %', () => {
    const text = replaceOnce(referenceText(), '  - id: chunan_spending\n    kind: bar\n', '  - id: chunan_spending\n    kind: rings\n');
    const d = onlyError(text);
    expect(d.path).toBe('charts[6].unit');
    expect(d.message).toBe('rings show shares: the unit must be %, not 万元');
  });
});
