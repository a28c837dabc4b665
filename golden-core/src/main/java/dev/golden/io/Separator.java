package dev.golden.io;

import java.util.Locale;

/** The field separators Golden recognises in delimited text files. */
public enum Separator {
  COMMA(',', false, ","),
  SEMICOLON(';', false, ";"),
  TAB('\t', false, "\\t"),
  PIPE('|', false, "|"),
  /** Febrl style: a comma followed by a space; fields are trimmed. */
  COMMA_SPACE(',', true, ", ");

  private final char character;
  private final boolean trimsFields;
  private final String display;

  Separator(char character, boolean trimsFields, String display) {
    this.character = character;
    this.trimsFields = trimsFields;
    this.display = display;
  }

  /** The character that ends a field. */
  public char character() {
    return character;
  }

  /** Whether whitespace around fields is dropped. */
  public boolean trimsFields() {
    return trimsFields;
  }

  /** How the separator is shown to people, e.g. {@code ;} or {@code \t}. */
  public String display() {
    return display;
  }

  /**
   * Reads a separator as a user types it: the character itself, {@code \t}, or a name such as
   * {@code tab}, {@code semicolon}, {@code pipe}, {@code febrl}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Separator parse(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case ",": case "comma": return COMMA;
      case ";": case "semicolon": return SEMICOLON;
      case "\t": case "\\t": case "tab": return TAB;
      case "|": case "pipe": return PIPE;
      case ", ": case "comma_space": case "comma-space": case "febrl": return COMMA_SPACE;
      default:
        throw new IllegalArgumentException(
            "Unknown separator '" + text + "': use , ; | \\t tab or febrl (comma and space)");
    }
  }
}
