import { App } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../../../shared/i18n';
import { errorMessage } from '../api/client';
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
          (err: unknown) => void message.error(errorMessage(err)),
        ),
    });
}
