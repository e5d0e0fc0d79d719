import { App } from 'antd';
import { useNavigate } from 'react-router';
import { messages } from '../../../shared/i18n';
import { errorMessage } from '../api/client';
import { useRegistryMutation } from '../api/queries';

/** Delete asks first; on success it says so and goes to the list. */
export function useConfirmDelete(remove: () => Promise<unknown>, texts: { title: string; content: string; done: string; to: string }) {
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const mutation = useRegistryMutation(remove);
  return () =>
    modal.confirm({
      title: texts.title,
      content: texts.content,
      okText: messages.pc.delete,
      okButtonProps: { danger: true },
      cancelText: messages.pc.cancel,
      onOk: () =>
        mutation.mutateAsync(undefined).then(
          () => {
            void message.success(texts.done);
            navigate(texts.to);
          },
          (err: unknown) => void message.error(errorMessage(err)),
        ),
    });
}
