import { Fragment, type ReactNode } from 'react';
import { App } from 'antd';
import { useNavigate } from 'react-router';
import type { OutputOf } from '../../../shared/contract';
import { paths, type Entity } from '../api/entities';
import { useReadById } from '../api/queries';
import { Loaded } from '../components/Loaded';
import { PageHeader } from '../components/PageHeader';
import { useIdParam } from '../hooks/useIdParam';

/** What a record's form is handed by its page. */
export interface RecordFormProps<R, I> {
  /** The record edited; none for a new one. */
  id?: number;
  /** The version of the record edited, which the save names (useContractForm). */
  version?: number;
  /** Reads the record edited again (after another clerk's change refused a save): the form starts anew from it. */
  onReload?: () => unknown;
  initial?: I;
  onSaved: (saved: R) => void;
  onCancel: () => void;
}

type RecordOf<E extends Entity> = OutputOf<`${E}:get`>;

/** Saved, the page says so and opens the record. */
function useSavedThen() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  return (text: string, to: string) => {
    void message.success(text);
    navigate(to);
  };
}

/** A new record's page: its title and form; cancel goes back to the list. */
export function CreateFormPage<E extends Entity>({
  entity,
  title,
  saved,
  children,
}: {
  entity: E;
  title: string;
  saved: string;
  children: (props: RecordFormProps<RecordOf<E>, never>) => ReactNode;
}) {
  const navigate = useNavigate();
  const then = useSavedThen();
  return (
    <>
      <PageHeader title={title} />
      {children({ onCancel: () => navigate(paths.list(entity)), onSaved: (r) => then(saved, paths.record(entity, r.id)) })}
    </>
  );
}

/**
 * An edit's page: the record loads, then its form, which saves on the version it opened; a newer
 * version of the record (read again after another clerk's change) starts the form anew.
 */
export function EditFormPage<E extends Entity>({
  entity,
  title,
  saved,
  sub,
  children,
}: {
  entity: E;
  title: string;
  saved: string;
  sub: (record: RecordOf<E>) => string;
  children: (record: RecordOf<E>, props: RecordFormProps<RecordOf<E>, never>) => ReactNode;
}) {
  const id = useIdParam();
  const navigate = useNavigate();
  const then = useSavedThen();
  const record = useReadById(`${entity}:get`, id);
  const back = paths.record(entity, id);
  return (
    <Loaded query={record}>
      {(r) => (
        <>
          <PageHeader title={title} sub={sub(r)} />
          <Fragment key={r.version}>
            {children(r, { id, version: r.version, onReload: () => record.refetch(), onCancel: () => navigate(back), onSaved: () => then(saved, back) })}
          </Fragment>
        </>
      )}
    </Loaded>
  );
}
