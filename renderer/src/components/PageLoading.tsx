import { Flex, Spin } from 'antd';
import { messages } from '../../../shared/i18n';

/** Shown in the content area while a page's code loads (the menu and header stay). */
export function PageLoading() {
  return (
    <Flex vertical justify="center" align="center" gap={12} style={{ minHeight: 320 }} role="status">
      <Spin />
      <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>{messages.common.loading}</span>
    </Flex>
  );
}
