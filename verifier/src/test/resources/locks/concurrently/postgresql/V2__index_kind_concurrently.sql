CREATE INDEX CONCURRENTLY event_kind_idx ON event (kind);
