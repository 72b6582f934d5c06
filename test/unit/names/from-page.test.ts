import { describe, expect, it } from 'vitest';
import { siteNameInputsFromPage } from '@/utils/names/from-page';
import type { FieldSnapshot, PageSnapshot } from '@/utils/console/types';

const field = (key: string, value: FieldSnapshot['value'], kind: FieldSnapshot['kind'] = 'text'): FieldSnapshot => ({
  key, role: 'profile', label: key, section: '网站信息', kind, value, options: [], required: true, disabled: false, addon: null,
});

const snapshot = (fields: FieldSnapshot[]): PageSnapshot => ({
  path: '/beian/manage/process/1/website', pageKind: 'wizard', order: null, step: 'website', stepTitle: '填写网站信息', stepTitles: [], headings: [], fields,
  siteCount: 2, canAddSite: true, uploads: [], needsUser: [], diagnostics: { unknownLabels: [], missingExpected: [], drift: false },
});

describe('name-check inputs from the website step', () => {
  it('groups each website block with the profile subject type and province', () => {
    const inputs = siteNameInputsFromPage(
      snapshot([
        field('websites[1].name', '云朵商城'),
        field('websites[0].name', '山间小记'),
        field('websites[0].remark', '记录徒步路线', 'textarea'),
        field('websites[0].serviceContent', ['其他'], 'select'),
        field('websites[0].preApprovals', ['以上都不涉及'], 'checkbox-group'),
        field('principal.mobile', '13800138000'),
      ]),
      { subject: 'personal', province: '湖南省' },
    );
    expect(inputs.map((s) => s.site)).toEqual([0, 1]);
    expect(inputs[0]!.input).toEqual({
      name: '山间小记', remark: '记录徒步路线', serviceContent: ['其他'], preApprovals: ['以上都不涉及'], subject: 'personal', province: '湖南省',
    });
    expect(inputs[1]!.input.name).toBe('云朵商城');
  });

  it('skips blocks with nothing typed yet', () => {
    expect(siteNameInputsFromPage(snapshot([field('websites[0].name', ''), field('websites[0].remark', '')]), { subject: 'enterprise' })).toEqual([]);
  });
});
