/** 备案区域 cascader data: province → city → district (a subset of GB/T 2260, every branch three levels deep). */

export interface RegionNode {
  name: string;
  children?: RegionNode[];
}

function city(name: string, districts: string[]): RegionNode {
  return { name, children: districts.map((district) => ({ name: district })) };
}

/** Municipalities repeat their own name at the city level, as the console's cascader does. */
function municipality(name: string, districts: string[]): RegionNode {
  return { name, children: [city(name, districts)] };
}

export const REGIONS: RegionNode[] = [
  municipality('北京市', ['东城区', '西城区', '朝阳区', '海淀区', '丰台区']),
  municipality('天津市', ['和平区', '河西区', '南开区']),
  { name: '河北省', children: [city('石家庄市', ['长安区', '桥西区']), city('保定市', ['竞秀区', '莲池区'])] },
  municipality('上海市', ['黄浦区', '徐汇区', '静安区', '浦东新区']),
  { name: '江苏省', children: [city('南京市', ['玄武区', '鼓楼区', '江宁区']), city('苏州市', ['姑苏区', '吴中区'])] },
  { name: '浙江省', children: [city('杭州市', ['上城区', '拱墅区', '西湖区', '滨江区']), city('宁波市', ['海曙区', '鄞州区'])] },
  { name: '福建省', children: [city('福州市', ['鼓楼区', '台江区']), city('厦门市', ['思明区', '湖里区'])] },
  { name: '山东省', children: [city('济南市', ['历下区', '市中区', '历城区']), city('青岛市', ['市南区', '崂山区'])] },
  { name: '湖北省', children: [city('武汉市', ['江岸区', '武昌区', '洪山区']), city('宜昌市', ['西陵区', '伍家岗区'])] },
  { name: '湖南省', children: [city('长沙市', ['芙蓉区', '天心区', '岳麓区', '开福区']), city('株洲市', ['天元区', '芦淞区'])] },
  {
    name: '广东省',
    children: [
      city('广州市', ['越秀区', '海珠区', '天河区', '番禺区']),
      city('深圳市', ['罗湖区', '福田区', '南山区', '宝安区', '龙岗区']),
      city('珠海市', ['香洲区', '金湾区']),
    ],
  },
  municipality('重庆市', ['渝中区', '江北区', '渝北区']),
  { name: '四川省', children: [city('成都市', ['锦江区', '青羊区', '武侯区', '成华区']), city('绵阳市', ['涪城区', '游仙区'])] },
  { name: '陕西省', children: [city('西安市', ['新城区', '碑林区', '雁塔区']), city('宝鸡市', ['渭滨区', '金台区'])] },
];
