// Communities, partners, partnership agreements and the partnership meeting (issue 3).
export const kemitraan = {} as const;
