package dev.golden.standardize;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chinese family names: the common single-character ones in rough order of frequency, the
 * compound ones, and surname readings of characters that read differently in a surname.
 */
final class ChineseSurnames {
  private ChineseSurnames() {}

  // Roughly by frequency, most common first: the rank breaks ties when a Latin name in pinyin
  // has two tokens that could both be surnames ("Zhang Wei": 张 is commoner than 魏).
  private static final String SINGLE =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐韩曹许邓萧冯曾程蔡彭潘袁于董余苏叶吕魏蒋"
          + "田杜丁沈姜范江傅钟卢汪戴崔任陆廖姚方金邱夏谭韦贾邹石熊孟秦阎薛侯雷白龙段郝孔邵史毛常万"
          + "顾赖武康贺严尹钱施牛洪龚肖付闫覃莫黎易向汤陶庞樊兰殷温柳欧齐邢华骆单区仇朴查盖乐解翟缪"
          + "冼岳祝褚葛左鲁倪包花符关俞纪詹焦柯章甘安季伍尚路耿宁梅盛童霍饶凌管卫聂景游苗舒成曲邝"
          + "麦蓝鲍谷植涂阮辛屈费荣卓祁裴蒙晏连";

  private static final Set<String> COMPOUND =
      Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙",
          "宇文", "夏侯", "轩辕", "端木", "司徒", "司空", "西门", "南宫", "独孤", "百里", "呼延",
          "万俟", "单于", "闻人", "澹台", "公冶", "太史", "申屠", "钟离", "赫连", "东郭", "拓跋");

  // Characters whose surname reading differs from their first dictionary reading.
  private static final Map<String, String> READINGS = Map.ofEntries(
      Map.entry("单", "shan"), Map.entry("曾", "zeng"), Map.entry("解", "xie"), Map.entry("区", "ou"),
      Map.entry("仇", "qiu"), Map.entry("朴", "piao"), Map.entry("查", "zha"), Map.entry("盖", "ge"),
      Map.entry("乐", "yue"), Map.entry("覃", "qin"), Map.entry("翟", "zhai"), Map.entry("缪", "miao"),
      Map.entry("繁", "po"), Map.entry("折", "she"), Map.entry("召", "shao"), Map.entry("种", "chong"),
      Map.entry("秘", "bi"), Map.entry("冼", "xian"), Map.entry("华", "hua"), Map.entry("任", "ren"),
      Map.entry("员", "yun"), Map.entry("贲", "ben"), Map.entry("车", "che"), Map.entry("柏", "bai"),
      Map.entry("宿", "su"), Map.entry("燕", "yan"), Map.entry("曲", "qu"), Map.entry("藏", "zang"),
      Map.entry("沈", "shen"), Map.entry("石", "shi"), Map.entry("葛", "ge"), Map.entry("句", "gou"),
      Map.entry("长孙", "zhangsun"), Map.entry("尉迟", "yuchi"), Map.entry("万俟", "moqi"),
      Map.entry("单于", "chanyu"), Map.entry("澹台", "tantai"), Map.entry("令狐", "linghu"),
      Map.entry("东郭", "dongguo"), Map.entry("钟离", "zhongli"));

  private static final Map<String, Integer> RANK_BY_PINYIN = rankByPinyin();

  /** The surname at the start of a simplified Han name: a known compound, else the first character. */
  static String familyOf(String hanName) {
    if (hanName.length() > 2 && COMPOUND.contains(hanName.substring(0, 2))) {
      return hanName.substring(0, 2);
    }
    if (hanName.length() == 2 && COMPOUND.contains(hanName)) {
      return hanName; // a bare compound surname, e.g. in a FAMILY_NAME field
    }
    return hanName.substring(0, 1);
  }

  /**
   * The known surname a whole Han name held in a family-name field starts with, when the rest is
   * a given name of one or two characters: {@code 宋彤 → 宋}, {@code 司马光 → 司马}. Empty for a
   * surname alone ({@code 宋}, {@code 欧阳}), a name of an unknown surname, or one too long to be a
   * person's: a surname field holding the whole name is common in exports from Chinese systems.
   */
  static Optional<String> surnameOfWholeName(String hanName) {
    if (hanName.length() < 2 || COMPOUND.contains(hanName)) {
      return Optional.empty();
    }
    String family = familyOf(hanName);
    int given = hanName.length() - family.length();
    boolean known = family.length() == 2 || SINGLE.indexOf(family) >= 0;
    return known && given >= 1 && given <= 2 ? Optional.of(family) : Optional.empty();
  }

  /** The surname's pinyin, syllables joined: {@code 单 → shan}, {@code 欧阳 → ouyang}. */
  static String pinyin(String surname) {
    String reading = READINGS.get(surname);
    if (reading != null) {
      return reading;
    }
    if (surname.length() == 2) {
      return pinyinOfChar(surname.charAt(0)) + pinyinOfChar(surname.charAt(1));
    }
    return ChineseText.joinedPinyin(surname);
  }

  private static String pinyinOfChar(char c) {
    String reading = READINGS.get(String.valueOf(c));
    return reading != null ? reading : ChineseText.syllable(c);
  }

  /**
   * The frequency rank (0 = commonest) of a common Chinese surname written in pinyin ({@code
   * zhang}, {@code ouyang}), if it is one.
   */
  static Optional<Integer> rankOfPinyin(String latinToken) {
    return Optional.ofNullable(RANK_BY_PINYIN.get(latinToken));
  }

  private static Map<String, Integer> rankByPinyin() {
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < SINGLE.length(); i++) {
      ranks.putIfAbsent(pinyin(SINGLE.substring(i, i + 1)), i);
    }
    int rank = SINGLE.length();
    for (String compound : COMPOUND) {
      ranks.putIfAbsent(pinyin(compound), rank);
    }
    return Map.copyOf(ranks);
  }
}
