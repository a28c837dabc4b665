package dev.golden.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TermLookupsTest {

  @Test
  @DisplayName("term queries and document frequencies read through shared look-ups equal Lucene's own, across segments")
  void sameAsLucene() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      String[] cities = {"london", "shanghai", "leeds", "london", "london", "beijing", "shanghai"};
      for (int i = 0; i < 700; i++) {
        Document document = new Document();
        document.add(new StringField("city", cities[i % cities.length], Field.Store.NO));
        if (i % 3 == 0) {
          document.add(new StringField("name", i % 2 == 0 ? "smith" : "wang", Field.Store.NO));
        }
        writer.addDocument(document);
        if (i % 150 == 0) {
          writer.commit(); // several segments, some without a name field at all
        }
      }
      writer.deleteDocuments(new Term("city", "leeds"));
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(2);
        IndexSearcher searcher = new IndexSearcher(reader);
        TermLookups lookups = new TermLookups(reader);
        for (Term term : List.of(new Term("city", "london"), new Term("city", "beijing"), new Term("name", "smith"),
            new Term("name", "wang"), new Term("name", "nobody"), new Term("company", "acme"),
            new Term("city", "london"))) {
          assertThat(lookups.docFreq(term)).as("%s", term).isEqualTo(reader.docFreq(term));
          assertThat(hits(searcher, lookups.termQuery(term))).as("%s", term).isEqualTo(hits(searcher, new TermQuery(term)));
        }
      }
    }
  }

  @Test
  @DisplayName("look-ups after a reopen, on enumerators kept from the previous reader's segments, still equal Lucene's own")
  void sameAsLuceneAfterReopen() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      List<Term> terms = List.of(new Term("name", "smith"), new Term("name", "wang"), new Term("name", "li"),
          new Term("name", "nobody"));
      DirectoryReader reader = DirectoryReader.open(writer);
      try {
        for (int round = 0; round < 5; round++) {
          for (int i = 0; i < 40; i++) {
            Document document = new Document();
            document.add(new StringField("name", i % 3 == 0 ? "smith" : round % 2 == 0 ? "wang" : "li", Field.Store.NO));
            writer.addDocument(document);
          }
          writer.deleteDocuments(new Term("name", round == 3 ? "wang" : "none"));
          DirectoryReader reopened = DirectoryReader.openIfChanged(reader, writer);
          reader.close();
          reader = reopened;
          IndexSearcher searcher = new IndexSearcher(reader);
          TermLookups lookups = new TermLookups(reader);
          for (Term term : terms) {
            assertThat(lookups.docFreq(term)).as("round %d %s", round, term).isEqualTo(reader.docFreq(term));
            assertThat(hits(searcher, lookups.termQuery(term))).as("round %d %s", round, term)
                .isEqualTo(hits(searcher, new TermQuery(term)));
          }
        }
      } finally {
        reader.close();
      }
    }
  }

  @Test
  @DisplayName("terms looked up by earlier checks on the same reader are reused, and a look-up on an older reader still answers for it")
  void keptAcrossChecksOfOneReader() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      Term smith = new Term("name", "smith");
      for (int i = 0; i < 30; i++) {
        Document document = new Document();
        document.add(new StringField("name", "smith", Field.Store.NO));
        writer.addDocument(document);
      }
      try (DirectoryReader older = DirectoryReader.open(writer)) {
        TermLookups first = new TermLookups(older);
        assertThat(first.docFreq(smith)).isEqualTo(30);
        writer.deleteDocuments(smith);
        writer.forceMergeDeletes();
        try (DirectoryReader newer = DirectoryReader.openIfChanged(older, writer)) {
          TermLookups onNewer = new TermLookups(newer);
          assertThat(onNewer.docFreq(smith)).isZero();
          assertThat(hits(new IndexSearcher(newer), onNewer.termQuery(smith))).isEmpty();
          // Still in use after a look-up on a newer reader began on this thread.
          assertThat(first.docFreq(new Term("name", "smith"))).isEqualTo(30);
          assertThat(hits(new IndexSearcher(older), first.termQuery(smith))).hasSize(30);
        }
        TermLookups again = new TermLookups(older);
        assertThat(again.docFreq(new Term("name", "smith"))).isEqualTo(30);
        assertThat(hits(new IndexSearcher(older), again.termQuery(smith))).hasSize(30);
      }
    }
  }

  @Test
  @DisplayName("a fuzzy name rewritten once by the look-ups scores as Lucene's own rewrite, and is visited as the fuzzy query it is")
  void rewrittenFuzzyName() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      String[] names = {"smith", "smyth", "smiths", "smith", "jones", "smithe", "smit"};
      for (int i = 0; i < 70; i++) {
        Document document = new Document();
        document.add(new StringField("name", names[i % names.length], Field.Store.NO));
        writer.addDocument(document);
        if (i % 20 == 0) {
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query fuzzy = new OneEditQuery(new Term("name", "smith"), 16);
        for (int check = 0; check < 2; check++) {
          Query rewritten = new TermLookups(reader).rewritten(fuzzy);

          assertThat(hits(searcher, new BoostQuery(rewritten, 2f))).isEqualTo(hits(searcher, new BoostQuery(fuzzy, 2f)));
          List<String> patternFields = new ArrayList<>();
          rewritten.visit(new QueryVisitor() {
            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
              patternFields.add(field);
            }
          });
          assertThat(patternFields).containsExactly("name");
        }
      }
    }
  }

  private static List<String> hits(IndexSearcher searcher, Query query) throws IOException {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
      hits.add(hit.doc + ":" + hit.score);
    }
    return hits;
  }
}
