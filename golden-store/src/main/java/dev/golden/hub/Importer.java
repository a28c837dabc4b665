package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.index.CandidateIndex;
import dev.golden.index.DuplicateCheck;
import dev.golden.match.MatchModel;
import dev.golden.match.ModelJson;
import dev.golden.io.CsvOptions;
import dev.golden.io.CsvRow;
import dev.golden.io.CsvSource;
import dev.golden.standardize.Standardization;
import dev.golden.store.BatchProgress;
import dev.golden.store.BulkLoads.DelayedWrites;
import dev.golden.store.BulkLoads.NewRecord;
import dev.golden.store.ImportBatch;
import dev.golden.store.IncomingRecord;
import dev.golden.store.Received;
import dev.golden.store.Rejection;
import dev.golden.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a CSV file from one source system into the hub: maps its columns to the dictionary,
 * standardizes and validates every row, quarantines the rows that break a rule (the rest still
 * loads), keeps the others as source records (a re-import of the same source ids updates them)
 * and matches them into customers.
 *
 * <p>Rows are committed in chunks, each together with the batch's checkpoint, so an import that
 * dies half-way leaves whole chunks behind and the same call resumes after the last of them.
 * Into a store without customers the batch engine matches the whole file first; the rows' first
 * pass then commits only the quarantine, and each record is written once, with its customer,
 * a chunk of clusters per transaction (a resumed run skips the records already written).
 *
 * <pre>{@code
 * ImportReport report = Importer.builder(store).dictionary(dictionary).build()
 *         .importFile(Path.of("crm.csv"), "crm");
 * }</pre>
 */
public final class Importer {

    /** Rows kept in a report's list of rejections; the quarantine holds them all. */
    static final int REJECTIONS_REPORTED = 20;

    /** How late an import into a store of its own may let its commits reach the disk. */
    private static final Duration WRITE_DELAY = Duration.ofSeconds(1);

    /** Told after each committed chunk; tests use it to stop an import where a crash would. */
    interface ChunkListener {
        void committed(int chunk, long lastRow);

        /** Told after each committed chunk of customers a batch import writes. */
        default void wrote(int chunk) {
        }
    }

    private final Store store;
    private final DataDictionary dictionary;
    private final Standardization standardization;
    private final CsvOptions csvOptions;
    private final Map<String, String> mapping;
    private final Optional<String> idColumn;
    private final List<String> trustedSources;
    private final int chunkSize;
    private final String actor;
    private final Optional<Path> indexFolder;
    private final ChunkListener listener;
    private final boolean exclusiveStore;

    private Importer(Builder b) {
        this.store = b.store;
        this.dictionary = b.dictionary;
        this.standardization = Standardization.of(b.dictionary);
        this.csvOptions = b.csvOptions;
        this.mapping = Map.copyOf(b.mapping);
        this.idColumn = b.idColumn;
        this.trustedSources = List.copyOf(b.trustedSources);
        this.chunkSize = b.chunkSize;
        this.actor = b.actor;
        this.indexFolder = b.indexFolder;
        this.listener = b.listener;
        this.exclusiveStore = b.exclusiveStore;
    }

    public static Builder builder(Store store) {
        return new Builder(store);
    }

    /**
     * Imports the file, or carries on with an earlier import of it that did not finish.
     *
     * @param source the sending system; with each row's id it identifies the row's record
     */
    public ImportReport importFile(Path file, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("the source system needs a name");
        }
        String fileKey = file.toAbsolutePath().normalize().toString();
        Stages stages = new Stages();
        ImportBatch batch = store.importBatches().resumable(source, fileKey)
                .orElseGet(() -> store.importBatches().start(source, fileKey, actor));
        ImportReport.Mode mode = store.bulkLoads().customersOutside(batch.id()) == 0
                ? ImportReport.Mode.BATCH : ImportReport.Mode.INCREMENTAL;
        Tally tally = new Tally(batch);
        try (DelayedWrites delayed = exclusiveStore ? store.bulkLoads().delayWrites(WRITE_DELAY) : DelayedWrites.NONE;
                CandidateIndex index = openIndex()) {
            Optional<IncrementalMatching> incremental = mode == ImportReport.Mode.INCREMENTAL
                    ? Optional.of(new IncrementalMatching(matcher(index, stages),
                            new Lineage(dictionary, trustedSources), store.clock(), actor))
                    : Optional.empty();
            Optional<BatchRecords> forMatching = mode == ImportReport.Mode.BATCH
                    ? Optional.of(new BatchRecords()) : Optional.empty();
            try (CsvSource csv = CsvSource.open(file, csvOptions)) {
                load(csv, source, batch, incremental, forMatching, index, tally, stages);
            }
            if (forMatching.isPresent()) {
                BatchMatching.Outcome outcome = new BatchMatching(store, dictionary, trustedSources, chunkSize, actor, listener)
                        .run(forMatching.get().build(), source, batch.id(), stages,
                                loaded -> tally.progressWith(tally.lastRow, loaded, 0),
                                model -> indexFolder.map(folder -> {
                                    index.deleteAll();
                                    return new IndexFeed(rebuild(index, model));
                                }));
                tally.customers += outcome.customersCreated();
                tally.reviewLinks += outcome.reviewLinks();
                tally.loaded += outcome.recordsCreated() + outcome.recordsAttached();
                tally.created += outcome.recordsCreated();
                tally.updated += outcome.recordsAttached();
                if (indexFolder.isPresent() && !outcome.indexed()) {
                    latestModel().ifPresent(model -> stages.time("index customers",
                            () -> rebuild(index, model.model()).rebuild(store)));
                }
            }
            index.commit();
        }
        store.importBatches().finish(batch.id(), tally.progress(), actor);
        return new ImportReport(batch.id(), mode, batch.lastCommittedRow(), tally.rowsRead, tally.created,
                tally.updated, tally.unchanged, tally.quarantined, tally.rejections, tally.customers, tally.attached,
                tally.reviewLinks, stages.durations(), stages.cpu());
    }

    private CandidateIndex openIndex() throws IOException {
        return indexFolder.isPresent() ? CandidateIndex.open(indexFolder.get()) : CandidateIndex.inMemory();
    }

    private record Model(MatchModel model, String name) {
    }

    private Optional<Model> latestModel() {
        return store.models().latest().map(stored -> {
            try {
                return new Model(ModelJson.fromJson(stored.modelJson(), "stored model " + stored.id()),
                        "model:" + stored.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private IndexRebuild rebuild(CandidateIndex index, MatchModel model) {
        return new IndexRebuild(index, DuplicateCheck.builder(model, index, standardization).build(), dictionary);
    }

    /**
     * Matches against the store's customers with the newest stored model, through the candidate
     * index (rebuilt from the store first when it is out of step, e.g. after a crash). Without a
     * stored model there is nothing to match with, and each record starts a customer of its own.
     */
    private CustomerMatcher matcher(CandidateIndex index, Stages stages) {
        Optional<Model> model = latestModel();
        if (model.isEmpty()) {
            return CustomerMatcher.NONE;
        }
        DuplicateCheck check = DuplicateCheck.builder(model.get().model(), index, standardization).build();
        IndexRebuild rebuild = new IndexRebuild(index, check, dictionary);
        if (!rebuild.inStep(store)) {
            stages.time("index customers", () -> rebuild.rebuild(store));
        }
        return new IndexMatcher(model.get().model(), model.get().name(), check, rebuild);
    }

    /**
     * Stores the rows after the batch's checkpoint chunk by chunk; with {@code forMatching}, also
     * collects every loadable row of the file (those committed before a restart too) for the batch engine.
     */
    private void load(CsvSource csv, String source, ImportBatch batch, Optional<IncrementalMatching> incremental,
            Optional<BatchRecords> forMatching, CandidateIndex index, Tally tally, Stages stages) {
        Iterator<CsvRow> rows = csv.iterator();
        List<CsvRow> sample = new ArrayList<>();
        while (sample.size() < FileLayout.SAMPLE_ROWS && rows.hasNext()) {
            sample.add(rows.next());
        }
        FileLayout layout = FileLayout.of(csv.file(), dictionary, csv.header(), sample, mapping, idColumn);
        RowParser parser = new RowParser(source, layout, standardization);
        Map<String, Long> firstRowOfId = new HashMap<>();
        Iterator<CsvRow> all = new Concat(sample.iterator(), rows);
        long row = 0;
        int chunkNumber = 0;
        List<CsvRow> chunk = new ArrayList<>(chunkSize);
        long chunkFirst = 0;
        List<CsvRow> committed = new ArrayList<>();
        while (all.hasNext()) {
            CsvRow next = all.next();
            row++;
            if (row <= batch.lastCommittedRow()) {
                if (forMatching.isPresent()) {
                    committed.add(next); // stored before the restart, but the batch engine matches the whole file
                    if (committed.size() == chunkSize) {
                        collect(parser, committed, row - committed.size() + 1, firstRowOfId, forMatching.get(), stages);
                        committed.clear();
                    }
                } else {
                    firstRowOfId.putIfAbsent(layout.sourceId(next), row);
                }
                continue;
            }
            if (!committed.isEmpty()) {
                collect(parser, committed, row - committed.size(), firstRowOfId, forMatching.get(), stages);
                committed.clear();
            }
            if (chunk.isEmpty()) {
                chunkFirst = row;
            }
            chunk.add(next);
            if (chunk.size() == chunkSize) {
                commit(parser, chunk, chunkFirst, firstRowOfId, batch, incremental, forMatching, tally, stages);
                index.commit();
                listener.committed(++chunkNumber, row);
                chunk.clear();
            }
        }
        if (!committed.isEmpty()) {
            collect(parser, committed, row - committed.size() + 1, firstRowOfId, forMatching.get(), stages);
        }
        if (!chunk.isEmpty()) {
            commit(parser, chunk, chunkFirst, firstRowOfId, batch, incremental, forMatching, tally, stages);
            index.commit();
            listener.committed(++chunkNumber, row);
        }
        tally.rowsRead = row;
    }

    /** Parses rows whose rejections an earlier run stored, for the batch engine only. */
    private static void collect(RowParser parser, List<CsvRow> rows, long firstRow, Map<String, Long> firstRowOfId,
            BatchRecords forMatching, Stages stages) {
        collect(checked(parser, rows, firstRow, firstRowOfId, stages), forMatching, stages);
    }

    /** Keeps the loadable rows for the batch engine, each with its JSON for the store (made on all cores). */
    private static void collect(List<ParsedRow> checked, BatchRecords forMatching, Stages stages) {
        List<ParsedRow.Loadable> loadable = new ArrayList<>(checked.size());
        for (ParsedRow p : checked) {
            if (p instanceof ParsedRow.Loadable l) {
                loadable.add(l);
            }
        }
        List<NewRecord> stored = stages.time("standardize and validate",
                () -> loadable.parallelStream().map(l -> NewRecord.of(l.record())).toList());
        for (int i = 0; i < loadable.size(); i++) {
            forMatching.add(loadable.get(i), stored.get(i));
        }
    }

    /** The rows parsed, a source id seen before in the file turning its row into a rejection. */
    private static List<ParsedRow> checked(RowParser parser, List<CsvRow> rows, long firstRow,
            Map<String, Long> firstRowOfId, Stages stages) {
        List<ParsedRow> parsed = stages.time("standardize and validate", () -> parser.parse(rows, firstRow));
        List<ParsedRow> checked = new ArrayList<>(parsed.size());
        for (ParsedRow p : parsed) {
            Long earlier = firstRowOfId.putIfAbsent(p.sourceId(), p.row());
            checked.add(earlier == null || p instanceof ParsedRow.Rejected ? p : RowParser.duplicate(p, earlier));
        }
        return checked;
    }

    private void commit(RowParser parser, List<CsvRow> rows, long firstRow, Map<String, Long> firstRowOfId,
            ImportBatch batch, Optional<IncrementalMatching> incremental, Optional<BatchRecords> forMatching,
            Tally tally, Stages stages) {
        List<IncomingRecord> records = new ArrayList<>(rows.size());
        List<Rejection> rejections = new ArrayList<>();
        List<ParsedRow> parsed = checked(parser, rows, firstRow, firstRowOfId, stages);
        for (ParsedRow checked : parsed) {
            if (checked instanceof ParsedRow.Loadable loadable) {
                // The batch engine's records are written once their customers are known.
                if (forMatching.isEmpty()) {
                    records.add(loadable.record());
                }
            } else {
                rejections.add(((ParsedRow.Rejected) checked).rejection());
            }
        }
        forMatching.ifPresent(m -> collect(parsed, m, stages));
        long lastRow = firstRow + rows.size() - 1;
        IncrementalMatching.Outcome[] matched = {new IncrementalMatching.Outcome(0, 0, 0)};
        String stage = forMatching.isPresent() ? "quarantine rejected rows" : "store and match records";
        List<Received> received = stages.time(stage, () -> store.inTransaction(tx -> {
            List<Received> outcomes = tx.bulkLoads().receiveAll(batch.id(), records, actor);
            tx.quarantine().addAll(batch.id(), rejections, actor);
            incremental.ifPresent(m -> matched[0] = m.apply(tx, outcomes));
            tx.importBatches().checkpoint(batch.id(), tally.progressWith(lastRow, outcomes.size(), rejections.size()));
            return outcomes;
        }));
        tally.add(lastRow, received, rejections);
        tally.customers += matched[0].customersCreated();
        tally.attached += matched[0].recordsAttached();
        tally.reviewLinks += matched[0].reviewLinks();
    }

    /** Running totals of a batch, including what an earlier run of it committed. */
    private static final class Tally {
        long rowsRead;
        long lastRow;
        long loaded;
        long quarantined;
        long created;
        long updated;
        long unchanged;
        long customers;
        long attached;
        long reviewLinks;
        final List<Rejection> rejections = new ArrayList<>();

        Tally(ImportBatch batch) {
            lastRow = batch.lastCommittedRow();
            loaded = batch.rowsLoaded();
            quarantined = batch.rowsQuarantined();
        }

        BatchProgress progressWith(long last, long moreLoaded, long moreQuarantined) {
            return new BatchProgress(last, loaded + moreLoaded, quarantined + moreQuarantined, last);
        }

        BatchProgress progress() {
            return new BatchProgress(Math.max(rowsRead, lastRow), loaded, quarantined, lastRow);
        }

        void add(long last, List<Received> received, List<Rejection> rejected) {
            lastRow = last;
            loaded += received.size();
            quarantined += rejected.size();
            for (Received r : received) {
                switch (r.outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            for (Rejection r : rejected) {
                if (rejections.size() < REJECTIONS_REPORTED) {
                    rejections.add(r);
                }
            }
        }
    }

    private record Concat(Iterator<CsvRow> first, Iterator<CsvRow> second) implements Iterator<CsvRow> {
        @Override
        public boolean hasNext() {
            return first.hasNext() || second.hasNext();
        }

        @Override
        public CsvRow next() {
            return first.hasNext() ? first.next() : second.next();
        }
    }

    /** Configures an {@link Importer}; everything but the store has a default. */
    public static final class Builder {
        private final Store store;
        private DataDictionary dictionary = DataDictionary.defaults();
        private CsvOptions csvOptions = CsvOptions.defaults();
        private Map<String, String> mapping = Map.of();
        private Optional<String> idColumn = Optional.empty();
        private List<String> trustedSources = List.of();
        private int chunkSize = 5_000;
        private String actor = "import";
        private Optional<Path> indexFolder = Optional.empty();
        private ChunkListener listener = (chunk, lastRow) -> { };
        private boolean exclusiveStore;

        private Builder(Store store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        public Builder dictionary(DataDictionary dictionary) {
            this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
            return this;
        }

        public Builder csvOptions(CsvOptions options) {
            this.csvOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Header → field name, overriding the automatic mapping; {@code -} leaves a column unmapped. */
        public Builder mapping(Map<String, String> mapping) {
            this.mapping = Map.copyOf(mapping);
            return this;
        }

        /** The id column, when it is not found from the headers. */
        public Builder idColumn(String header) {
            this.idColumn = Optional.of(header);
            return this;
        }

        /** Source systems from most to least trusted, for fields whose survivorship is most_trusted_source. */
        public Builder trustedSources(List<String> sources) {
            this.trustedSources = List.copyOf(sources);
            return this;
        }

        /** Rows per transaction: a crash loses at most this many rows of work. */
        public Builder chunkSize(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("chunk size must be at least 1: " + rows);
            }
            this.chunkSize = rows;
            return this;
        }

        /** Who the audit log names for the import's changes. */
        public Builder actor(String actor) {
            this.actor = Objects.requireNonNull(actor, "actor");
            return this;
        }

        /** Where the candidate index lives; in memory, rebuilt from the store, when not given. */
        public Builder indexFolder(Path folder) {
            this.indexFolder = Optional.of(folder);
            return this;
        }

        /**
         * Tells that nothing but this import uses the store's database while it runs, as with
         * {@code golden import}, which opens the embedded database itself. Committed chunks may then
         * reach the disk in groups, up to a second late: a crash loses at most that second's chunks,
         * each with its checkpoint, and the resumed import redoes them. The import's end is written
         * at once. Never for a store that serves other users meanwhile (they would lose commits too).
         */
        public Builder exclusiveStore() {
            this.exclusiveStore = true;
            return this;
        }

        Builder listener(ChunkListener listener) {
            this.listener = listener;
            return this;
        }

        public Importer build() {
            return new Importer(this);
        }
    }
}
