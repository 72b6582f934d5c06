/** Provinces (备案地域), their normalisation, and place names used by the personal-name rules (icp-rules.md §2.1, §2.4). */
import { sanitise } from './text';

export interface Province {
  /** Official full name: 湖南省, 内蒙古自治区, 北京市. */
  name: string;
  /** Name without the administrative suffix: 湖南, 内蒙古, 北京. */
  short: string;
}

export const PROVINCES: readonly Province[] = [
  ['北京市', '北京'], ['天津市', '天津'], ['上海市', '上海'], ['重庆市', '重庆'],
  ['河北省', '河北'], ['山西省', '山西'], ['辽宁省', '辽宁'], ['吉林省', '吉林'], ['黑龙江省', '黑龙江'],
  ['江苏省', '江苏'], ['浙江省', '浙江'], ['安徽省', '安徽'], ['福建省', '福建'], ['江西省', '江西'],
  ['山东省', '山东'], ['河南省', '河南'], ['湖北省', '湖北'], ['湖南省', '湖南'], ['广东省', '广东'],
  ['海南省', '海南'], ['四川省', '四川'], ['贵州省', '贵州'], ['云南省', '云南'], ['陕西省', '陕西'],
  ['甘肃省', '甘肃'], ['青海省', '青海'], ['台湾省', '台湾'],
  ['内蒙古自治区', '内蒙古'], ['广西壮族自治区', '广西'], ['西藏自治区', '西藏'], ['宁夏回族自治区', '宁夏'],
  ['新疆维吾尔自治区', '新疆'], ['香港特别行政区', '香港'], ['澳门特别行政区', '澳门'],
].map(([name, short]) => ({ name: name!, short: short! }));

const SHORT_ALIASES: Record<string, string> = { 内蒙: '内蒙古自治区' };

/** Longest first, so 黑龙江 is tried before shorter prefixes. */
const PREFIXES: readonly [string, string][] = [
  ...PROVINCES.map((p): [string, string] => [p.short, p.name]),
  ...Object.entries(SHORT_ALIASES),
].sort((a, b) => b[0].length - a[0].length);

/** '湖南' / '湖南省' / '湖南省长沙市' → '湖南省'; '广西' → '广西壮族自治区'; unknown or empty → undefined. */
export function normaliseProvince(p: string | undefined): string | undefined {
  const text = sanitise(p).replace(/\s/g, '');
  if (!text) return undefined;
  const exact = PROVINCES.find((province) => province.name === text || province.short === text);
  if (exact) return exact.name;
  return PREFIXES.find(([prefix]) => text.startsWith(prefix))?.[1];
}

/** The pledge 内蒙古, 山东 and 广西 require verbatim in a personal site's remark (icp-rules.md §2.4). */
export const PERSONAL_SITE_PLEDGE =
  '本网站是个人网站，不含有企业、单位等非个人网站的信息，若在核实中发现网站中含有企业、单位等信息，本人愿接受以虚假信息进行备案，注销网站，并将主体和域名加入黑名单的处罚。';

export const PLEDGE_PROVINCES: readonly string[] = ['内蒙古自治区', '山东省', '广西壮族自治区'];

/**
 * Prefecture-level cities and other well-known places. Names that are also everyday words (中山, 朝阳, 安康,
 * 白银, 日照, 普洱, 阿里 …) are left out on purpose: a false "place name" would nag people writing about those things.
 */
const CITY_NAMES = (
  '广州 深圳 珠海 汕头 佛山 韶关 湛江 肇庆 江门 茂名 惠州 梅州 汕尾 河源 阳江 清远 东莞 潮州 揭阳 云浮 ' +
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 ' +
  '南京 苏州 无锡 常州 镇江 南通 扬州 泰州 盐城 淮安 连云港 宿迁 徐州 昆山 ' +
  '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 ' +
  '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德 晋江 ' +
  '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶 婺源 ' +
  '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 临沂 德州 聊城 滨州 菏泽 ' +
  '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源 ' +
  '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 ' +
  '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西 ' +
  '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左 阳朔 ' +
  '海口 三亚 三沙 儋州 ' +
  '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山 ' +
  '贵阳 六盘水 遵义 安顺 毕节 铜仁 黔东南 黔南 黔西南 ' +
  '昆明 曲靖 玉溪 保山 昭通 丽江 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆 ' +
  '拉萨 日喀则 昌都 林芝 那曲 ' +
  '西安 宝鸡 咸阳 铜川 渭南 延安 榆林 汉中 商洛 ' +
  '兰州 嘉峪关 金昌 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南 ' +
  '西宁 玉树 果洛 银川 石嘴山 吴忠 固原 中卫 ' +
  '乌鲁木齐 克拉玛依 吐鲁番 哈密 喀什 和田 阿克苏 伊犁 阿勒泰 塔城 昌吉 ' +
  '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 锡林郭勒 阿拉善 ' +
  '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水 ' +
  '太原 大同 阳泉 晋城 朔州 晋中 运城 忻州 临汾 吕梁 ' +
  '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 葫芦岛 ' +
  '长春 四平 辽源 通化 松原 白城 延边 ' +
  '哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 ' +
  '台北 高雄'
).split(' ');

/** Everyday compounds that contain a place name but do not name the place. */
export const PLACE_EXCEPTIONS: Record<string, readonly string[]> = {
  大理: ['大理石'],
  三明: ['三明治'],
  哈密: ['哈密瓜'],
  和田: ['和田玉'],
  玉树: ['玉树临风'],
  四平: ['四平八稳'],
  开封: ['未开封', '已开封'],
  大同: ['世界大同'],
  西藏: ['东西藏'],
};

export const PLACE_NAMES: readonly string[] = [...PROVINCES.map((p) => p.short), ...CITY_NAMES];
