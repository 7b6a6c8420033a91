import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../src/util/sanitize.js';

describe('xmlSafe', () => {
  it('removes characters XML cannot hold, keeps tabs and newlines', () => {
    expect(xmlSafe('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(xmlSafe('a\tb\nc')).toBe('a\tb\nc');
  });

  it('turns CR, CRLF and vertical tab into newlines', () => {
    expect(xmlSafe('a\r\nb\rc\u000Bd')).toBe('a\nb\nc\nd');
  });

  it('removes lone surrogates and keeps pairs', () => {
    expect(xmlSafe('a\uD800b\uDC00c')).toBe('abc');
    expect(xmlSafe('𠀀')).toBe('𠀀');
  });

  it('leaves Chinese text and markup characters alone (escaping is the writer\'s job)', () => {
    expect(xmlSafe('政府购买服务 <&> "引号"')).toBe('政府购买服务 <&> "引号"');
  });
});
