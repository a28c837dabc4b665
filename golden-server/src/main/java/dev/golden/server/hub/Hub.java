package dev.golden.server.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.hub.ChangeApprovals;
import dev.golden.hub.CustomerEditor;
import dev.golden.hub.Freshness;
import dev.golden.hub.QualityMetrics;
import dev.golden.hub.ReadPool;
import dev.golden.index.CandidateIndex;
import dev.golden.index.DuplicateCheck;
import dev.golden.match.MatchModel;
import dev.golden.standardize.Standardization;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The hub's services on one store, as the API's handlers use them: the store, the candidate index
 * kept in step with it, the duplicate check on entry, governed edits, approvals, freshness,
 * quality and customers' affiliations. Opening it migrates the store and rebuilds the index if it
 * does not match the store.
 */
public final class Hub implements AutoCloseable {

  private final Store store;
  private final ReadPool reads;
  private final CandidateIndex index;
  private final Standardization standardization;
  private final DuplicateCheck duplicates;
  private final IndexSync indexSync;
  private final GroupCommit creations;
  private final CustomerEditor editor;
  private final ChangeApprovals approvals;
  private final Freshness freshness;
  private final QualityMetrics quality;
  private final Affiliations affiliations;

  private Hub(Store store, ReadPool reads, CandidateIndex index, DataDictionary dictionary, MatchModel model,
      Duration groupCommitLinger) {
    this.store = store;
    this.reads = reads;
    this.index = index;
    this.standardization = Standardization.of(dictionary);
    this.duplicates = DuplicateCheck.builder(model, index, standardization).build();
    this.indexSync = new IndexSync(store, index, duplicates, dictionary);
    this.creations = new GroupCommit(store, groupCommitLinger);
    this.editor = new CustomerEditor(store, standardization);
    this.approvals = new ChangeApprovals(store);
    this.freshness = new Freshness(store, reads, dictionary);
    this.quality = new QualityMetrics(store, reads, dictionary);
    this.affiliations = new Affiliations(store);
  }

  /** Starts describing a hub on the store at {@code config}. */
  public static Builder builder(StoreConfig config) {
    return new Builder(config);
  }

  public Store store() {
    return store;
  }

  public Standardization standardization() {
    return standardization;
  }

  public DuplicateCheck duplicates() {
    return duplicates;
  }

  /** Keeps the candidate index in step with the store's golden records. */
  public IndexSync indexSync() {
    return indexSync;
  }

  /** Creates customers for entered records, committing concurrent ones together. */
  public GroupCommit creations() {
    return creations;
  }

  public CustomerEditor editor() {
    return editor;
  }

  public ChangeApprovals approvals() {
    return approvals;
  }

  public Freshness freshness() {
    return freshness;
  }

  public QualityMetrics quality() {
    return quality;
  }

  /** Customers' contacts at accounts, in the accounts' hierarchies. */
  public Affiliations affiliations() {
    return affiliations;
  }

  /** Writes the queued creations, commits the index and closes everything, the store last. */
  @Override
  public void close() {
    try {
      creations.close();
      index.commit();
      index.close();
    } finally {
      reads.close();
      store.close();
    }
  }

  /** What a hub is opened with; everything but the store has a default. */
  public static final class Builder {

    private final StoreConfig config;
    private Path indexFolder;
    private DataDictionary dictionary = DataDictionary.defaults();
    private MatchModel model;
    private Consumer<String> console = System.out::println;
    private Duration indexRefresh;
    private Duration groupCommitLinger = GroupCommit.DEFAULT_LINGER;

    private Builder(StoreConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** Keeps the candidate index in this folder; in memory (rebuilt at every start) when not set. */
    public Builder indexFolder(Path folder) {
      this.indexFolder = Objects.requireNonNull(folder, "folder");
      return this;
    }

    public Builder dictionary(DataDictionary dictionary) {
      this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
      return this;
    }

    /** The match model to check entries with; by default the store's newest (see {@link HubModel}). */
    public Builder model(MatchModel model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Reopens the candidate index every {@code interval} in the background instead of before a
     * read that follows a write (see {@link CandidateIndex#refreshInBackground}): for a steady
     * stream of entries. Either way every check sees every customer created before it (in the
     * background mode the changes since the last reopen are matched beside the index).
     */
    public Builder indexRefresh(Duration interval) {
      this.indexRefresh = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /**
     * How long the writer of new customers waits for entries announced by concurrent callers to
     * join its group (see {@link GroupCommit}); {@link GroupCommit#DEFAULT_LINGER} by default, zero
     * to write whatever has queued at once.
     */
    public Builder groupCommitLinger(Duration linger) {
      if (linger.isNegative()) {
        throw new IllegalArgumentException("the linger must not be negative: " + linger);
      }
      this.groupCommitLinger = linger;
      return this;
    }

    /** Receives progress messages of a first start (model training, index rebuild). */
    public Builder console(Consumer<String> console) {
      this.console = Objects.requireNonNull(console, "console");
      return this;
    }

    public Hub open() {
      List<AutoCloseable> opened = new ArrayList<>();
      try {
        Store store = Store.open(config);
        opened.add(store);
        ReadPool reads = ReadPool.open(config);
        opened.add(reads);
        CandidateIndex index = indexFolder == null ? CandidateIndex.inMemory() : CandidateIndex.open(indexFolder);
        opened.add(index);
        MatchModel chosen = Optional.ofNullable(model).orElseGet(() -> HubModel.latestOrTrain(store, console));
        Hub hub = new Hub(store, reads, index, dictionary, chosen, groupCommitLinger);
        opened.add(hub.creations);
        hub.indexSync.rebuildIfOutOfStep(console);
        index.mergeInBackground();
        if (indexRefresh != null) {
          index.refreshInBackground(indexRefresh);
        }
        return hub;
      } catch (IOException e) {
        closeAll(opened);
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        closeAll(opened);
        throw e;
      }
    }

    private static void closeAll(List<AutoCloseable> opened) {
      for (int i = opened.size() - 1; i >= 0; i--) {
        try {
          opened.get(i).close();
        } catch (Exception suppressed) {
          // the original failure is the one to report
        }
      }
    }
  }
}
