import { useEffect, useState, type ReactNode } from 'react';
import { Button, Layout, Menu, Typography } from 'antd';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { messages } from '../../../shared/i18n';

/** Below this width the menu shows icons only, so the pages (the registry's columns) have the room. */
export const WIDE_SCREEN = '(min-width: 1280px)';

/** Whether the window is at least as wide as `query` asks, following it as it is resized. */
function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const onChange = () => setMatches(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

/**
 * The app's menu: with its names on a wide screen, as icons (each named in its tooltip) below
 * 1280 px. The clerk can unfold or fold it with the button at its top; resizing across the
 * width starts again from what suits the new width.
 */
export function AppSider({ items, selected, onNavigate }: { items: Array<{ key: string; icon: ReactNode; label: string }>; selected: string; onNavigate: (key: string) => void }) {
  const wide = useMedia(WIDE_SCREEN);
  const [folded, setFolded] = useState(!wide);
  const [wideBefore, setWideBefore] = useState(wide);
  if (wide !== wideBefore) {
    setWideBefore(wide);
    setFolded(!wide);
  }
  const toggle = (
    <Button
      type="text"
      icon={folded ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
      aria-label={folded ? messages.nav.expandMenu : messages.nav.collapseMenu}
      aria-expanded={!folded}
      onClick={() => setFolded(!folded)}
    />
  );
  return (
    <Layout.Sider width={200} collapsedWidth={64} collapsed={folded} trigger={null} theme="light" style={{ borderRight: '1px solid #f0f0f0' }} data-testid="app-sider">
      {folded ? (
        <div style={{ padding: '16px 0 8px', textAlign: 'center' }}>{toggle}</div>
      ) : (
        <div style={{ padding: '20px 8px 12px 16px', display: 'flex', alignItems: 'flex-start', gap: 4 }}>
          <div style={{ flex: 1 }}>
            <Typography.Title level={5} style={{ margin: 0, color: '#0b6e4f' }}>
              {messages.app.title}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {messages.app.department}
            </Typography.Text>
          </div>
          {toggle}
        </div>
      )}
      <nav aria-label={messages.partnerNav.menu}>
        {/* Tooltips name the items only while the menu shows icons alone; unfolded, fifteen of them
            were drawn for nothing. */}
        <Menu mode="inline" tooltip={folded ? undefined : false} selectedKeys={[selected]} items={items} onClick={(e) => onNavigate(e.key)} style={{ borderInlineEnd: 0 }} />
      </nav>
    </Layout.Sider>
  );
}
