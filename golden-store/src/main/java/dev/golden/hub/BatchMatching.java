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
import dev.golden.store.BulkLoads.InferredLink;
import dev.golden.store.BulkLoads.RecordRef;
import dev.golden.store.CustomerValue;
import dev.golden.store.LinkKind;
import dev.golden.store.LinkSubject;
import dev.golden.store.Store;
import dev.golden.store.StoredModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matches a whole file with the batch engine when the store has no customers to match against
 * (its rows as the import parsed them, so the file is standardized once):
 * trains a model on the file (zero configuration) and keeps it, creates one customer per cluster
 * with its golden values and lineage, and records the model's links: same for the clustered
 * pairs, possibly same between customers in the review band. Commits a chunk of clusters at a
 * time; a run resumed after a crash skips the clusters whose records already have a customer.
 */
final class BatchMatching {

    record Outcome(long customersCreated, long reviewLinks) {
    }

    private final Store store;
    private final GoldenRecordBuilder goldenRecords;
    private final Set<String> identifierFields;
    private final int chunkSize;
    private final String actor;

    BatchMatching(Store store, DataDictionary dictionary, List<String> trustedSources, int chunkSize, String actor) {
        this.store = store;
        Map<String, Survivorship> rules = dictionary.fields().stream()
                .collect(Collectors.toMap(FieldDefinition::name, FieldDefinition::survivorship));
        this.goldenRecords = new GoldenRecordBuilder(rules, trustedSources);
        this.identifierFields = dictionary.fieldsWith(Role.IDENTIFIER).stream().map(FieldDefinition::name)
                .collect(Collectors.toSet());
        this.chunkSize = chunkSize;
        this.actor = actor;
    }

    Outcome run(BatchRecords.Built records, String source, long batchId, Stages stages) {
        MatchResult result = stages.time("match (train, score, cluster)",
                () -> Deduplicator.builder().build().run(records.table(), new StageTimings()));
        StoredModel model = store.models().save(ModelJson.toJson(result.model()), actor);
        String modelName = "model:" + model.id();
        return stages.time("write customers and links", () -> write(records, result, source, batchId, modelName));
    }

    private Outcome write(BatchRecords.Built records, MatchResult result, String source, long batchId,
            String modelName) {
        RecordTable table = records.table();
        int n = table.size();
        Map<String, RecordRef> bySourceId = new HashMap<>();
        for (RecordRef ref : store.bulkLoads().recordsOf(source)) {
            bySourceId.put(ref.sourceId(), ref);
        }
        RecordRef[] refs = new RecordRef[n];
        for (int i = 0; i < n; i++) {
            refs[i] = bySourceId.get(table.recordId(i));
        }
        int[] clusterOf = result.clustering().clusterOf();
        MatchModel model = result.model();
        long[] samePairs = samePairs(result, clusterOf, refs);
        int[] membersStart = new int[n + 1];
        int[] members = members(clusterOf, membersStart);

        long[] customerOfCluster = new long[n];
        Instant now = store.clock().instant();
        Chunk chunk = new Chunk();
        int samePair = 0;
        long created = 0;
        for (int c = 0; c < n; c++) {
            if (membersStart[c] == membersStart[c + 1]) {
                continue;
            }
            List<Integer> open = new ArrayList<>();
            for (int m = membersStart[c]; m < membersStart[c + 1]; m++) {
                RecordRef ref = refs[members[m]];
                if (ref != null) {
                    if (ref.customerId().isPresent()) {
                        customerOfCluster[c] = ref.customerId().get();
                    } else {
                        open.add(members[m]);
                    }
                }
            }
            if (!open.isEmpty() && customerOfCluster[c] == 0) {
                chunk.add(c, goldenValues(goldenRecords.build(table.recordId(c), open, records.values()), bySourceId,
                        now), open.stream().mapToLong(r -> refs[r].id()).toArray());
            }
            while (samePair < samePairs.length && (int) (samePairs[samePair] >>> 32) == c) {
                int pair = (int) samePairs[samePair++];
                int left = result.candidates().left(pair);
                int right = result.candidates().right(pair);
                chunk.links.add(new InferredLink(LinkSubject.RECORD, refs[left].id(), refs[right].id(), LinkKind.SAME,
                        MatchModel.probability(result.weights()[pair])));
            }
            if (chunk.recordCount >= chunkSize) {
                created += flush(chunk, batchId, modelName, customerOfCluster);
                chunk = new Chunk();
            }
        }
        created += flush(chunk, batchId, modelName, customerOfCluster);
        long reviewLinks = writeReviewLinks(result, clusterOf, refs, customerOfCluster, model, batchId, modelName);
        return new Outcome(created, reviewLinks);
    }

    /** Clustered pairs above the match threshold, as (cluster << 32 | pair), sorted by cluster. */
    private static long[] samePairs(MatchResult result, int[] clusterOf, RecordRef[] refs) {
        double threshold = result.model().matchThreshold();
        long[] found = new long[result.candidates().size()];
        int count = 0;
        for (int pair = 0; pair < found.length; pair++) {
            int left = result.candidates().left(pair);
            int right = result.candidates().right(pair);
            if (clusterOf[left] == clusterOf[right] && refs[left] != null && refs[right] != null
                    && MatchModel.probability(result.weights()[pair]) >= threshold) {
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

    private Map<String, CustomerValue> goldenValues(GoldenRecord golden, Map<String, RecordRef> bySourceId,
            Instant now) {
        Map<String, CustomerValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, SurvivedValue> e : golden.values().entrySet()) {
            if (!identifierFields.contains(e.getKey())) {
                SurvivedValue v = e.getValue();
                values.put(e.getKey(), CustomerValue.fromRecord(v.value(), bySourceId.get(v.sourceRecordId()).id(), now));
            }
        }
        return values;
    }

    private static final class Chunk {
        final List<Integer> clusters = new ArrayList<>();
        final List<Map<String, CustomerValue>> values = new ArrayList<>();
        final List<long[]> records = new ArrayList<>();
        final List<InferredLink> links = new ArrayList<>();
        int recordCount;

        void add(int cluster, Map<String, CustomerValue> golden, long[] recordIds) {
            clusters.add(cluster);
            values.add(golden);
            records.add(recordIds);
            recordCount += recordIds.length;
        }
    }

    private long flush(Chunk chunk, long batchId, String modelName, long[] customerOfCluster) {
        if (chunk.clusters.isEmpty() && chunk.links.isEmpty()) {
            return 0;
        }
        List<Long> ids = store.inTransaction(tx -> {
            List<Long> created = tx.bulkLoads().createCustomers(batchId, chunk.values, actor);
            Map<Long, Long> attach = new HashMap<>();
            for (int i = 0; i < created.size(); i++) {
                for (long record : chunk.records.get(i)) {
                    attach.put(record, created.get(i));
                }
            }
            tx.bulkLoads().attachAll(batchId, attach, actor);
            tx.bulkLoads().inferAll(batchId, chunk.links, modelName);
            return created;
        });
        for (int i = 0; i < ids.size(); i++) {
            customerOfCluster[chunk.clusters.get(i)] = ids.get(i);
        }
        return ids.size();
    }

    private record CustomerPair(long a, long b) {
    }

    /** The review queue: customers whose records scored in the review band, one link per pair of customers. */
    private long writeReviewLinks(MatchResult result, int[] clusterOf, RecordRef[] refs, long[] customerOfCluster,
            MatchModel model, long batchId, String modelName) {
        Map<CustomerPair, Double> best = new HashMap<>();
        for (int pair = 0; pair < result.candidates().size(); pair++) {
            int left = result.candidates().left(pair);
            int right = result.candidates().right(pair);
            if (clusterOf[left] == clusterOf[right] || refs[left] == null || refs[right] == null) {
                continue;
            }
            double p = MatchModel.probability(result.weights()[pair]);
            long a = customerOfCluster[clusterOf[left]];
            long b = customerOfCluster[clusterOf[right]];
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
