import type { Wording } from '../../store';

/** Labels that changed when the console started calling websites "服务" (`?wording=service`). */
export interface WebsiteWording {
  stepTitle: string;
  card: string;
  principalCard: string;
  principalLabel: string;
  name: string;
  content: string;
  remark: string;
  addButton: string;
}

export const WORDINGS: Record<Wording, WebsiteWording> = {
  website: {
    stepTitle: '填写网站信息',
    card: '网站信息',
    principalCard: '网站负责人信息',
    principalLabel: '网站负责人',
    name: '网站名称',
    content: '网站服务内容',
    remark: '网站备注',
    addButton: '+继续添加网站',
  },
  service: {
    stepTitle: '填写服务信息',
    card: '服务信息',
    principalCard: '服务负责人信息',
    principalLabel: '服务负责人',
    name: '服务名称',
    content: '服务内容',
    remark: '服务备注',
    addButton: '新增服务',
  },
};

export function stepTitles(wording: Wording): string[] {
  return ['验证备案信息', '填写主体信息', WORDINGS[wording].stepTitle, '上传资料', '提交审核'];
}

/** 主办单位名称 for units, 姓名 for a personal filing. */
export function subjectNameLabel(type: string): string {
  return type === 'personal' ? '姓名' : '主办单位名称';
}
