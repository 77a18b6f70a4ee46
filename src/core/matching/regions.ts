/**
 * Place names that appear as the prefix of a company name (北京某某, 湖南省某某) or in brackets
 * (某某(北京)): the provinces, and the prefecture-level cities most often seen in quality
 * announcements. A region found at the start of a name ending in 省/市/县/区 is recognised
 * even when it is not listed, so the table need not hold every county.
 */
export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
] as const;

const CITIES = [
  '石家庄', '唐山', '保定', '邯郸', '太原', '大同', '沈阳', '大连', '鞍山', '长春', '哈尔滨', '南京', '苏州', '无锡', '常州',
  '南通', '扬州', '徐州', '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '台州', '义乌', '合肥', '芜湖', '福州',
  '厦门', '泉州', '莆田', '晋江', '南昌', '赣州', '济南', '青岛', '烟台', '潍坊', '临沂', '淄博', '郑州', '洛阳', '武汉',
  '宜昌', '襄阳', '长沙', '株洲', '湘潭', '衡阳', '岳阳', '常德', '邵阳', '益阳', '郴州', '永州', '怀化', '娄底', '张家界',
  '浏阳', '醴陵', '广州', '深圳', '佛山', '东莞', '中山', '珠海', '汕头', '江门', '惠州', '潮州', '揭阳', '海口', '三亚',
  '成都', '绵阳', '贵阳', '遵义', '昆明', '西安', '兰州', '西宁', '呼和浩特', '包头', '南宁', '柳州', '桂林', '拉萨', '银川',
  '乌鲁木齐',
] as const;

const SUFFIX = '(?:省|市|特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|县|区)?';
const NAMES = [...PROVINCES, ...CITIES].sort((a, b) => b.length - a.length);
const KNOWN_PREFIX = new RegExp(`^(${NAMES.join('|')})${SUFFIX}`, 'u');
/** An unlisted region: 2–3 characters and an administrative suffix, at the very start. */
const GENERIC_PREFIX = /^([\u4e00-\u9fff]{2,3}?)(省|市|县)/u;
const BRACKETED = new RegExp(`\\((${NAMES.join('|')})${SUFFIX}\\)`, 'u');

/** The region a leading prefix names, without its suffix, and the rest; null when none. */
export function takeRegionPrefix(name: string): { region: string; rest: string } | null {
  const m = name.match(KNOWN_PREFIX) ?? name.match(GENERIC_PREFIX);
  if (!m || m[1] === undefined) return null;
  const rest = name.slice(m[0].length);
  return rest.length >= 2 ? { region: m[1], rest } : null;
}

/** A region named in brackets inside a name ("某某(北京)科技"), removed; null when none. */
export function takeBracketedRegion(name: string): { region: string; rest: string } | null {
  const m = name.match(BRACKETED);
  if (!m || m[1] === undefined || m.index === undefined) return null;
  return { region: m[1], rest: name.slice(0, m.index) + name.slice(m.index + m[0].length) };
}

/**
 * The province a place string names (an address, 所在地 or 所在省), or null.
 *
 * @example provinceOf('湖南省长沙市岳麓区') // '湖南'
 */
export function provinceOf(place: string): string | null {
  const text = place.normalize('NFKC').replace(/\s+/g, '');
  for (const p of PROVINCES) if (text.startsWith(p)) return p;
  return null;
}

/** Regions named in a place string, province and city (for the tie-breaker). */
export function regionsIn(place: string): string[] {
  const text = place.normalize('NFKC').replace(/\s+/g, '');
  return NAMES.filter((n) => text.includes(n));
}
