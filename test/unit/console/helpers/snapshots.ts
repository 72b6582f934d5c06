/** Page snapshots built by hand, as the content script would send them, for tests of what reads them. */
import type { FieldSnapshot, PageSnapshot } from '@/utils/console/types';

export const fieldSnapshot = (over: Partial<FieldSnapshot>): FieldSnapshot => ({
  key: null,
  role: 'profile',
  label: '',
  section: null,
  kind: 'text',
  value: '',
  options: [],
  required: true,
  disabled: false,
  addon: null,
  ...over,
});

export const pageSnapshot = (fields: FieldSnapshot[], over: Partial<PageSnapshot> = {}): PageSnapshot => ({
  path: '/beian',
  pageKind: 'wizard',
  order: null,
  step: 'subject',
  stepTitle: '填写主体信息',
  stepTitles: [],
  headings: [],
  fields,
  siteCount: 0,
  canAddSite: false,
  uploads: [],
  needsUser: [],
  diagnostics: { unknownLabels: [], missingExpected: [], drift: false },
  ...over,
});
