// Units as types, converted here and nowhere else. A branded number cannot be
// passed where another unit is expected.
export type Inches = number & { readonly __unit: 'in' };
export type Points = number & { readonly __unit: 'pt' };

export const inches = (n: number): Inches => n as Inches;
export const points = (n: number): Points => n as Points;

export const POINTS_PER_INCH = 72;

export const ptToIn = (p: Points): Inches => inches(p / POINTS_PER_INCH);
export const inToPt = (i: Inches): Points => points(i * POINTS_PER_INCH);
