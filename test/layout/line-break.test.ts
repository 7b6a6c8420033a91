import { describe, expect, it } from 'vitest';
import { breakUnits, wrapText } from '../../src/layout/line-break.js';

/** A monospaced fake: CJK and full-width marks 1 em, everything else half. */
const width = (s: string): number => [...s].reduce((w, c) => w + (/[\u0000-\u00ff]/.test(c) ? 0.5 : 1), 0);

const NO_START = [...'，。、；：？！）》”'];
const NO_END = [...'（《“'];

const TEXTS = [
  '政府购买服务金额大幅增长，2021年，全省政府购买服务决算金额321.70亿元，是2015年84亿元的3.83倍；实施项目数量大幅增加。',
  '浙江省政府于2014年及时下发《关于政府向社会力量购买服务的实施意见》，在全省范围内对政府购买服务改革进行统一部署、系统推进。',
  '海宁市统筹整合市域范围内视频监控资源，“变部门分头建设部署为统筹资源购买服务”，实现点位统筹、平台共享、接口标准统一。',
  '截至2021年4月，全省注册登记的社会组织共计72729家，占全国社会组织总数的6.98%，每万人拥有社会组织约12.4个，高出全国平均水平。',
  '公共服务项目占比（2021年）：69.4%；企业及社会机构占承接主体（2021年）：81.4%！是否“无证明城市”？是。',
  '湖州市将政府购买服务同开展“无证明城市”创建相结合，解决“百姓需要自己证明自己”等问题。',
];
const WIDTHS = Array.from({ length: 27 }, (_, i) => 4 + i); // 4 .. 30 em

describe('wrapText', () => {
  it('keeps every character, in order', () => {
    for (const text of TEXTS) for (const w of WIDTHS) expect(wrapText(text, w, width).join('')).toBe(text);
  });

  it('fits each line to the width', () => {
    for (const text of TEXTS) {
      for (const w of WIDTHS) {
        for (const line of wrapText(text, w, width)) {
          // A carried closing mark may make a line one character longer than the width.
          expect(width(line), `${w}: ${line}`).toBeLessThanOrEqual(w + 1);
        }
      }
    }
  });

  it('no line starts with closing punctuation', () => {
    const bad: string[] = [];
    for (const text of TEXTS) {
      for (const w of WIDTHS) {
        for (const line of wrapText(text, w, width)) if (NO_START.includes(line[0]!)) bad.push(`${w}: ${line}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no line ends with opening punctuation', () => {
    const bad: string[] = [];
    for (const text of TEXTS) {
      for (const w of WIDTHS) {
        const lines = wrapText(text, w, width);
        lines.slice(0, -1).forEach((line) => {
          if (NO_END.includes(line.at(-1)!)) bad.push(`${w}: ${line}`);
        });
      }
    }
    expect(bad).toEqual([]);
  });

  it('does not split numbers such as 321.70, 72729, 6.98% or 3.83', () => {
    for (const text of TEXTS) {
      const numbers = text.match(/\d+(?:\.\d+)?%?/g) ?? [];
      for (const w of WIDTHS) {
        const lines = wrapText(text, w, width);
        expect(lines.flatMap((l) => l.match(/\d+(?:\.\d+)?%?/g) ?? []), `${w}`).toEqual(numbers);
      }
    }
  });

  it('breaks a CJK text into lines at the width when it can', () => {
    expect(wrapText('一二三四五六七八九十', 4, width)).toEqual(['一二三四', '五六七八', '九十']);
    expect(wrapText('一二三四五六七八九十', 10, width)).toEqual(['一二三四五六七八九十']);
  });

  it('moves a character to the next line rather than start a line with 。', () => {
    // The word before the mark goes with it; a line of one word gives a character.
    expect(wrapText('政府购买服务。下一步', 6, width)).toEqual(['政府购买', '服务。下一步']);
    expect(wrapText('服务。下一步', 2, width)).toEqual(['服', '务。', '下一', '步']);
  });

  it('keeps an opening mark with what follows', () => {
    expect(wrapText('一二三《四五》', 4, width)).toEqual(['一二三', '《四五》']);
  });

  it('keeps paragraphs apart', () => {
    expect(wrapText('一二\n三四', 10, width)).toEqual(['一二', '三四']);
  });

  it('breaks Latin text at spaces, not inside words', () => {
    const lines = wrapText('the quick brown fox jumps over', 6, width);
    expect(lines.join(' ')).toBe('the quick brown fox jumps over');
    for (const l of lines) expect(l).not.toMatch(/^\s|\s$/);
  });

  it('splits a unit longer than a whole line into characters', () => {
    const lines = wrapText('12345678901234567890', 4, width);
    expect(lines.join('')).toBe('12345678901234567890');
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(4);
  });
});

describe('breakUnits', () => {
  it('keeps Chinese words whole and numbers with their units, decimals and percent signs', () => {
    expect(breakUnits('金额321.70亿元，占6.98%')).toEqual(['金额', '321.70亿元，', '占', '6.98%']);
  });

  it('keeps 年 with its year, a month with its date, 约 and 第 with their numbers', () => {
    expect(breakUnits('截至2021年4月，约12.4个')).toEqual(['截至', '2021年4月，', '约12.4个']);
    expect(breakUnits('由之前平均3个月减至20天，居第2位')).toContain('3个月');
    expect(breakUnits('由之前平均3个月减至20天，居第2位')).toContain('20天，');
    expect(breakUnits('800多万元和2万人次')).toEqual(['800多万元', '和', '2万人次']);
  });
});

describe('Chinese lines break between words', () => {
  // Words the reference report's lines were broken inside (截/至, 承/接, 呈/现, 募/集) and a unit left alone (20 / 天).
  const texts = [
    '截至2021年4月，全省注册登记的社会组织共计72729家，占全国社会组织总数的6.98%',
    '企业及社会机构占承接主体的81.4%，承接主体呈现多元化',
    '通过社会力量募集资金，农民建房审批所需天数由之前平均3个月减少至当前平均20天',
  ];
  const words = ['截至', '承接', '呈现', '募集', '3个月', '20天', '2021年4月', '72729家', '6.98%', '81.4%'];
  it('never cuts a word or a number and its unit, at any width from 6 to 30 em', () => {
    const cut: string[] = [];
    for (const text of texts) {
      for (let w = 6; w <= 30; w++) {
        const lines = wrapText(text, w, width);
        expect(lines.join('')).toBe(text);
        for (const word of words) {
          if (text.includes(word) && !lines.some((l) => l.includes(word))) cut.push(`${w}: ${word} in ${lines.join(' / ')}`);
        }
      }
    }
    expect(cut).toEqual([]);
  });
});

describe('autospaces', () => {
  it('counts the boundaries between Chinese and Latin letters or digits', async () => {
    const { autospaces } = await import('../../src/layout/measure.js');
    expect(autospaces('在5个设区市、11个省级部门')).toBe(3);
    expect(autospaces('政府购买服务')).toBe(0);
    expect(autospaces('321.70亿元')).toBe(1);
  });
});

describe('wrapText on runs of punctuation', () => {
  it('breaks a long run of closing marks into full lines, not one mark per line', () => {
    const lines = wrapText('）'.repeat(1200), 300, (s) => [...s].length * 10);
    // 30 marks fit a line; carrying two back leaves 28 on each (before the fix: 1,159 lines of one mark).
    expect(lines.length).toBeLessThanOrEqual(Math.ceil(1200 / 28));
    expect(lines.join('')).toBe('）'.repeat(1200));
  });
});

describe('English text', () => {
  const width = (s: string) => s.length;
  it('wraps at spaces and never breaks inside a word that fits a line', () => {
    const text = 'Government procurement of services is a systemic undertaking: third-party evaluation, Chun\'an County, CNY 32.170 billion.';
    const lines = wrapText(text, 24, width);
    expect(lines.join(' ')).toBe(text);
    const words = new Set(text.split(' '));
    for (const l of lines) for (const w of l.split(' ')) expect(words.has(w), w).toBe(true);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(24);
  });

  it('breaks a word only when it alone is wider than the line', () => {
    // The long word is cut where the lines are full; the short words stay whole.
    expect(wrapText('a Supercalifragilistic b', 10, width)).toEqual(['a Supercal', 'ifragilist', 'ic b']);
  });

  it('splitAfterLines cuts the text itself, keeping the space between the two halves', async () => {
    const { splitAfterLines } = await import('../../src/layout/line-break.js');
    const text = 'one two three four five six';
    const lines = wrapText(text, 9, width);
    expect(splitAfterLines(text, lines, 1)).toEqual(['one two', 'three four five six']);
    expect(splitAfterLines('甲乙丙丁', ['甲乙', '丙丁'], 1)).toEqual(['甲乙', '丙丁']);
  });
});

describe('numbers with their signs and units', () => {
  it('keeps a sign and a unit after a space with the number (+1.7 个百分点)', () => {
    expect(breakUnits('+1.7 个百分点')).toEqual(['+1.7 个百分点']);
    expect(breakUnits('比上年提高1.7个百分点')).toContain('1.7个百分点');
    expect(breakUnits('下降-2.3%')).toContain('-2.3%');
  });
});

describe('a number with its unit wider than a line', () => {
  it('puts the number on one line and its unit on the next, never a word of the unit apart', () => {
    expect(wrapText('+1.7个百分点', 4.5, width)).toEqual(['+1.7', '个百分点']);
  });
  it('splits into characters only when the unit alone is wider than a line', () => {
    expect(wrapText('+1.7个百分点', 3, width)).toEqual(['+1.7个', '百分点']);
  });
});

describe('marks with their words', () => {
  it('keeps a closing mark with the word before it and an opening mark with the word after it', () => {
    expect(breakUnits('The “Eight Upgrades” Actions')).toEqual(['The', ' ', '“Eight', ' ', 'Upgrades”', ' ', 'Actions']);
    expect(breakUnits('“八个提升”行动')).toEqual(['“八个', '提升”', '行动']);
  });
  it('never splits an English word to keep a closing mark off a line start', () => {
    const lines = wrapText('The “Eight Upgrades” Actions', 8, width);
    expect(lines.join(' ')).toBe('The “Eight Upgrades” Actions');
  });
});
