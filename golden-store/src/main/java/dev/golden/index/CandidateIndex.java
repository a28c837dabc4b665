package dev.golden.index;

import dev.golden.match.TermFrequencies;
import dev.golden.record.Attribute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of every customer's comparable attributes, for finding the few customers a new
 * record could be a duplicate of. Kept in step with the store by {@link #upsert} and
 * {@link #delete}, and rebuildable from it: it holds nothing but a customer id and the attributes
 * derived from the customer's standardized values.
 *
 * <p>Near-real-time: a customer upserted is found by the next look-up on any thread, without a
 * commit; {@link #commit()} makes the index durable. Thread-safe.
 */
public final class CandidateIndex implements AutoCloseable {
  private static final double RAM_BUFFER_MB = 64;
  /**
   * The version of the documents' fields, keys and stored features, kept with every commit: an
   * index of another version is emptied when opened (indexes from before the compound keys have
   * none; version 2 kept a whole Han name in the family-name field as the family name).
   */
  static final String LAYOUT = "3";
  private static final String LAYOUT_KEY = "golden.layout";
  /** Customers found by their keys that the boosters rerank. */
  static final int RERANKED = 100;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Sequence number of the last change, and of the last change the open searcher is known to see. */
  private final AtomicLong written = new AtomicLong(-1);
  private final AtomicLong visible = new AtomicLong(-1);
  private final Object refreshLock = new Object();
  /** Set by {@link #refreshInBackground}: then reads never wait for a reopen. */
  private volatile ScheduledExecutorService refresher;
  private volatile AttributeCounts attributeCounts = new AttributeCounts(null);
  /** While reopened in the background: the changes the open searcher may not show yet. */
  private final UnseenChanges unseen = new UnseenChanges();

  private CandidateIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    if (!LAYOUT.equals(layout(writer)) && writer.getDocStats().numDocs > 0) {
      // Written with other fields: of no use to this version's queries. Rebuilt from the store,
      // which finds it out of step.
      writer.deleteAll();
    }
    writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
    this.searchers = new SearcherManager(writer, null);
  }

  private static String layout(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(LAYOUT_KEY)) {
          return entry.getValue();
        }
      }
    }
    return "1";
  }

  /** An index that lives in memory only: for tests and for rebuilding from the store at start-up. */
  public static CandidateIndex inMemory() {
    try {
      return new CandidateIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the index in a folder, creating it if there is none. */
  public static CandidateIndex open(Path folder) throws IOException {
    return new CandidateIndex(FSDirectory.open(folder));
  }

  /** Adds a customer or replaces everything the index holds about it. */
  public void upsert(String customerId, Map<Attribute, String> features) {
    Document document = IndexFields.document(customerId, features);
    try {
      changed(writer.updateDocument(IndexFields.idTerm(customerId), document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (refresher != null) {
      unseen.upserted(customerId, features, document);
    }
  }

  /**
   * Adds a customer the index is known not to hold, e.g. while refilling it after
   * {@link #deleteAll}: cheaper than {@link #upsert}, which first looks for an older copy.
   */
  public void add(String customerId, Map<Attribute, String> features) {
    Document document = IndexFields.document(customerId, features);
    try {
      changed(writer.addDocument(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (refresher != null) {
      unseen.upserted(customerId, features, document);
    }
  }

  public void delete(String customerId) {
    try {
      changed(writer.deleteDocuments(IndexFields.idTerm(customerId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (refresher != null) {
      unseen.deleted(customerId);
    }
  }

  /** Removes every customer, before a rebuild from the store. */
  public void deleteAll() {
    try {
      changed(writer.deleteAll());
      if (refresher != null) {
        // Too big a change to keep aside: shown at once instead.
        unseen.clear();
        refreshNow();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void changed(long sequenceNumber) {
    written.accumulateAndGet(sequenceNumber, Math::max);
  }

  /** Makes every change so far durable. */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts merging the index into one segment on a thread of its own and returns at once; the
   * searcher shows the merged segment once it is done. A check looks each of its terms up
   * in every segment: on a million customers in eight segments that is a third of its time. Meant
   * after a bulk load, such as a rebuild or the start of a server; a merge already running or a
   * single segment make it a no-op. Changes made meanwhile go on as usual.
   */
  public void mergeInBackground() {
    Thread merger = new Thread(() -> {
      try {
        merge();
      } catch (RuntimeException e) {
        // The segments stay as they were (closed meanwhile, or out of disk): slower, not wrong.
      }
    }, "candidate-index-merger");
    merger.setDaemon(true);
    merger.start();
  }

  /** Merges the index into one segment, commits it and shows it to the next look-up. */
  public void merge() {
    try {
      writer.forceMerge(1);
      writer.commit();
      reopen();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of customers indexed. */
  public int size() {
    return read(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * The customers most likely to be the same as a record with these attributes, best first: those
   * sharing a phone, email or national id, then names alike in spelling, sound or script.
   */
  public List<Candidate> candidates(Map<Attribute, String> features, int k) {
    return view(view -> view.search(CandidateQueries.forRecord(features, new TermLookups(view.reader())), k));
  }

  /**
   * Runs a look-up on a searcher that sees every change made before the call, or, while the
   * index is reopened in the background, on the open searcher with the changes it may not show
   * yet: {@link View#search} finds those too.
   */
  <T> T view(ViewFunction<T> function) {
    try {
      refreshIfStale();
      // The changes first, then the searcher: a change forgotten meanwhile is in the searcher.
      UnseenChanges.Snapshot changes = unseen.snapshot();
      IndexSearcher searcher = searchers.acquire();
      try {
        return function.apply(new View(searcher, changes));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #view} for a look-up that reads the searcher only (statistics, tests). */
  <T> T read(SearcherFunction<T> function) {
    return view(view -> function.apply(view.searcher()));
  }

  @FunctionalInterface
  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @FunctionalInterface
  interface ViewFunction<T> {
    T apply(View view) throws IOException;
  }

  /** One look-up's view of the index: a searcher, and the changes it does not show yet. */
  record View(IndexSearcher searcher, UnseenChanges.Snapshot unseen) {
    IndexReader reader() {
      return searcher.getIndexReader();
    }

    /** {@link CandidateIndex#search(IndexSearcher, CandidateQueries.RecordQuery, int)}, unseen changes included. */
    List<Candidate> search(CandidateQueries.RecordQuery query, int k) throws IOException {
      return unseen.merge(CandidateIndex.search(searcher, query, k), query.keys());
    }

    /** {@link CandidateIndex#search(IndexSearcher, Query, int)}, unseen changes included. */
    List<Candidate> search(Query query, int k) throws IOException {
      return unseen.merge(CandidateIndex.search(searcher, query, k), query);
    }
  }

  /**
   * Reopens the searcher when a change is not yet visible. Reads after a write see it (the
   * reopen starts after the write returned); bulk writes without reads cost no reopen at all.
   */
  private void refreshIfStale() throws IOException {
    if (refresher != null) {
      return;
    }
    long target = written.get();
    if (target <= visible.get()) {
      return;
    }
    synchronized (refreshLock) {
      if (target > visible.get()) {
        searchers.maybeRefreshBlocking();
        visible.accumulateAndGet(target, Math::max);
      }
    }
  }

  /**
   * From now on a daemon thread reopens the searcher every {@code interval} when something
   * changed, and reads no longer reopen it themselves. Under a steady stream of writes each read
   * would otherwise pay for a reopen (a tiny new segment, and the merges that follow); now one
   * reopen serves every read of the interval. Reads still find every customer written before
   * them: the changes since the last reopen are kept aside ({@link UnseenChanges}) and matched
   * one by one, so the interval bounds how many there are, not what a read finds. (They are not
   * counted in term frequencies until the reopen: a bias of one interval's changes.)
   */
  public synchronized void refreshInBackground(Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("refresh interval must be positive: " + interval);
    }
    if (refresher != null) {
      throw new IllegalStateException("the index is already refreshed in the background");
    }
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "candidate-index-refresher");
      thread.setDaemon(true);
      return thread;
    });
    refresher = executor;
    // Changes written before now are not kept aside: shown at once.
    try {
      refreshNow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor.scheduleWithFixedDelay(this::refreshQuietly, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void refreshQuietly() {
    try {
      refreshNow();
    } catch (IOException | RuntimeException e) {
      // The next round tries again; reads keep the last good searcher and the unseen changes meanwhile.
    }
  }

  private void refreshNow() throws IOException {
    long target = written.get();
    if (target <= visible.get() && unseen.isEmpty()) {
      return;
    }
    reopen();
  }

  /** Reopens the searcher, whether or not anything changed (a merge changes no customer). */
  private void reopen() throws IOException {
    long target = written.get();
    synchronized (refreshLock) {
      long reopen = unseen.beforeReopen();
      searchers.maybeRefreshBlocking();
      visible.accumulateAndGet(target, Math::max);
      unseen.seenFrom(reopen);
    }
  }

  /**
   * The customers a record's keys find, the best {@value #RERANKED} of them reranked with the
   * boosters' scores added: the same ranking as one query adding the boosters to every customer
   * a key finds, unless a customer beyond the first {@value #RERANKED} by its keys alone would
   * overtake twenty others by sharing a city or postcode.
   */
  static List<Candidate> search(IndexSearcher searcher, CandidateQueries.RecordQuery query, int k) throws IOException {
    if (query.boosters().isEmpty() || k <= 0) {
      return search(searcher, query.keys(), k);
    }
    int proposed = Math.max(k, RERANKED);
    TopDocs byKeys = searcher.search(query.keys(), new TopScoreDocCollectorManager(proposed, null, proposed));
    return candidates(searcher, QueryRescorer.rescore(searcher, byKeys, query.boosters().get(), 1, k).scoreDocs);
  }

  static List<Candidate> search(IndexSearcher searcher, Query query, int k) throws IOException {
    if (k <= 0) {
      return List.of();
    }
    // Counting every hit exactly up to a thousand (Lucene's default) would keep the scorer from
    // skipping customers that can no longer reach the top k; the hit count is never read here.
    return candidates(searcher, searcher.search(query, new TopScoreDocCollectorManager(k, null, k)).scoreDocs);
  }

  private static List<Candidate> candidates(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    // Doc values are read forward within a segment: visit the hits in doc order, answer in score order.
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    Candidate[] candidates = new Candidate[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = DocValues.getBinary(leaf.reader(), IndexFields.FEATURES);
      }
      if (!values.advanceExact(doc - leaf.docBase)) {
        throw new IllegalStateException("customer document without features: " + doc);
      }
      candidates[i] = FeatureCodec.decode(values.binaryValue(), hits[i].score);
    }
    return List.of(candidates);
  }

  /**
   * How common each value is among the indexed customers, counting the record being checked as
   * one more customer: a value no one has yet gets frequency 1 / (customers with the attribute + 1).
   * Deleted customers count until Lucene merges them away; a small bias on frequencies only.
   */
  TermFrequencies termFrequencies(IndexReader reader) {
    return termFrequencies(reader, new TermLookups(reader));
  }

  /** The same, with the value look-ups shared with the rest of a check on this reader. */
  TermFrequencies termFrequencies(IndexReader reader, TermLookups terms) {
    AttributeCounts counts = attributeCounts;
    if (counts.reader() != reader) {
      counts = new AttributeCounts(reader);
      attributeCounts = counts;
    }
    AttributeCounts withAttribute = counts;
    return new TermFrequencies() {
      @Override
      public double relativeFrequency(Attribute attribute, String value) {
        int withValue = terms.docFreq(new Term(IndexFields.exact(attribute), value));
        return (withValue + 1.0) / population(attribute);
      }

      @Override
      public long population(Attribute attribute) {
        try {
          return withAttribute.of(attribute) + 1L;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * How many customers of one reader have each attribute: the same for every check until the
   * next reopen, so counted once per reader rather than in every check (a term look-up in each
   * segment per attribute).
   */
  private static final class AttributeCounts {
    private final IndexReader reader;
    private final AtomicIntegerArray counts = new AtomicIntegerArray(Attribute.values().length);

    AttributeCounts(IndexReader reader) {
      this.reader = reader;
      for (int i = 0; i < counts.length(); i++) {
        counts.set(i, -1);
      }
    }

    IndexReader reader() {
      return reader;
    }

    int of(Attribute attribute) throws IOException {
      int count = counts.get(attribute.ordinal());
      if (count < 0) {
        count = reader == null ? 0 : reader.docFreq(new Term(IndexFields.HAS, attribute.name()));
        counts.set(attribute.ordinal(), count);
      }
      return count;
    }
  }

  @Override
  public void close() {
    ScheduledExecutorService executor = refresher;
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
