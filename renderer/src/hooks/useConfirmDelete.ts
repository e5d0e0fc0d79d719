import { App } from 'antd';
import { useNavigate } from 'react-router';
import { fill, messages } from '../../../shared/i18n';
import { formatMoment } from '../../../shared/format/date';
import { ApiError, errorMessage } from '../api/client';
import { useInvalidateRegistry } from '../api/queries';

/**
 * Delete asks first; on success it says so and goes to the list. The lists are refreshed after
 * leaving the page, so the deleted record is not fetched again (and shown as not found) meanwhile.
 */
export function useConfirmDelete(remove: () => Promise<unknown>, texts: { title: string; content: string; done: string; to: string }) {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const invalidate = useInvalidateRegistry();
  return () =>
    modal.confirm({
      title: texts.title,
      content: texts.content,
      okText: messages.pc.delete,
      okButtonProps: { danger: true },
      cancelText: messages.pc.cancel,
      onOk: () =>
        remove().then(
          () => {
            void message.success(texts.done);
            navigate(texts.to);
            void invalidate();
          },
          (err: unknown) => {
            const stale = err instanceof ApiError && err.data.code === 'EDIT_CONFLICT' && err.data.details && !err.data.details.deleted ? err.data.details : null;
            // Changed by another clerk since the page showed it: not deleted, and the page shows it as it is now.
            void message.error(stale ? fill(messages.editConflict.notDeleted, { name: stale.updatedBy ?? messages.editConflict.someone, at: formatMoment(stale.updatedAt) }) : errorMessage(err));
            if (stale || (err instanceof ApiError && err.data.code === 'EDIT_CONFLICT')) void invalidate();
          },
        ),
    });
}
