package dev.golden.spark;

import dev.golden.io.CsvOptions;
import dev.golden.io.CsvRow;
import dev.golden.io.CsvSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/** Where the customer records come from: a CSV file, Parquet files or a JDBC table. */
public sealed interface Input {
  /** Rows to read in input order, as many string columns as the header has. */
  record Raw(Dataset<Row> rows, List<String> header, List<List<String>> sample) {}

  Raw read(SparkSession spark);

  /** How many rows the column mapping looks at, as on one machine. */
  int SAMPLE_ROWS = 1000;

  /**
   * A CSV file. Its header, charset and separator are found by golden-core's reader on the driver
   * (which also maps columns from the same first rows as the single-machine engine); Spark then
   * reads the rows in parallel. Quoted fields must not span lines (Spark splits files by line).
   */
  record Csv(Path file) implements Input {
    @Override
    public Raw read(SparkSession spark) {
      List<String> header;
      List<List<String>> sample = new ArrayList<>();
      String charset;
      boolean trims;
      char separator;
      try (CsvSource csv = CsvSource.open(file, CsvOptions.defaults())) {
        header = csv.header();
        Iterator<CsvRow> rows = csv.iterator();
        while (sample.size() < SAMPLE_ROWS && rows.hasNext()) {
          sample.add(rows.next().values());
        }
        charset = csv.charset().name();
        trims = csv.separator().trimsFields();
        separator = csv.separator().character();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Dataset<Row> rows = spark.read()
          .option("header", "true")
          .option("sep", String.valueOf(separator))
          .option("encoding", charset)
          .option("quote", "\"")
          .option("escape", "\"")
          .option("inferSchema", "false")
          .option("ignoreLeadingWhiteSpace", String.valueOf(trims))
          .option("ignoreTrailingWhiteSpace", String.valueOf(trims))
          .option("mode", "PERMISSIVE")
          .csv(file.toString());
      return new Raw(positional(rows, header.size()), header, sample);
    }
  }

  /** Parquet files: every column is read as text. */
  record Parquet(String path) implements Input {
    @Override
    public Raw read(SparkSession spark) {
      return ofTable(spark.read().parquet(path));
    }
  }

  /** A table (or {@code (select ...) t}) of a database, read through Spark's JDBC source. */
  record Jdbc(String url, String table, Properties properties) implements Input {
    @Override
    public Raw read(SparkSession spark) {
      return ofTable(spark.read().jdbc(url, table, properties));
    }
  }

  private static Raw ofTable(Dataset<Row> table) {
    List<String> header = List.of(table.columns());
    Dataset<Row> rows = positional(table, header.size());
    List<List<String>> sample = new ArrayList<>();
    for (Row row : rows.takeAsList(SAMPLE_ROWS)) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        values.add(row.isNullAt(i) ? "" : row.getString(i));
      }
      sample.add(values);
    }
    return new Raw(rows, header, sample);
  }

  /** Columns c0, c1, ... as strings: headers may repeat or hold characters Spark reads as paths. */
  private static Dataset<Row> positional(Dataset<Row> rows, int width) {
    String[] names = new String[rows.columns().length];
    for (int i = 0; i < names.length; i++) {
      names[i] = "c" + i;
    }
    Dataset<Row> renamed = rows.toDF(names);
    Column[] columns = new Column[width];
    for (int i = 0; i < width; i++) {
      columns[i] = (i < names.length ? renamed.col(names[i]) : functions.lit(null))
          .cast(DataTypes.StringType).as("c" + i);
    }
    return renamed.select(columns);
  }
}
