// Units as types, converted here and nowhere else. A branded number cannot be
// passed where another unit is expected.
export type Inches = number & { readonly __unit: 'in' };
export type Points = number & { readonly __unit: 'pt' };
export type Pixels = number & { readonly __unit: 'px' };
export type Emu = number & { readonly __unit: 'emu' };

export const inches = (n: number): Inches => n as Inches;
export const points = (n: number): Points => n as Points;
export const pixels = (n: number): Pixels => n as Pixels;

export const EMU_PER_INCH = 914400;
export const POINTS_PER_INCH = 72;

export const ptToIn = (p: Points): Inches => inches(p / POINTS_PER_INCH);
export const inToPt = (i: Inches): Points => points(i * POINTS_PER_INCH);
export const inToEmu = (i: Inches): Emu => Math.round(i * EMU_PER_INCH) as Emu;
/** Pixels of a picture that fills `i` inches at `density` pixels per point. */
export const inToPx = (i: Inches, pxPerPt: number): Pixels => pixels(Math.round(i * POINTS_PER_INCH * pxPerPt));
/** Pixels for a length given in points, at `pxPerPt` pixels per point. */
export const ptToPx = (p: Points, pxPerPt: number): Pixels => pixels(p * pxPerPt);
