import { describe, expect, it } from 'vitest';
import { checkSiteName } from '@/utils/names';
import { enterprise, findingsOf, personal, severityOf } from './helpers';

describe('the clean baseline', () => {
  it('has no findings, so every test below isolates one rule', () => {
    expect(checkSiteName(personal())).toEqual([]);
    expect(checkSiteName(enterprise())).toEqual([]);
  });
});

describe('name.empty / name.too-short / name.no-chinese (§2.1)', () => {
  it('rejects an empty name and nothing else about it', () => {
    expect(checkSiteName(personal({ name: '   ' })).map((f) => f.rule)).toEqual(['name.empty']);
  });
  it('needs three counted characters; letters and digits count, ()- do not', () => {
    expect(severityOf(personal({ name: '记事' }), 'name.too-short')).toBe('error');
    expect(severityOf(personal({ name: '(记事)' }), 'name.too-short')).toBe('error');
    expect(severityOf(personal({ name: '随手拍' }), 'name.too-short')).toBeNull();
    expect(severityOf(personal({ name: 'AI绘画' }), 'name.too-short')).toBeNull();
  });
  it('rejects names with no Chinese', () => {
    expect(findingsOf(personal({ name: '2024' }), 'name.no-chinese')[0]?.message).toContain('纯数字');
    expect(findingsOf(personal({ name: 'TechBlog' }), 'name.no-chinese')[0]?.message).toContain('纯英文');
    expect(severityOf(enterprise({ name: 'Cloud Factory' }), 'name.no-chinese')).toBe('error');
    expect(severityOf(personal({ name: 'Vue学习记录' }), 'name.no-chinese')).toBeNull();
  });
});

describe('name.symbols (§2.1)', () => {
  it('rejects symbols other than ()- and suggests the name without them', () => {
    const [finding] = findingsOf(personal({ name: '★星空★观测' }), 'name.symbols');
    expect(finding?.severity).toBe('error');
    expect(finding?.suggestion).toContain('星空观测');
  });
  it('accepts brackets, hyphens and full-width brackets', () => {
    expect(severityOf(personal({ name: '星空观测(第二季)-笔记' }), 'name.symbols')).toBeNull();
    expect(severityOf(personal({ name: '星空观测（第二季）' }), 'name.symbols')).toBeNull();
  });
  it('only warns on symbols that are part of a technology name', () => {
    expect(severityOf(personal({ name: 'C++学习笔记' }), 'name.symbols')).toBe('warning');
    expect(severityOf(personal({ name: 'C#学习笔记' }), 'name.symbols')).toBe('warning');
  });
  it('flags a lone surrogate as a symbol', () => {
    expect(severityOf(personal({ name: '星空\uD800观测' }), 'name.symbols')).toBe('error');
  });
});

describe('name.is-domain (§2.1)', () => {
  it('rejects the domain, its label, or any domain inside the name', () => {
    expect(severityOf(personal({ name: 'mysite.com', domain: 'mysite.com' }), 'name.is-domain')).toBe('error');
    expect(severityOf(personal({ name: 'www.mysite.com', domain: 'mysite.com' }), 'name.is-domain')).toBe('error');
    expect(severityOf(personal({ name: 'mysite', domain: 'mysite.com' }), 'name.is-domain')).toBe('error');
    expect(severityOf(personal({ name: 'example.cn的笔记' }), 'name.is-domain')).toBe('error');
  });
  it('does not report the domain dot again as a symbol', () => {
    expect(severityOf(personal({ name: 'example.cn的笔记' }), 'name.symbols')).toBeNull();
  });
  it('accepts names that are not domains', () => {
    expect(severityOf(personal({ name: 'Node.js学习笔记', domain: 'mysite.com' }), 'name.is-domain')).toBeNull();
    expect(severityOf(personal({ name: '我的站点笔记', domain: 'mysite.com' }), 'name.is-domain')).toBeNull();
  });
});

describe('name.reserved-national / name.reserved-broad (§2.1)', () => {
  it.each(['中国茶文化笔记', '中华武术爱好', '国家公园游记', '为人民服务记', '人大代表日记', '中央厨艺手记'])('%s is an error', (name) => {
    expect(severityOf(personal({ name }), 'name.reserved-national')).toBe('error');
  });
  it('applies to enterprises too', () => {
    expect(severityOf(enterprise({ name: '中国云朵科技有限公司' }), 'name.reserved-national')).toBe('error');
  });
  it.each(['个人民宿记录', '个人大事记', '成人大学笔记', '美国家居观察'])(
    '%s only contains the letters across a word boundary',
    (name) => {
      expect(severityOf(personal({ name }), 'name.reserved-national')).toBeNull();
    },
  );
  it('warns on 全国 and 华夏, and blocks them in Hainan (国字号)', () => {
    expect(severityOf(personal({ name: '全国美食地图' }), 'name.reserved-broad')).toBe('warning');
    expect(severityOf(personal({ name: '华夏诗词笔记' }), 'name.reserved-broad')).toBe('warning');
    const hainan = findingsOf(personal({ name: '华夏诗词笔记', province: '海南' }), 'name.reserved-broad')[0];
    expect(hainan?.severity).toBe('error');
    expect(hainan?.source).toContain('海南');
    expect(severityOf(personal({ name: '安全国产软件笔记' }), 'name.reserved-broad')).toBeNull();
  });
});

describe('name.sensitive (§2.1)', () => {
  it('rejects sensitive words for everyone', () => {
    expect(severityOf(personal({ name: '色情内容分享' }), 'name.sensitive')).toBe('error');
    expect(severityOf(enterprise({ name: '云朵维权服务中心' }), 'name.sensitive')).toBe('error');
    expect(severityOf(personal({ name: '反腐倡廉学习' }), 'name.sensitive')).toBe('error');
  });
  it('is silent on ordinary names', () => {
    expect(severityOf(personal({ name: '周末烘焙笔记' }), 'name.sensitive')).toBeNull();
  });
});

describe('personal word lists (§2.2)', () => {
  it('blocks company and organisation words for individuals only', () => {
    expect(severityOf(personal({ name: '小王的网络科技公司' }), 'name.personal-enterprise')).toBe('error');
    expect(severityOf(personal({ name: '摄影爱好者协会' }), 'name.personal-enterprise')).toBe('error');
    expect(severityOf(personal({ name: '云朵官网' }), 'name.personal-enterprise')).toBe('error');
    expect(severityOf(enterprise({ name: '云朵科技有限公司' }), 'name.personal-enterprise')).toBeNull();
    expect(severityOf(personal({ name: '非官方攻略笔记' }), 'name.personal-enterprise')).toBeNull();
  });
  it('blocks shops for individuals, also by a 店/铺 ending', () => {
    expect(severityOf(personal({ name: '阿明的服装商城' }), 'name.personal-shop')).toBe('error');
    expect(severityOf(personal({ name: '晴天数码店' }), 'name.personal-shop')).toBe('error');
    expect(severityOf(personal({ name: '小王杂货铺' }), 'name.personal-shop')).toBe('error');
    expect(severityOf(personal({ name: '探店日记本' }), 'name.personal-shop')).toBeNull();
    expect(severityOf(personal({ name: '游戏代练工作室' }), 'name.personal-shop')).toBe('error');
    expect(severityOf(enterprise({ name: '云朵工厂商城', serviceContent: ['网络购物'] }), 'name.personal-shop')).toBeNull();
  });
  it('warns on the words several ISP lists agree on, whatever the rest of the name says', () => {
    expect(severityOf(personal({ name: '个人博客' }), 'name.personal-listed')).toBe('warning');
    expect(severityOf(personal({ name: '小刘设计工作室' }), 'name.personal-listed')).toBe('warning');
    expect(severityOf(personal({ name: '手游攻略平台' }), 'name.personal-listed')).toBe('warning');
    expect(severityOf(personal({ name: '我的主页' }), 'name.personal-listed')).toBe('warning');
    expect(severityOf(personal({ name: '网站搭建笔记' }), 'name.personal-listed')).toBe('warning');
  });
  it('reports 个人网站 once, not again as 网站', () => {
    expect(findingsOf(personal({ name: '个人网站' }), 'name.personal-listed').map((f) => f.evidence)).toEqual(['个人网站']);
  });
  it('does not take 网络 in a technical topic for the listed word', () => {
    expect(severityOf(personal({ name: '网络安全学习笔记' }), 'name.personal-listed')).toBeNull();
    expect(severityOf(personal({ name: '神经网络入门' }), 'name.personal-listed')).toBeNull();
    expect(severityOf(personal({ name: '小王网络' }), 'name.personal-listed')).toBe('warning');
  });
  it('Henan blocks 导航 and 个人网站 for individuals', () => {
    expect(severityOf(personal({ name: '技术资讯导航' }), 'name.personal-listed')).toBe('warning');
    expect(severityOf(personal({ name: '技术资讯导航', province: '河南省' }), 'name.personal-listed')).toBe('error');
    expect(severityOf(personal({ name: '个人网站', province: '河南' }), 'name.personal-listed')).toBe('error');
    expect(severityOf(personal({ name: '技术资讯导航', province: '湖北' }), 'name.personal-listed')).toBe('warning');
  });
  it('warns on single-source words unless the name reads as personal notes', () => {
    expect(severityOf(personal({ name: '小刘设计' }), 'name.personal-low')).toBe('warning');
    expect(severityOf(personal({ name: '产品设计学习笔记' }), 'name.personal-low')).toBeNull();
    expect(severityOf(personal({ name: '前端技术分享' }), 'name.personal-low')).toBe('warning');
    expect(severityOf(personal({ name: '前端技术随记' }), 'name.personal-low')).toBeNull();
    expect(severityOf(enterprise({ name: '云朵设计' }), 'name.personal-low')).toBeNull();
  });
});

describe('name.preapproval (§2.1, §3.2)', () => {
  it('blocks pre-approval keywords for individuals, who cannot obtain approvals', () => {
    expect(severityOf(personal({ name: '体育新闻速递' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '基金投资指南' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '理财学习笔记' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '校园交流社区' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '周末直播间' }), 'name.preapproval')).toBe('error');
  });
  it('treats film, games, music … as topics: silent in notes, an error when the name offers the service', () => {
    expect(severityOf(personal({ name: '电影观后感' }), 'name.preapproval')).toBeNull();
    expect(severityOf(personal({ name: '游戏开发笔记' }), 'name.preapproval')).toBeNull();
    expect(severityOf(personal({ name: '高清电影下载站' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '免费音乐网' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '独立游戏推荐' }), 'name.preapproval')).toBe('warning');
  });
  it('blocks education and health services for individuals, but an everyday mention of health says nothing', () => {
    expect(severityOf(personal({ name: '健康知识网' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '英语培训网' }), 'name.preapproval')).toBe('error');
    expect(severityOf(personal({ name: '健康饮食日记' }), 'name.preapproval')).toBeNull();
    expect(severityOf(personal({ name: '跑步与健康' }), 'name.preapproval')).toBeNull();
  });
  it('blocks an enterprise without the approval for the HIGH examples (新闻, 论坛), warns for the rest', () => {
    expect(severityOf(enterprise({ name: '云朵工厂新闻中心' }), 'name.preapproval')).toBe('error');
    expect(severityOf(enterprise({ name: '云朵科技论坛' }), 'name.preapproval')).toBe('error');
    expect(severityOf(enterprise({ name: '云朵理财' }), 'name.preapproval')).toBe('warning');
    expect(severityOf(enterprise({ name: '云朵在线教育' }), 'name.preapproval')).toBe('warning');
  });
  it('is silent for an enterprise that declares the approval', () => {
    expect(severityOf(enterprise({ name: '云朵工厂新闻中心', preApprovals: ['新闻'] }), 'name.preapproval')).toBeNull();
    expect(severityOf(enterprise({ name: '云朵理财', preApprovals: ['互联网金融'] }), 'name.preapproval')).toBeNull();
  });
  it('names the category in the message', () => {
    expect(findingsOf(personal({ name: '基金投资指南' }), 'name.preapproval')[0]?.message).toContain('互联网金融');
  });
});

describe('name.sample-copy (§2.2)', () => {
  it('blocks a copied sample name and warns on a name built around one', () => {
    expect(severityOf(personal({ name: '雕刻时光' }), 'name.sample-copy')).toBe('error');
    expect(severityOf(personal({ name: '小赵的研发日志' }), 'name.sample-copy')).toBe('error');
    expect(severityOf(personal({ name: '雕刻时光小屋' }), 'name.sample-copy')).toBe('warning');
    expect(severityOf(personal({ name: '雕刻木头笔记' }), 'name.sample-copy')).toBeNull();
  });
});

describe('name.person-name (§2.1, §2.4)', () => {
  it('warns on a bare 2–3 character person name for individuals', () => {
    expect(severityOf(personal({ name: '王小明' }), 'name.person-name')).toBe('warning');
    expect(severityOf(personal({ name: '欧阳娜娜' }), 'name.person-name')).toBe('warning');
    expect(severityOf(personal({ name: '李思雨' }), 'name.person-name')).toBe('warning');
  });
  it('blocks it in Sichuan and Henan', () => {
    expect(severityOf(personal({ name: '王小明', province: '四川' }), 'name.person-name')).toBe('error');
  });
  it('leaves ordinary words and longer names alone', () => {
    expect(severityOf(personal({ name: '马拉松' }), 'name.person-name')).toBeNull();
    expect(severityOf(personal({ name: '王小明的读书笔记' }), 'name.person-name')).toBeNull();
    expect(severityOf(enterprise({ name: '王小明' }), 'name.person-name')).toBeNull();
  });
});

describe('place names (§2.1, §2.3, §2.4)', () => {
  it('blocks a bare place or a place-named portal for individuals', () => {
    expect(severityOf(personal({ name: '怒江网' }), 'name.regional-portal')).toBe('error');
    expect(severityOf(personal({ name: '杭州生活网' }), 'name.regional-portal')).toBe('error');
    expect(severityOf(personal({ name: '大理' }), 'name.regional-portal')).toBe('error');
  });
  it('warns on a place inside a longer personal name, and blocks it in Hainan', () => {
    expect(severityOf(personal({ name: '成都美食日记' }), 'name.place-name')).toBe('warning');
    expect(severityOf(personal({ name: '三亚旅行记', province: '海南' }), 'name.place-name')).toBe('error');
  });
  it('does not mistake everyday compounds for places', () => {
    expect(severityOf(personal({ name: '大理石雕刻笔记' }), 'name.place-name')).toBeNull();
    expect(severityOf(personal({ name: '三明治食谱' }), 'name.place-name')).toBeNull();
    expect(severityOf(personal({ name: '上海南站游记' }), 'name.place-name')).toBe('warning');
    expect(findingsOf(personal({ name: '上海南站游记' }), 'name.place-name').map((f) => f.evidence)).toEqual(['上海']);
  });
  it('treats an enterprise regional portal by province: warning unknown, error in Henan/Yunnan, silent elsewhere', () => {
    expect(severityOf(enterprise({ name: '杭州生活网' }), 'name.regional-portal')).toBe('warning');
    expect(severityOf(enterprise({ name: '杭州生活网', province: '河南' }), 'name.regional-portal')).toBe('error');
    expect(severityOf(enterprise({ name: '杭州生活网', province: '浙江' }), 'name.regional-portal')).toBeNull();
    expect(severityOf(enterprise({ name: '杭州云朵科技有限公司' }), 'name.regional-portal')).toBeNull();
  });
});

describe('name.english-dominant (§2.4)', () => {
  it('warns on a mostly English name in Shanghai, Sichuan or Guangdong only', () => {
    expect(severityOf(personal({ name: 'Python自学笔记', province: '上海' }), 'name.english-dominant')).toBe('warning');
    expect(severityOf(personal({ name: 'Python自学笔记' }), 'name.english-dominant')).toBeNull();
    expect(severityOf(personal({ name: 'Python自学笔记', province: '湖南' }), 'name.english-dominant')).toBeNull();
    expect(severityOf(personal({ name: 'Vue学习记录', province: '上海' }), 'name.english-dominant')).toBeNull();
  });
});
