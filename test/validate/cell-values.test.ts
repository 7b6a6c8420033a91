import { describe, expect, it } from 'vitest';
import { parseFormat, toNumber, toYear } from '../../src/validate/cell-values.js';

describe('number formats', () => {
  it('tell the digits shown and whether the cell is a percentage', () => {
    expect(parseFormat(undefined)).toEqual({ percent: false });
    expect(parseFormat('General')).toEqual({ percent: false });
    expect(parseFormat('0.00')).toEqual({ percent: false, decimals: 2 });
    expect(parseFormat('#,##0.00_ ;[Red]-#,##0.00 ')).toEqual({ percent: false, decimals: 2 });
    expect(parseFormat('0.0%')).toEqual({ percent: true, decimals: 1 });
    expect(parseFormat('0%')).toEqual({ percent: true, decimals: 0 });
    // A quoted % is text after the number, not a percentage.
    expect(parseFormat('0.0"%"')).toEqual({ percent: false, decimals: 1 });
    expect(parseFormat('0.00"倍"')).toEqual({ percent: false, decimals: 2 });
  });
});

describe('cells to figures', () => {
  it('reads a percentage cell as shown, without float noise', () => {
    expect(toNumber({ kind: 'number', value: 0.637, format: '0.0%' })).toEqual({ ok: true, value: 63.7, percent: true });
    expect(toNumber({ kind: 'number', value: 0.07, format: '0.00%' })).toEqual({ ok: true, value: 7, percent: true, decimals: 2 });
    expect(toNumber({ kind: 'number', value: 0.1 + 0.2 })).toEqual({ ok: true, value: 0.3, percent: false });
    expect(toNumber({ kind: 'number', value: 0.637, format: '0%' })).toMatchObject({ ok: false, message: 'the cell shows 64% but holds 63.7%' });
  });

  it('reads numbers written as text, and refuses what is not one', () => {
    expect(toNumber({ kind: 'text', text: ' 321.70 ' })).toEqual({ ok: true, value: 321.7, percent: false, decimals: 2 });
    expect(toNumber({ kind: 'text', text: '３４，４６３' })).toEqual({ ok: true, value: 34463, percent: false });
    expect(toNumber({ kind: 'text', text: '63.7%' })).toEqual({ ok: true, value: 63.7, percent: true });
    expect(toNumber({ kind: 'text', text: '800多' })).toMatchObject({ ok: false, hint: expect.stringContaining('more_than') });
    expect(toNumber({ kind: 'text', text: '1.2.3' })).toMatchObject({ ok: false });
    expect(toNumber({ kind: 'boolean', value: true })).toMatchObject({ ok: false, message: 'expected a number, got TRUE' });
  });

  it('reads years written as text or as dates', () => {
    expect(toYear({ kind: 'text', text: '2021年' })).toEqual({ ok: true, value: 2021 });
    expect(toYear({ kind: 'number', value: 2021 })).toEqual({ ok: true, value: 2021 });
    expect(toYear({ kind: 'text', text: '2021年4月' })).toMatchObject({ ok: false, hint: expect.stringContaining('scope') });
  });
});
