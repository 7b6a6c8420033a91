import { describe, expect, it } from 'vitest';
import { UserError, formatDiagnostic, userError } from '../src/errors.js';

describe('formatDiagnostic', () => {
  it('file:line:col: path: message (hint: ...)', () => {
    expect(
      formatDiagnostic({ file: 'd.yaml', line: 12, col: 5, path: 'metrics[3].lable', message: 'unknown key "lable"', hint: 'did you mean "label"?', severity: 'error' }),
    ).toBe('d.yaml:12:5: metrics[3].lable: unknown key "lable" (hint: did you mean "label"?)');
  });

  it('leaves out what it does not have', () => {
    expect(formatDiagnostic({ file: 'd.yaml', message: 'no such file', severity: 'error' })).toBe('d.yaml: no such file');
    expect(formatDiagnostic({ file: 'd.yaml', line: 3, message: 'bad', severity: 'error' })).toBe('d.yaml:3: bad');
    expect(formatDiagnostic({ file: 'd.yaml', col: 3, message: 'bad', severity: 'error' })).toBe('d.yaml: bad');
  });

  it('names a workbook cell as file!sheet!cell, a CSV cell as file!cell', () => {
    expect(formatDiagnostic({ file: 'data/m.xlsx', sheet: '指标', cell: 'C7', path: 'value', message: 'expected a number', severity: 'error' })).toBe('data/m.xlsx!指标!C7: value: expected a number');
    expect(formatDiagnostic({ file: 'data/m.csv', cell: 'C7', path: '数值', message: 'expected a number', severity: 'error' })).toBe('data/m.csv!C7: 数值: expected a number');
  });

  it('marks warnings', () => {
    expect(formatDiagnostic({ file: 'd.yaml', line: 3, col: 1, path: 'a', message: 'odd', severity: 'warning' })).toBe('d.yaml:3:1: warning: a: odd');
  });
});

describe('UserError', () => {
  it('is one formatted line per diagnostic and keeps the diagnostics', () => {
    const e = new UserError([
      { file: 'a.yaml', line: 1, col: 2, message: 'one', severity: 'error' },
      { file: 'a.yaml', line: 3, col: 4, path: 'x', message: 'two', hint: 'h', severity: 'error' },
    ]);
    expect(e.message).toBe('a.yaml:1:2: one\na.yaml:3:4: x: two (hint: h)');
    expect(e.diagnostics).toHaveLength(2);
    expect(e.name).toBe('UserError');
  });

  it('userError builds an error diagnostic', () => {
    const e = userError('f.yaml', 'no such file', { hint: 'check the name' });
    expect(e).toBeInstanceOf(UserError);
    expect(e.diagnostics).toEqual([{ file: 'f.yaml', message: 'no such file', hint: 'check the name', severity: 'error' }]);
  });
});
