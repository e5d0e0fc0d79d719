import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { fill, messages } from '../../../shared/i18n';
import { call } from '../api/client';
import { paths, type Entity } from '../api/entities';
import { useConfirmDelete } from '../hooks/useConfirmDelete';
import { Can } from './auth/Can';
import { PageHeader } from './PageHeader';

/**
 * A record's page header: its title, back to the list, edit and delete (asking first). Edit and
 * delete show only to a role that may call them; main enforces.
 */
export function DetailHeader({
  entity,
  id,
  version,
  title,
  sub,
  texts,
  editable = true,
  editPrimary = true,
}: {
  entity: Entity;
  id: number;
  /**
   * The version the page shows: the delete is refused (EDIT_CONFLICT, naming who and when) when
   * another clerk changed the record since, and the page then shows it as it is now.
   */
  version: number;
  /** The record's name, which the delete's question names too. */
  title: string;
  sub: ReactNode;
  /** The entity's texts for the delete: the question and its answer once done. */
  texts: { deleteConfirmTitle: string; deleteConfirmText: string; deleted: string };
  /** False when the record may no longer change (a finished agreement). */
  editable?: boolean;
  /** False where another action on the page is the main one. */
  editPrimary?: boolean;
}) {
  const navigate = useNavigate();
  // Leaves the page before the lists refresh, so the deleted record is never fetched again.
  const confirmDelete = useConfirmDelete(() => call(`${entity}:delete`, { id, version }), {
    title: texts.deleteConfirmTitle,
    // An agreement is named by its number, the others by their name: the title is either.
    content: fill(texts.deleteConfirmText, { name: title, number: title }),
    done: texts.deleted,
    to: paths.list(entity),
  });
  return (
    <PageHeader
      title={title}
      sub={sub}
      extra={
        <Space>
          <Button onClick={() => navigate(paths.list(entity))}>{messages.common.back}</Button>
          {editable ? (
            <Can channel={`${entity}:update`}>
              <Button type={editPrimary ? 'primary' : undefined} icon={<EditOutlined />} onClick={() => navigate(paths.edit(entity, id))}>
                {messages.pc.edit}
              </Button>
            </Can>
          ) : null}
          <Can channel={`${entity}:delete`}>
            <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
              {messages.pc.delete}
            </Button>
          </Can>
        </Space>
      }
    />
  );
}
