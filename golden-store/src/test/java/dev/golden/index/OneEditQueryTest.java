package dev.golden.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OneEditQueryTest {
  private static final List<String> NAMES = List.of("smith", "smyth", "smit", "smiths", "msith", "schmidt",
      "johnson", "jonson", "johnsen", "jhonson", "catherine", "katherine", "cathrine", "catharine",
      "zhang", "zhan", "zhong", "wang", "wong", "xiaoming", "xiaomin", "müller", "muller", "mueller",
      "o'neil", "oneil", "o'neill", "garcía", "garcia", "gracia");

  @Test
  @DisplayName("finds and ranks the same customers as Lucene's FuzzyQuery with one edit and a one-letter prefix")
  void sameAsFuzzyQuery() throws IOException {
    Random random = new Random(7);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      // Several segments, names repeated with different frequencies: blending reads term statistics.
      for (int i = 0; i < 3_000; i++) {
        Document document = new Document();
        for (int t = 0; t < 2; t++) {
          String name = NAMES.get((int) Math.abs(random.nextGaussian() * NAMES.size() / 3) % NAMES.size());
          document.add(new StringField("name", name, Field.Store.NO));
        }
        writer.addDocument(document);
        if (i % 700 == 0) {
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> probes = new ArrayList<>(NAMES);
        probes.addAll(List.of("smiht", "jonhson", "katharine", "zhnag", "xiaomingg", "mülller", "nobody"));
        for (String probe : probes) {
          for (int maxExpansions : new int[] {2, 16}) {
            Term term = new Term("name", probe);
            assertThat(hits(searcher, new OneEditQuery(term, maxExpansions)))
                .as("%s, %d expansions", probe, maxExpansions)
                .isEqualTo(hits(searcher, new FuzzyQuery(term, 1, 1, maxExpansions, true)));
          }
        }
      }
    }
  }

  @Test
  @DisplayName("a name typed with a transposition or a dropped letter still finds the customer")
  void typos() throws IOException {
    try (CandidateIndex index = CandidateIndex.inMemory()) {
      index.upsert("1", java.util.Map.of(dev.golden.record.Attribute.FAMILY_NAME, "johnson"));
      index.upsert("2", java.util.Map.of(dev.golden.record.Attribute.FAMILY_NAME, "jackson"));
      List<String> found = index.read(searcher -> CandidateIndex.search(searcher,
          new OneEditQuery(new Term(IndexFields.NAME, "jonhson"), 16), 10)).stream().map(Candidate::customerId).toList();
      assertThat(found).containsExactly("1");
    }
  }

  @Test
  @DisplayName("its rare spellings are those at most a number of customers have")
  void bands() throws IOException {
    try (CandidateIndex index = CandidateIndex.inMemory()) {
      for (int i = 0; i < 5; i++) {
        index.add("smith" + i, java.util.Map.of(dev.golden.record.Attribute.FAMILY_NAME, "smith"));
      }
      index.add("smyth", java.util.Map.of(dev.golden.record.Attribute.FAMILY_NAME, "smyth"));
      index.add("smit", java.util.Map.of(dev.golden.record.Attribute.FAMILY_NAME, "smit"));
      Term token = new Term(IndexFields.NAME, "smith");

      assertThat(found(index, OneEditQuery.rare(token, 16, 4))).containsExactlyInAnyOrder("smyth", "smit");
      assertThat(found(index, OneEditQuery.rare(token, 16, 5)))
          .containsExactlyInAnyOrderElementsOf(found(index, new OneEditQuery(token, 16))).hasSize(7);
    }
  }

  private static List<String> found(CandidateIndex index, Query query) {
    return index.read(searcher -> CandidateIndex.search(searcher, query, 10)).stream().map(Candidate::customerId).toList();
  }

  private static List<String> hits(IndexSearcher searcher, Query query) throws IOException {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 50).scoreDocs) {
      hits.add(hit.doc + ":" + hit.score);
    }
    return hits;
  }
}
