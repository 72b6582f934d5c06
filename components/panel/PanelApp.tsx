import { useState } from 'react';
import type { Profile } from '@/utils/profile';
import { sendMessage } from '@/utils/browser/messaging';
import { ProfilePicker } from '@/components/profiles/ProfilePicker';
import { usePageSnapshot } from './usePageSnapshot';
import { LiveNameCheck } from './LiveNameCheck';
import { FillTab } from './FillTab';
import { OrdersTab } from './OrdersTab';
import { FilingTab } from './FilingTab';
import { FeatureBoundary } from './FeatureBoundary';
import { CapabilityNotice } from './CapabilityNotice';
import { PanelSummary, type SummaryTarget } from './PanelSummary';
import { useHolidayCalendar } from '@/components/calendar/useHolidayCalendar';
import { TabBar, tabPanelProps } from '@/components/Tabs';

const TABS = [
  { id: 'fill', title: '填充本页' },
  { id: 'orders', title: '订单与短信核验' },
  { id: 'filing', title: '备案类型' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The docked panel: what the console page shows now, and the tools that act on it. */
export function PanelApp() {
  const page = usePageSnapshot();
  // Imported holiday notices feed every estimate below; the panel re-renders when they change.
  useHolidayCalendar();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [chosenTab, setTab] = useState<TabId | null>(null);
  // Until the user picks a tab, order pages and lists open on the orders and wizard pages on filling.
  const onOrderPage = page.snapshot?.pageKind === 'order' || page.snapshot?.pageKind === 'order-list';
  const tab = chosenTab ?? (onOrderPage ? 'orders' : 'fill');
  const collapse = () => void sendMessage('panel:setDock', { collapsed: true });
  const open = (target: SummaryTarget) => {
    if (target !== 'names') return setTab(target);
    const names = document.getElementById('bh-name-check');
    names?.scrollIntoView({ block: 'start' });
    names?.focus();
  };

  return (
    <div className="bh-panel">
      <div className="bh-panel-top">
        <header className="bh-header">
          <h1>备案助手</h1>
          <button type="button" onClick={collapse} title="收起面板（快捷键 Alt+Shift+B）">
            收起
          </button>
        </header>
        <FeatureBoundary feature="概要">
          <PanelSummary snapshot={page.snapshot} profile={profile} onOpen={open} />
        </FeatureBoundary>
      </div>
      {page.error && <p className="bh-notice bh-error" role="alert">{page.error}</p>}
      <CapabilityNotice />
      <section className="bh-section">
        <FeatureBoundary feature="申请人档案">
          <ProfilePicker onActiveChange={setProfile} />
        </FeatureBoundary>
      </section>
      <FeatureBoundary feature="网站名称检查">
        <LiveNameCheck snapshot={page.snapshot} profile={profile} />
      </FeatureBoundary>
      <TabBar label="面板功能" prefix="bh-panel" tabs={TABS} selected={tab} onSelect={setTab} />
      <main className="bh-section" {...tabPanelProps('bh-panel', tab)}>
        <FeatureBoundary key={tab} feature={TABS.find((t) => t.id === tab)!.title}>
          {tab === 'fill' && <FillTab snapshot={page.snapshot} profile={profile} />}
          {tab === 'orders' && (
            <OrdersTab
              profile={profile}
              page={page.snapshot ? { kind: page.snapshot.pageKind, order: page.snapshot.order } : null}
              onExportStructure={() => sendMessage('panel:exportStructure', undefined)}
            />
          )}
          {tab === 'filing' && <FilingTab profile={profile} />}
        </FeatureBoundary>
      </main>
    </div>
  );
}
