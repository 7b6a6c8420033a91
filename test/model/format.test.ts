import { describe, expect, it } from 'vitest';
import { formatMultiple, formatNumber, formatValue } from '../../src/model/format.js';

describe('formatNumber', () => {
  it('keeps the decimals the source writes', () => {
    expect(formatNumber(321.7, 2)).toBe('321.70');
    expect(formatNumber(3.83)).toBe('3.83');
    expect(formatNumber(84, 0)).toBe('84');
  });

  it('writes large numbers plain, without separators', () => {
    expect(formatNumber(34463)).toBe('34463');
    expect(formatNumber(72729)).toBe('72729');
  });
});

describe('formatValue', () => {
  it('321.7 with decimals 2 -> 321.70亿元', () => {
    expect(formatValue({ value: 321.7, decimals: 2, unit: '亿元' })).toBe('321.70亿元');
  });

  it('more_than -> 800多个', () => {
    expect(formatValue({ value: 800, unit: '个', approx: 'more_than' })).toBe('800多个');
  });

  it('about -> 约12.4个', () => {
    expect(formatValue({ value: 12.4, unit: '个', approx: 'about' })).toBe('约12.4个');
  });

  it('attaches % and other units directly', () => {
    expect(formatValue({ value: 69.4, unit: '%' })).toBe('69.4%');
    expect(formatValue({ value: 3, unit: '个月' })).toBe('3个月');
  });
});

describe('formatMultiple', () => {
  it('writes the multiple with its unit', () => {
    expect(formatMultiple({ value: 3.83, unit: '倍' })).toBe('3.83倍');
    expect(formatMultiple({ value: 3.5, decimals: 2, unit: '倍' })).toBe('3.50倍');
  });
});
