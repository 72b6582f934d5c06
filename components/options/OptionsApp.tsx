import { useState } from 'react';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { useActiveProfile } from '@/components/profiles/useProfiles';
import { FilingTab, NEW_FILING_CHOICES } from '@/components/panel/FilingTab';
import { ProfilePicker } from '@/components/profiles/ProfilePicker';
import { OrdersTab } from '@/components/panel/OrdersTab';
import { BatchCheck } from '@/components/names/BatchCheck';
import { ReminderSettings } from './ReminderSettings';
import { HolidaySettings } from './HolidaySettings';
import { DataSettings } from './DataSettings';
import { useHolidayCalendar } from '@/components/calendar/useHolidayCalendar';
import { TabBar, tabPanelProps } from '@/components/Tabs';

const SECTIONS = [
  { id: 'profiles', title: '申请人档案' },
  { id: 'names', title: '网站名称批量检查' },
  { id: 'filing', title: '备案类型与提交前检查' },
  { id: 'orders', title: '备案订单与短信核验' },
  { id: 'reminders', title: '提醒设置' },
  { id: 'holidays', title: '节假日安排' },
  { id: 'data', title: '数据' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/** The options page: the full profile editor, batch name checks, the filing-type advisor, orders, settings and holiday notices. */
export function OptionsApp() {
  const [section, setSection] = useState<SectionId>('profiles');
  // Lifted so that the advisor's answers survive a visit to another tab.
  const [filingChoices, setFilingChoices] = useState(NEW_FILING_CHOICES);
  const { active } = useActiveProfile();
  const holidays = useHolidayCalendar();
  return (
    <div className="bh-options">
      <header className="bh-header">
        <h1>备案助手 · 档案与设置</h1>
      </header>
      <TabBar label="设置分类" prefix="bh-options" tabs={SECTIONS} selected={section} onSelect={setSection} />
      <main className="bh-section" {...tabPanelProps('bh-options', section)}>
        {section === 'profiles' && <ProfilesPage />}
        {section === 'names' && <BatchCheck />}
        {section === 'filing' && (
          <FilingTab profile={active} choices={filingChoices} onChoicesChange={setFilingChoices} picker={<ProfilePicker />} />
        )}
        {section === 'orders' && <OrdersTab profile={active} />}
        {section === 'reminders' && <ReminderSettings />}
        {section === 'holidays' && <HolidaySettings records={holidays} />}
        {section === 'data' && <DataSettings />}
      </main>
    </div>
  );
}
