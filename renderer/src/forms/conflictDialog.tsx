import { Typography, type App } from 'antd';
import type { AppErrorData } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { ApiError } from '../api/client';

const m = messages.editConflict;

/** The refusal of a save made on a version another clerk has changed or deleted since, or null. */
export function editConflictOf(err: unknown): AppErrorData | null {
  return err instanceof ApiError && err.data.code === 'EDIT_CONFLICT' ? err.data : null;
}

/**
 * Says who changed (or deleted) the record and when, and lets the clerk choose: "Muat ulang" shows
 * the record as it is now (their typing is dropped), "Tetap di sini" keeps what they typed on
 * screen to copy. Nothing was saved either way. Closing the dialog is staying.
 */
export function askAfterConflict(modal: ReturnType<typeof App.useApp>['modal'], conflict: AppErrorData): Promise<'reload' | 'stay'> {
  return new Promise((resolve) => {
    modal.confirm({
      title: conflict.details?.deleted ? m.titleDeleted : m.titleChanged,
      content: (
        <div data-testid="edit-conflict-dialog">
          <Typography.Paragraph>{conflict.message}</Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {m.choice}
          </Typography.Paragraph>
        </div>
      ),
      okText: m.reload,
      cancelText: m.stay,
      width: 520,
      closable: true,
      onOk: () => resolve('reload'),
      onCancel: () => resolve('stay'),
    });
  });
}
