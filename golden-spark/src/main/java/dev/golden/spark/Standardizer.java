package dev.golden.spark;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.MappingSource;
import dev.golden.dictionary.Role;
import dev.golden.record.Attribute;
import dev.golden.record.RecordFeatures;
import dev.golden.standardize.StandardValue;
import dev.golden.standardize.Standardization;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Standardizes raw rows, a partition at a time, with golden-core's own code: the same canonical
 * field values and comparable attributes as {@code RecordLoader}. Each row arrives with its
 * position in the input, which becomes the record index that orders everything downstream.
 */
final class Standardizer implements FlatMapFunction<Iterator<Tuple2<Row, Long>>, Row> {
  private static final long serialVersionUID = 1L;
  private static final Attribute[] ATTRIBUTES = Attribute.values();
  /** One standardization per dictionary and executor JVM: building one loads the name and place tables. */
  private static final Map<DataDictionary, Standardization> STANDARDIZATIONS = new ConcurrentHashMap<>();

  private final DataDictionary dictionary;
  private final List<Column> columns;
  private final int width;

  Standardizer(DataDictionary dictionary, ColumnMapping mapping, int width) {
    this.dictionary = dictionary;
    this.columns = mapping.columns().stream().map(c -> new Column(c.index(), c.header(),
        c.field().map(FieldDefinition::name).orElse(null), c.source(), c.confidence())).toList();
    this.width = width;
  }

  /** A mapped column in a form that serializes ({@link MappedColumn} holds an Optional). */
  private record Column(int index, String header, String field, MappingSource source, double confidence)
      implements java.io.Serializable {
    MappedColumn toMapped(DataDictionary dictionary) {
      return new MappedColumn(index, header, field == null ? Optional.empty() : dictionary.field(field), source, confidence);
    }
  }

  /** idx, id, one column per attribute, one per dictionary field. */
  static StructType schema(DataDictionary dictionary) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(Columns.INDEX, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(Columns.ID, DataTypes.StringType, false));
    for (Attribute attribute : ATTRIBUTES) {
      fields.add(DataTypes.createStructField(Columns.attribute(attribute), DataTypes.StringType, true));
    }
    for (int f = 0; f < dictionary.fields().size(); f++) {
      fields.add(DataTypes.createStructField(Columns.field(f), DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<Row, Long>> rows) {
    Standardization standardization = STANDARDIZATIONS.computeIfAbsent(dictionary, Standardization::of);
    ColumnMapping mapping = new ColumnMapping(columns.stream().map(c -> c.toMapped(dictionary)).toList());
    RecordFeatures features = RecordFeatures.of(dictionary, mapping);
    FieldDefinition[] fieldOf = new FieldDefinition[width];
    int[] fieldIndexOf = new int[width];
    int idColumn = -1;
    for (MappedColumn column : mapping.mapped()) {
      fieldOf[column.index()] = column.field().orElseThrow();
      fieldIndexOf[column.index()] = dictionary.fields().indexOf(fieldOf[column.index()]);
      if (idColumn < 0 && column.role().orElseThrow() == Role.IDENTIFIER) {
        idColumn = column.index();
      }
    }
    int id = idColumn;
    int fieldCount = dictionary.fields().size();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Tuple2<Row, Long> next = rows.next();
        Row row = next._1();
        long index = next._2();
        List<String> raw = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
          raw.add(i < row.size() && !row.isNullAt(i) ? row.getString(i) : "");
        }
        StandardValue[] values = standardization.standardizeRow(fieldOf, raw);
        Object[] out = new Object[2 + ATTRIBUTES.length + fieldCount];
        out[0] = index;
        // As RecordLoader: the id column, else the line (header on line 1, one line per record).
        out[1] = id >= 0 && !raw.get(id).isBlank() ? raw.get(id).strip() : "line-" + (index + 2);
        features.extract(values).forEach((attribute, value) -> out[2 + attribute.ordinal()] = value);
        for (int i = 0; i < width; i++) {
          if (fieldOf[i] != null && values[i] instanceof StandardValue.Present present) {
            out[2 + ATTRIBUTES.length + fieldIndexOf[i]] = present.canonical();
          }
        }
        return RowFactory.create(out);
      }
    };
  }
}
