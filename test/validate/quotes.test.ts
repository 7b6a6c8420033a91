// A quote that no longer holds its figure: a warning at the figure's line,
// an error with --strict. The quote may write the figure its own way.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/load/yaml-file.js';
import { validateData } from '../../src/validate/index.js';
import { chineseNumber, quoteHolds } from '../../src/validate/quotes.js';
import { check, smallData } from '../helpers/small-data.js';
import { lineColOf, replaceOnce } from '../helpers/text.js';
import { referenceText } from '../helpers/paths.js';

describe('chineseNumber', () => {
  it.each([
    ['两万', 20000],
    ['十二', 12],
    ['二十', 20],
    ['三万五千', 35000],
    ['一亿二千万', 120000000],
    ['两万亿', 2e12],
    ['二〇二一', 2021],
    ['第二', 2],
  ])('%s is %d', (s, n) => expect(chineseNumber(s.replace('第', ''))).toBe(n));
});

describe('a quote holds its figure written its own way', () => {
  it.each([
    ['321.70亿元', 321.7, '亿元'],
    ['34,463个', 34463, '个'],
    ['3.4463万个', 34463, '个'],
    ['３４４６３个', 34463, '个'],
    ['超过两万人次', 2, '万人次'],
    ['超过2万人次', 20000, '人次'],
    ['12只子基金', 12, '只'],
    ['十二只子基金', 12, '只'],
    ['居全国第二位', 2, '位'],
    ['投资额一度居全国首位', 1, '位'],
    ['接近一半的项目已经落地', 50, '%'],
    ['八成以上', 80, '%'],
    ['支出下降2.3%', -2.3, '%'],
    ['争取用2～3年时间', 3, '年'],
  ] as const)('%s holds %d %s', (quote, value, unit) => expect(quoteHolds(quote, value, unit)).toBe(true));

  it.each([
    ['321.70亿元', 330.5, '亿元'],
    ['34463个', 3446, '个'],
    ['超过两万人次', 3, '万人次'],
  ] as const)('%s does not hold %d %s', (quote, value, unit) => expect(quoteHolds(quote, value, unit)).toBe(false));
});

describe('the quote check in validation', () => {
  it('the reference and the small file hold every figure: no warning', () => {
    expect(validateData(parseYamlText('r.yaml', referenceText())).warnings).toEqual([]);
    expect(check(smallData()).warnings).toEqual([]);
  });

  it('330.50 edited in, 321.70亿元 still quoted: a warning at the figure, the deck still builds; --strict makes it an error', () => {
    const text = replaceOnce(referenceText(), '    value: 321.7\n    decimals: 2\n', '    value: 330.5\n    decimals: 2\n');
    const at = lineColOf(text, '330.5');
    // The stated multiple no longer holds either: the derived check says so; edit it too, as staff would.
    const edited = replaceOnce(text, '    value: 3.83\n', '    value: 3.93\n');
    const r = validateData(parseYamlText('r.yaml', edited));
    expect(r.errors).toEqual([]);
    const lines = r.warnings.map((w) => `${w.line}:${w.col}: ${w.path}: ${w.message}`);
    expect(lines).toContain(`${at.line}:${at.col}: metrics[12].value: the quote does not hold the figure 330.50亿元`);
    expect(lines).toContainEqual(expect.stringMatching(/metrics\[13\]\.value: the quote does not hold the figure 3\.93倍/));
    expect(r.warnings[0]!.hint).toMatch(/the quote's figures: 2021, 321\.70, 2015, 84, 3\.83/);
    const strict = validateData(parseYamlText('r.yaml', edited), undefined, { strict: true });
    expect(strict.value).toBeUndefined();
    expect(strict.errors.map((e) => e.message)).toContain('the quote does not hold the figure 330.50亿元');
  });

  it('a figure in words must stand in its quote', () => {
    const d = smallData();
    d.metrics.find((m) => m.id === 'dozens')!.text = '数十家';
    expect(check(d).warnings).toEqual([expect.stringMatching(/metrics\[7\]\.text: warning: the quote does not contain "数十家"|warning: metrics\[7\]\.text: the quote does not contain "数十家"/)]);
  });
});
