import type { InputOf } from '../../../../shared/contract';
import { useUrlParams } from '../../hooks/useUrlParams';
import { PeriodListTable } from '../progress/PeriodList';

/** A list shown in the page itself (the menengah needing markets, the UMKM without recent data), paged locally. */
export function InlineList({ base }: { base: InputOf<'progress:reportList'> }) {
  const { get, update } = useUrlParams();
  const key = base.outcome === 'tanpa_data' ? 'spage' : 'mpage';
  const page = Math.max(1, Number(get(key)) || 1);
  return <PeriodListTable query={{ ...base, page, pageSize: 10 }} onPage={(p) => update({ [key]: p > 1 ? p : undefined })} testId={`inline-${base.outcome}`} />;
}
