// The footer's colour on an organisation's master: what the master draws under
// the footer line, and a colour that reads on all of it.
import { describe, expect, it } from 'vitest';
import { contrast, fillUnder, readableOn } from '../../src/template/org-theme.js';

const EMU = 914400;
const shape = (x: number, y: number, w: number, h: number, fill: string, ph = '') =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="s"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x * EMU}" y="${y * EMU}"/><a:ext cx="${w * EMU}" cy="${h * EMU}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></p:spPr></p:sp>`;

describe('fillUnder', () => {
  // A navy band across the foot of a 10 x 7.5 in slide, a teal square on it, and a placeholder (not drawn).
  const master = `<p:spTree>${shape(0, 7, 10, 0.5, '2c3e50')}${shape(9, 6.9, 0.6, 0.6, '1abc9c')}${shape(0, 0, 10, 7.5, 'FF0000', '<p:ph type="body"/>')}</p:spTree>`;
  it('is the topmost plain shape under the point, never a placeholder', () => {
    expect(fillUnder(master, 2, 7.2)).toBe('2C3E50');
    expect(fillUnder(master, 9.3, 7.2)).toBe('1ABC9C');
    expect(fillUnder(master, 2, 3)).toBeUndefined();
  });
});

describe('readableOn', () => {
  it("keeps the master's own footer colour where it reads, else the first that reads on every ground", () => {
    expect(readableOn(['2C3E50'], ['FFFFFF', '1F497D'])).toBe('FFFFFF');
    // Light grey on white does not read: the next colour that does.
    expect(readableOn(['FFFFFF', 'FFFFFF'], ['DDDDDD', '1F497D'])).toBe('1F497D');
    // Over purple and white, where none reads 3:1 on both: the one that reads best on the worse of the two.
    const worst = (c: string) => Math.min(contrast(c, '7030A0'), contrast(c, 'FFFFFF'));
    const candidates = ['DDDDDD', '1F497D', '000000'];
    expect(candidates.every((c) => worst(c) < 3)).toBe(true);
    expect(readableOn(['7030A0', 'FFFFFF'], candidates)).toBe('000000');
    expect(worst('000000')).toBe(Math.max(...candidates.map(worst)));
  });
});
