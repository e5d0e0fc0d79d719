import { QueryClient } from '@tanstack/react-query';

// Desktop app on one machine: data changes only through this window, so no refetch on focus.
export const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 } } });
