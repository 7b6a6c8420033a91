import { describe, expect, it } from 'vitest';
import { categoryLines, widestLineEms } from '../../src/layout/category-lines.js';

describe('categoryLines', () => {
  it('puts a long category of several words on two even lines, and leaves short ones alone', () => {
    expect(categoryLines('Second level')).toEqual(['Second', 'level']);
    expect(categoryLines('Public service share of projects')).toEqual(['Public service', 'share of projects']);
    expect(categoryLines('First level')).toEqual(['First', 'level']);
    expect(categoryLines('Level 1')).toBe('Level 1');
    expect(categoryLines('2015年')).toBe('2015年');
    expect(categoryLines('公共服务')).toBe('公共服务');
  });

  it('breaks a long Chinese category between words, a number kept with its unit', () => {
    expect(categoryLines('一级目录（2021年）')).toEqual(['一级目录', '（2021年）']);
    const lines = categoryLines('社会资本参与项目数量');
    expect(Array.isArray(lines)).toBe(true);
    expect((lines as string[]).join('')).toBe('社会资本参与项目数量');
    // Never inside a word: each line is made of whole words of the label.
    for (const line of lines as string[]) expect(['社会资本', '参与项目数量', '社会资本参与', '项目数量']).toContain(line);
  });

  it('measures the widest line drawn', () => {
    expect(widestLineEms('公共服务')).toBe(4);
    expect(widestLineEms('一级目录（2021年）')).toBeCloseTo(1 + 2.24 + 2, 2);
  });
});
