import type { ReactNode } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { InputOf } from '../../../shared/contract';
import { paths, type Entity } from '../api/entities';
import { Can } from './auth/Can';
import { ExportButton } from './exports/ExportButton';
import { PageHeader } from './PageHeader';

/** A list page's header: its title and count, its export (as filtered), and "add" for a role that may add. */
export function ListHeader({ entity, title, sub, addLabel, exportInput }: { entity: Entity; title: string; sub: ReactNode; addLabel: string; exportInput?: InputOf<'export:list'> }) {
  const navigate = useNavigate();
  const add = (
    <Can channel={`${entity}:create`}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(paths.create(entity))}>
        {addLabel}
      </Button>
    </Can>
  );
  return (
    <PageHeader
      title={title}
      sub={sub}
      extra={
        exportInput ? (
          <Flex gap={8}>
            <ExportButton input={exportInput} />
            {add}
          </Flex>
        ) : (
          add
        )
      }
    />
  );
}
