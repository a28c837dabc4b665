package dev.golden.standardize;

import java.util.List;
import java.util.Map;

/**
 * A city or region name. Latin names become lower-case ASCII words ({@code São Paulo → sao
 * paulo}); Chinese names become simplified and lose their administrative suffix (省, 市, 自治区,
 * 特别行政区), which people write or leave out at will: {@code 北京市 → 北京}, {@code 廣東省 → 广东}.
 * District-level suffixes (区, 县) stay, since 朝阳区 and 朝阳县 are different places.
 */
final class PlaceStandardizer implements Standardizer {
  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.basicClean(raw);
    if (ChineseText.containsHan(text)) {
      String compact = text.replace(" ", "");
      return new StandardValue.Present(raw, ChinesePlaces.withoutSuffix(compact), Map.of(), List.of());
    }
    String words = Texts.punctuationToSpace(Texts.lower(Texts.foldAccents(text.replace("'", ""))));
    return new StandardValue.Present(raw, words, Map.of(), List.of());
  }
}
