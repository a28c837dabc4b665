package dev.golden.dictionary;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the columns of an arbitrary input file to dictionary fields: an explicit mapping wins, then
 * header names (English and Chinese aliases), then the content of the column. Each field is given
 * to at most one column, the first and most confident one.
 */
public final class HeaderMapper {
  private final DataDictionary dictionary;
  private final Map<String, FieldDefinition> byAlias = new HashMap<>();
  private final ContentSniffer sniffer;

  public HeaderMapper(DataDictionary dictionary) {
    this.dictionary = dictionary;
    this.sniffer = new ContentSniffer(dictionary);
    for (FieldDefinition field : dictionary.fields()) {
      byAlias.putIfAbsent(normalize(field.name()), field);
      field.aliases().forEach(alias -> byAlias.putIfAbsent(normalize(alias), field));
    }
    // "E-Mail Address", "emailaddress" and "email_address" are one spelling without separators.
    for (FieldDefinition field : dictionary.fields()) {
      field.aliases().forEach(alias -> byAlias.putIfAbsent(squash(normalize(alias)), field));
    }
  }

  /** Maps headers by name and content, without explicit overrides. */
  public ColumnMapping map(List<String> headers, List<List<String>> sampleRows) {
    return map(headers, sampleRows, Map.of());
  }

  /**
   * Maps headers to fields.
   *
   * @param headers the file's header row
   * @param sampleRows some data rows, used to recognise columns by their content
   * @param explicit header to field name; wins over everything else
   * @throws IllegalArgumentException if an explicit mapping names an unknown header or field
   */
  public ColumnMapping map(List<String> headers, List<List<String>> sampleRows, Map<String, String> explicit) {
    MappedColumn[] result = new MappedColumn[headers.size()];
    Set<String> taken = new HashSet<>();
    applyExplicit(headers, explicit, result, taken);
    for (int i = 0; i < headers.size(); i++) {
      if (result[i] != null) {
        continue;
      }
      Optional<FieldDefinition> field = byHeader(headers.get(i));
      if (field.isPresent() && taken.add(field.get().name())) {
        result[i] = new MappedColumn(i, headers.get(i), field, MappingSource.HEADER, 1.0);
      }
    }
    for (int i = 0; i < headers.size(); i++) {
      if (result[i] != null) {
        continue;
      }
      final int column = i;
      List<String> values = sampleRows.stream().filter(r -> r.size() > column).map(r -> r.get(column)).toList();
      Optional<ContentSniffer.Guess> guess = sniffer.guess(values, taken);
      if (guess.isPresent()) {
        taken.add(guess.get().field().name());
        result[i] = new MappedColumn(i, headers.get(i), Optional.of(guess.get().field()),
            MappingSource.CONTENT, guess.get().confidence());
      } else {
        result[i] = MappedColumn.unmapped(i, headers.get(i));
      }
    }
    return new ColumnMapping(List.of(result));
  }

  private void applyExplicit(List<String> headers, Map<String, String> explicit, MappedColumn[] result, Set<String> taken) {
    explicit.forEach((header, fieldName) -> {
      int index = indexOf(headers, header);
      if (index < 0) {
        throw new IllegalArgumentException("Mapping names column '" + header + "', but the file has " + headers);
      }
      if (fieldName.isBlank() || fieldName.equals("-")) {
        result[index] = MappedColumn.unmapped(index, headers.get(index));
        return;
      }
      FieldDefinition field = dictionary.field(fieldName).orElseThrow(() -> new IllegalArgumentException(
          "Mapping sends column '" + header + "' to unknown field '" + fieldName + "'"));
      taken.add(field.name());
      result[index] = new MappedColumn(index, headers.get(index), Optional.of(field), MappingSource.EXPLICIT, 1.0);
    });
  }

  private static int indexOf(List<String> headers, String header) {
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).strip().equalsIgnoreCase(header.strip())) {
        return i;
      }
    }
    return -1;
  }

  /** The field whose alias matches a header, exactly or after dropping a common prefix/suffix. */
  Optional<FieldDefinition> byHeader(String header) {
    String key = normalize(header);
    FieldDefinition exact = byAlias.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (String variant : variants(key)) {
      FieldDefinition field = byAlias.get(variant);
      if (field != null) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  // "customer_email", "email_addr", "contact phone 1", "客户手机" are still recognisable.
  private static List<String> variants(String key) {
    List<String> variants = new ArrayList<>();
    String noDigits = key.replaceAll("_?[0-9]+$", "");
    variants.add(noDigits);
    variants.add(squash(noDigits));
    for (String prefix : List.of("customer_", "cust_", "client_", "contact_", "primary_", "main_", "home_", "work_", "客户", "联系")) {
      if (noDigits.startsWith(prefix) && noDigits.length() > prefix.length()) {
        variants.add(noDigits.substring(prefix.length()));
      }
    }
    for (String suffix : List.of("_name", "_no", "_number", "_addr", "_code")) {
      if (noDigits.endsWith(suffix) && noDigits.length() > suffix.length()) {
        variants.add(noDigits.substring(0, noDigits.length() - suffix.length()));
      }
    }
    return variants;
  }

  private static String squash(String key) {
    return key.replace("_", "");
  }

  /** Lower case, NFKC, simplified Chinese, separators as single underscores: "E-Mail Address" becomes "e_mail_address". */
  static String normalize(String header) {
    String s = Normalizer.normalize(header, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    if (s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      s = ZhConverterUtil.toSimple(s); // 電話 and 电话 are one header
    }
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    s = s.replaceAll("([a-z])([A-Z])", "$1_$2");
    return s.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
  }
}
