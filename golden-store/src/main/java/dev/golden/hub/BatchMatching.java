package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Role;
import dev.golden.dictionary.Survivorship;
import dev.golden.match.Deduplicator;
import dev.golden.match.MatchModel;
import dev.golden.match.MatchResult;
import dev.golden.match.ModelJson;
import dev.golden.match.StageTimings;
import dev.golden.merge.GoldenRecord;
import dev.golden.merge.GoldenRecordBuilder;
import dev.golden.merge.SurvivedValue;
import dev.golden.record.RecordTable;
import dev.golden.store.BatchProgress;
import dev.golden.store.BulkLoads.InferredLink;
import dev.golden.store.BulkLoads.Loaded;
import dev.golden.store.BulkLoads.NewCustomer;
import dev.golden.store.BulkLoads.NewLink;
import dev.golden.store.BulkLoads.NewRecord;
import dev.golden.store.BulkLoads.NewValue;
import dev.golden.store.BulkLoads.RecordRef;
import dev.golden.store.LinkKind;
import dev.golden.store.LinkSubject;
import dev.golden.store.Store;
import dev.golden.store.StoredModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Matches a whole file with the batch engine when the store has no customers to match against
 * (its rows as the import parsed them, so the file is standardized once):
 * trains a model on the file (zero configuration) and keeps it, creates one customer per cluster
 * with its golden values and lineage, and records the model's links: same for the clustered
 * pairs, possibly same between customers in the review band. Each record is written once, with
 * its customer: a chunk of clusters at a time, customers, records, values and links in one
 * transaction with the batch's checkpoint. A run resumed after a crash skips the records that
 * already have a customer, so their clusters are not written twice.
 */
final class BatchMatching {

    /** @param indexed whether every customer written was handed to the index feed */
    record Outcome(long customersCreated, long recordsCreated, long recordsAttached, long reviewLinks,
            boolean indexed) {
    }

    private final Store store;
    private final GoldenRecordBuilder goldenRecords;
    private final Set<String> identifierFields;
    private final int chunkSize;
    private final int recordsPerTransaction;
    private final String actor;
    private final Importer.ChunkListener listener;

    BatchMatching(Store store, DataDictionary dictionary, List<String> trustedSources, int chunkSize, String actor,
            Importer.ChunkListener listener) {
        this.store = store;
        Map<String, Survivorship> rules = dictionary.fields().stream()
                .collect(Collectors.toMap(FieldDefinition::name, FieldDefinition::survivorship));
        this.goldenRecords = new GoldenRecordBuilder(rules, trustedSources);
        this.identifierFields = dictionary.fieldsWith(Role.IDENTIFIER).stream().map(FieldDefinition::name)
                .collect(Collectors.toSet());
        this.chunkSize = chunkSize;
        this.recordsPerTransaction = store.bulkLoads().recordsPerTransaction(chunkSize);
        this.actor = actor;
        this.listener = listener;
    }

    /**
     * @param progress the checkpoint to commit with each chunk
     * @param index where to index the customers as they are written, given the trained model; empty
     *     when there is no index to keep, or when it is rebuilt from the store afterwards
     */
    Outcome run(BatchRecords.Built records, String source, long batchId, Stages stages, Progress progress,
            Function<MatchModel, Optional<IndexFeed>> index) {
        MatchResult result = stages.time("match (train, score, cluster)",
                () -> Deduplicator.builder().build().run(records.table(), new StageTimings()));
        StoredModel model = store.models().save(ModelJson.toJson(result.model()), actor);
        String modelName = "model:" + model.id();
        Optional<IndexFeed> feed = index.apply(result.model());
        try {
            Outcome outcome = stages.time("write customers and links",
                    () -> write(records, result, source, batchId, modelName, progress, feed));
            if (outcome.indexed()) {
                stages.time("index customers (rest)", () -> feed.orElseThrow().finish());
            }
            return outcome;
        } finally {
            feed.ifPresent(IndexFeed::close);
        }
    }

    /** What to checkpoint once this many records are loaded by this run. */
    interface Progress {
        BatchProgress after(long recordsLoaded);
    }

    private Outcome write(BatchRecords.Built records, MatchResult result, String source, long batchId,
            String modelName, Progress progress, Optional<IndexFeed> index) {
        RecordTable table = records.table();
        int n = table.size();
        // An import resumed after a crash finds the customers an earlier run wrote, whole clusters
        // at a time; a fresh import into an empty store finds nothing.
        Map<String, RecordRef> stored = new HashMap<>();
        for (RecordRef ref : store.bulkLoads().recordsOf(source)) {
            stored.put(ref.sourceId(), ref);
        }
        Optional<IndexFeed> feed = stored.isEmpty() ? index : Optional.empty();
        int[] clusterOf = result.clustering().clusterOf();
        MatchModel model = result.model();
        long[] samePairs = samePairs(result, clusterOf);
        int[] membersStart = new int[n + 1];
        int[] members = members(clusterOf, membersStart);

        long[] customerOfRecord = new long[n];
        Writer writer = new Writer(source, batchId, modelName, progress, feed, customerOfRecord);
        int samePair = 0;
        for (int c = 0; c < n; c++) {
            if (membersStart[c] == membersStart[c + 1]) {
                continue;
            }
            // Records still to write (new, or stored without a customer); those stored with one keep it.
            List<Integer> open = new ArrayList<>();
            List<Integer> attach = new ArrayList<>();
            for (int m = membersStart[c]; m < membersStart[c + 1]; m++) {
                int record = members[m];
                RecordRef ref = stored.get(table.recordId(record));
                if (ref == null) {
                    open.add(record);
                } else if (ref.customerId().isPresent()) {
                    customerOfRecord[record] = ref.customerId().get();
                } else {
                    attach.add(record);
                }
            }
            int firstPair = samePair;
            while (samePair < samePairs.length && (int) (samePairs[samePair] >>> 32) == c) {
                samePair++;
            }
            if (open.isEmpty() && attach.isEmpty()) {
                continue;
            }
            List<Integer> own = new ArrayList<>(open);
            own.addAll(attach);
            GoldenRecord golden = goldenRecords.build(table.recordId(c), own, records.values());
            Map<String, Integer> position = new HashMap<>();
            for (int p = 0; p < own.size(); p++) {
                position.put(table.recordId(own.get(p)), p);
            }
            List<NewValue> values = new ArrayList<>();
            Map<String, String> plain = new HashMap<>();
            for (Map.Entry<String, SurvivedValue> e : golden.values().entrySet()) {
                if (!identifierFields.contains(e.getKey())) {
                    SurvivedValue v = e.getValue();
                    values.add(new NewValue(e.getKey(), v.value(), position.get(v.sourceRecordId())));
                    plain.put(e.getKey(), v.value());
                }
            }
            List<NewLink> links = new ArrayList<>();
            for (int p = firstPair; p < samePair; p++) {
                int pair = (int) samePairs[p];
                Integer left = position.get(table.recordId(result.candidates().left(pair)));
                Integer right = position.get(table.recordId(result.candidates().right(pair)));
                if (left != null && right != null) {
                    links.add(new NewLink(left, right, MatchModel.probability(result.weights()[pair])));
                }
            }
            List<NewRecord> rows = new ArrayList<>(open.size());
            for (int record : open) {
                rows.add(records.rows().get(record));
            }
            long[] attachIds = attach.stream().mapToLong(r -> stored.get(table.recordId(r)).id()).toArray();
            writer.add(own, new NewCustomer(rows, attachIds, values, links), plain);
        }
        writer.flush();
        long reviewLinks = writeReviewLinks(result, clusterOf, customerOfRecord, model, batchId, modelName);
        return new Outcome(writer.customersCreated, writer.recordsCreated, writer.recordsAttached, reviewLinks,
                feed.isPresent());
    }

    /** Collects customers into chunks and writes each chunk in one transaction with the batch's checkpoint. */
    private final class Writer {
        private final String source;
        private final long batchId;
        private final String modelName;
        private final Progress progress;
        private final Optional<IndexFeed> index;
        private final long[] customerOfRecord;
        private List<List<Integer>> members = new ArrayList<>();
        private List<NewCustomer> customers = new ArrayList<>();
        private List<Map<String, String>> values = new ArrayList<>();
        private int recordsInChunk;
        private int chunks;
        long customersCreated;
        long recordsCreated;
        long recordsAttached;

        Writer(String source, long batchId, String modelName, Progress progress, Optional<IndexFeed> index,
                long[] customerOfRecord) {
            this.source = source;
            this.batchId = batchId;
            this.modelName = modelName;
            this.progress = progress;
            this.index = index;
            this.customerOfRecord = customerOfRecord;
        }

        void add(List<Integer> records, NewCustomer customer, Map<String, String> golden) {
            members.add(records);
            customers.add(customer);
            values.add(golden);
            recordsInChunk += customer.recordCount();
            if (recordsInChunk >= recordsPerTransaction) {
                flush();
            }
        }

        void flush() {
            if (customers.isEmpty()) {
                return;
            }
            long created = 0;
            long attached = 0;
            for (NewCustomer c : customers) {
                created += c.records().size();
                attached += c.attached().length;
            }
            long loadedAfter = recordsCreated + recordsAttached + created + attached;
            List<NewCustomer> chunk = customers;
            List<Loaded> loaded = store.inTransaction(tx -> {
                List<Loaded> ids = tx.bulkLoads().loadCustomers(batchId, source, chunk, modelName, actor);
                tx.importBatches().checkpoint(batchId, progress.after(loadedAfter));
                return ids;
            });
            for (int i = 0; i < loaded.size(); i++) {
                for (int record : members.get(i)) {
                    customerOfRecord[record] = loaded.get(i).customerId();
                }
            }
            List<Map<String, String>> chunkValues = values;
            index.ifPresent(feed -> feed.add(loaded, chunkValues));
            customersCreated += loaded.size();
            recordsCreated += created;
            recordsAttached += attached;
            members = new ArrayList<>();
            customers = new ArrayList<>();
            values = new ArrayList<>();
            recordsInChunk = 0;
            listener.wrote(++chunks);
        }
    }

    /** Clustered pairs above the match threshold, as (cluster << 32 | pair), sorted by cluster. */
    private static long[] samePairs(MatchResult result, int[] clusterOf) {
        double threshold = result.model().matchThreshold();
        long[] found = new long[result.candidates().size()];
        int count = 0;
        for (int pair = 0; pair < found.length; pair++) {
            int left = result.candidates().left(pair);
            int right = result.candidates().right(pair);
            if (clusterOf[left] == clusterOf[right] && MatchModel.probability(result.weights()[pair]) >= threshold) {
                found[count++] = ((long) clusterOf[left] << 32) | pair;
            }
        }
        long[] sorted = Arrays.copyOf(found, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The records of each cluster, in record order: those of cluster c are members[start[c] .. start[c+1]). */
    private static int[] members(int[] clusterOf, int[] start) {
        int n = clusterOf.length;
        for (int cluster : clusterOf) {
            start[cluster + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] next = Arrays.copyOf(start, n);
        int[] members = new int[n];
        for (int i = 0; i < n; i++) {
            members[next[clusterOf[i]]++] = i;
        }
        return members;
    }

    private record CustomerPair(long a, long b) {
    }

    /** The review queue: customers whose records scored in the review band, one link per pair of customers. */
    private long writeReviewLinks(MatchResult result, int[] clusterOf, long[] customerOfRecord, MatchModel model,
            long batchId, String modelName) {
        Map<CustomerPair, Double> best = new HashMap<>();
        for (int pair = 0; pair < result.candidates().size(); pair++) {
            int left = result.candidates().left(pair);
            int right = result.candidates().right(pair);
            if (clusterOf[left] == clusterOf[right]) {
                continue;
            }
            double p = MatchModel.probability(result.weights()[pair]);
            long a = customerOfRecord[left];
            long b = customerOfRecord[right];
            if (p < model.reviewThreshold() || a == 0 || b == 0 || a == b) {
                continue;
            }
            best.merge(new CustomerPair(Math.min(a, b), Math.max(a, b)), p, Math::max);
        }
        List<InferredLink> links = new ArrayList<>();
        long written = 0;
        for (Map.Entry<CustomerPair, Double> e : best.entrySet()) {
            links.add(new InferredLink(LinkSubject.CUSTOMER, e.getKey().a(), e.getKey().b(), LinkKind.POSSIBLY_SAME,
                    e.getValue()));
            if (links.size() >= chunkSize) {
                written += store.bulkLoads().inferAll(batchId, links, modelName);
                links = new ArrayList<>();
            }
        }
        written += store.bulkLoads().inferAll(batchId, links, modelName);
        return written;
    }
}
