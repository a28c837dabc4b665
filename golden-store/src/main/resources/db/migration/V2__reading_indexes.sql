-- Indexes for the reads that grow with the store: quality history by time, and the walk through
-- active customers (index rebuilds, counts) without touching merged or retired ones.
CREATE INDEX quality_snapshot_taken ON quality_snapshot (taken_at, id);
CREATE INDEX customer_status ON customer (status, id);
