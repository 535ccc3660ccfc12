-- 0005: the index applies each write incrementally (ADR 0015): it reads the history entries of the data versions
-- it has not served yet. Without this index that read scans the whole history, which grows with every write.
CREATE INDEX history_data_version_idx ON history (data_version);
