package dev.golden.standardize;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Provinces, municipalities, regions and major cities of China (simplified), for prefixes. */
final class ChinesePlaces {
  private ChinesePlaces() {}

  private static final List<String> PROVINCE_LEVEL = List.of(
      "北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
      "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
      "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

  private static final List<String> CITIES = List.of(
      "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安", "台北", "厦门", "青岛", "大连",
      "宁波", "沈阳", "长沙", "郑州", "济南", "哈尔滨", "长春", "福州", "合肥", "昆明", "南宁", "南昌",
      "贵阳", "石家庄", "太原", "兰州", "乌鲁木齐", "呼和浩特", "银川", "西宁", "拉萨", "海口", "无锡",
      "佛山", "东莞", "珠海", "温州", "常州", "烟台", "中山", "惠州", "泉州", "徐州", "绍兴", "嘉兴",
      "台中", "高雄", "三亚", "洛阳", "扬州", "南通", "潍坊", "唐山", "保定", "汕头", "江门", "金华");

  // Longest first, so 广西壮族自治区 is preferred over 广西 and 自治区 over 区.
  private static final List<String> SUFFIXES = List.of(
      "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市");

  private static final List<String> NAMES = Stream.concat(PROVINCE_LEVEL.stream(), CITIES.stream())
      .sorted(Comparator.comparingInt(String::length).reversed())
      .toList();

  private static final Set<String> NAME_SET = Set.copyOf(NAMES);

  /** A recognised place at the start of the text: its bare name and how many chars it spans. */
  record Prefix(String name, int length) {}

  /** The place name (with its optional 省/市/自治区 suffix) the simplified text starts with. */
  static Optional<Prefix> prefixOf(String text) {
    for (String name : NAMES) {
      if (text.startsWith(name)) {
        int length = name.length();
        for (String suffix : SUFFIXES) {
          if (text.startsWith(suffix, length)) {
            length += suffix.length();
            break;
          }
        }
        return Optional.of(new Prefix(name, length));
      }
    }
    return Optional.empty();
  }

  /** The place without its administrative suffix if the whole text is one known place, else empty. */
  static Optional<String> whole(String text) {
    return prefixOf(text).filter(p -> p.length() == text.length()).map(Prefix::name);
  }

  static boolean isPlace(String bareName) {
    return NAME_SET.contains(bareName);
  }

  /** The text without a trailing administrative suffix (省, 市, 自治区...), if a name remains. */
  static String withoutSuffix(String text) {
    for (String suffix : SUFFIXES) {
      if (text.length() > suffix.length() + 1 && text.endsWith(suffix)) {
        return text.substring(0, text.length() - suffix.length());
      }
    }
    return text;
  }
}
