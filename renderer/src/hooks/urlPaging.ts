// A table's page and page size as the URL keeps them (page 1 and the first size are left out).
// React-free, so the first question to main can be asked from the URL before the app has loaded.

export const PAGE_SIZES = [50, 100, 200];

export const pageOf = (params: URLSearchParams) => Math.max(1, Number(params.get('page')) || 1);

export const pageSizeOf = (params: URLSearchParams) => (PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : PAGE_SIZES[0]!);
