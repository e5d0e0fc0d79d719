// Native charts and pictures for a finished .xlsx (exceljs's streaming writer places neither).
export type { Anchor, ChartSpec, PictureSpec, Drawings } from './types';
export { addDrawings } from './addDrawings';
export { cellAddress, rangeRef } from './cellValues';
