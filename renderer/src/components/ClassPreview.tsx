import type { ReactNode } from 'react';
import { Alert, Space } from 'antd';
import type { Classification } from '../../../shared/domain/classification';
import { fill, messages } from '../../../shared/i18n';
import { ClassTag } from './ClassTag';

/** The class the figures typed so far give, shown before saving: the clerk never types a class. */
export function ClassPreview({
  preview,
  label,
  none,
  testId,
  role,
  wrap,
  children,
}: {
  preview: Classification | null;
  label: string;
  /** What to fill in while no figure gives a class. */
  none: string;
  testId: string;
  /** 'status': announced to screen readers as it changes. */
  role?: 'status';
  wrap?: boolean;
  /** More after the class, such as the record before it. */
  children?: ReactNode;
}) {
  return (
    <Alert
      type={preview?.class === 'besar' ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      role={role}
      data-testid={testId}
      title={
        preview ? (
          <Space wrap={wrap}>
            {label}:
            <ClassTag value={preview.class} />
            {fill(messages.detail.classBy, { basis: messages.enums.classBasis[preview.basis] })}
            {children}
          </Space>
        ) : (
          none
        )
      }
    />
  );
}
