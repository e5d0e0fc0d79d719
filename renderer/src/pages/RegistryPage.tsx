import { useDeferredValue, useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { UMKM_SORT_FIELDS, type InputOf, type UmkmPage } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { useRead } from '../api/queries';
import { FilterSelect } from '../components/FilterSelect';
import { LoadError } from '../components/LoadError';
import { ListHeader } from '../components/ListHeader';
import { classOptions, kecamatanOptions, kelurahanOptions, sectorOptions, statusOptions } from '../components/options';
import { RegistryTable, registryTotal, registryTotalHint } from '../components/RegistryTable';
import { UrlSearchBox } from '../components/UrlSearchBox';
import { useDebounced } from '../hooks/useDebounced';
import { useUrlParams } from '../hooks/useUrlParams';
import { REGISTRY_FILTERS as FILTERS, registryQuery } from './registryQuery';

const r = messages.registry;
/** An answer slower than this shows the table's spinner over the previous rows. */
const SLOW_ANSWER_MS = 300;

/** Filters, search, sort and page live in the URL, so Back returns to the same view. */
export function RegistryPage() {
  const url = useUrlParams();
  const { update } = url;
  const query = registryQuery(url.params, url.oneOf('sort', UMKM_SORT_FIELDS));
  // Paging by one from the page on screen: its keys let main read the next page from its last
  // row (or the previous from its first) instead of counting to it. Chosen once per page asked
  // for (React's state adjusted while rendering), so the answer does not change the question;
  // main ignores the keys of another sort or filter.
  const [paging, setPaging] = useState<{ page: number; near: Near | undefined }>({ page: url.page, near: undefined });
  const near = paging.page === url.page ? paging.near : undefined;
  const list = useRead('umkm:list', near ? { ...query, near } : query);
  // The count and the rows are drawn at a lower priority than typing: a new answer is drawn in
  // the background (a key interrupts it) while the previous one stays on screen. The first answer
  // is drawn at once: there is nothing on screen yet to keep.
  const deferred = useDeferredValue(list.data);
  const shown = deferred ?? list.data;
  if (paging.page !== url.page) setPaging({ page: url.page, near: nearOf(shown, url.page) });
  // The previous answer stays while the next comes; a spinner only if that takes a while.
  const waiting = list.isFetching && list.isPlaceholderData;
  const slow = useDebounced(waiting, SLOW_ANSWER_MS) && waiting;
  // The reset starts the search box anew, so text typed but not yet searched goes too.
  const [resets, setResets] = useState(0);

  const filterSelect = (key: (typeof FILTERS)[number], placeholder: string, options: Array<{ value: string; label: string }>, width = 190) => (
    <FilterSelect placeholder={placeholder} width={width} options={options} value={query[key] ?? undefined} onChange={(v) => update(key === 'kecamatan' ? { kecamatan: v, kelurahan: undefined } : { [key]: v })} />
  );
  const hasFilters = Boolean(query.search) || FILTERS.some((k) => query[k]);

  return (
    <>
      <ListHeader
        entity="umkm"
        title={r.title}
        sub={shown ? <RegistryTotal data={shown} /> : messages.common.loading}
        addLabel={messages.nav.addUmkm}
        exportInput={{ list: 'umkm', query }}
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <UrlSearchBox key={resets} label={r.searchPlaceholder} />
          {filterSelect('kecamatan', r.filterKecamatan, kecamatanOptions)}
          {filterSelect('kelurahan', r.filterKelurahan, kelurahanOptions(query.kecamatan), 200)}
          {filterSelect('sector', r.filterSector, sectorOptions)}
          {filterSelect('class', r.filterClass, classOptions, 150)}
          {filterSelect('status', r.filterStatus, statusOptions, 150)}
          {hasFilters ? (
            <Button
              onClick={() => {
                update({ q: undefined, kecamatan: undefined, kelurahan: undefined, sector: undefined, class: undefined, status: undefined });
                setResets((n) => n + 1);
              }}
            >
              {r.resetFilters}
            </Button>
          ) : null}
        </Flex>
        {list.error ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
        <RegistryTable
          data={shown}
          loading={list.isPending || slow}
          sort={query.sort ?? 'businessName'}
          order={query.order ?? 'asc'}
          page={url.page}
          pageSize={url.pageSize}
          update={update}
        />
      </Card>
    </>
  );
}

type Near = NonNullable<InputOf<'umkm:list'>['near']>;

/** The page on screen as the `near` of a request for the page next to it. */
function nearOf(onScreen: UmkmPage | undefined, page: number): Near | undefined {
  return onScreen?.keys && Math.abs(onScreen.page - page) === 1 ? { page: onScreen.page, ...onScreen.keys } : undefined;
}

/** The registry's count under its title, with what the list holds when a search was not counted to its end. */
function RegistryTotal({ data }: { data: UmkmPage }) {
  const hint = registryTotalHint(data);
  return (
    <span data-testid="registry-total">
      {registryTotal(data)}
      {hint ? <Typography.Text type="secondary"> · {hint}</Typography.Text> : null}
    </span>
  );
}
