-- Sync by file (issue 6): what a revision withheld, derived conflicts, and local sync records.
-- The tables below `revision.redacted` are local to one installation and never travel in a bundle.

-- Field names a minutes-level bundle left out of this revision's snapshot (phones, e-mails,
-- signatures). A later full copy of the same revision fills them in.
ALTER TABLE revision ADD COLUMN redacted JSON NOT NULL DEFAULT '[]';

-- Open conflicts, recomputed from the revision log whenever an entity's heads change.
-- field is a column name, or '*' for edit-against-delete and for a deleted row still in use.
CREATE TABLE conflict (
    entity_id VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    entity VARCHAR NOT NULL,
    workshop_id VARCHAR,
    kind VARCHAR(10) NOT NULL,          -- 'field', 'deleted' (edit vs delete), 'in_use' (deleted but referenced)
    sides JSON NOT NULL,                -- [{revision_id, device_id, hlc, value, deleted}], newest first
    PRIMARY KEY (entity_id, field)
);
CREATE INDEX ix_conflict_workshop_id ON conflict (workshop_id);

-- Every bundle or receipt this installation imported (or held), newest last.
CREATE TABLE sync_import (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    bundle_id VARCHAR NOT NULL,
    kind VARCHAR(10) NOT NULL,          -- 'revisions' or 'receipt'
    file_name VARCHAR NOT NULL,
    file_sha256 VARCHAR(64) NOT NULL,
    signer VARCHAR NOT NULL,            -- key fingerprint
    device_id VARCHAR NOT NULL,
    imported_at VARCHAR NOT NULL,
    status VARCHAR(10) NOT NULL,        -- 'imported', 'nothing_new', 'held', 'quarantined'
    new_count INTEGER NOT NULL,
    duplicate_count INTEGER NOT NULL,
    conflict_count INTEGER NOT NULL
);
CREATE INDEX ix_sync_import_bundle ON sync_import (bundle_id);

-- Revisions that arrived with an id known here but other content: kept for inspection, never applied.
CREATE TABLE quarantine (
    revision_id VARCHAR NOT NULL,
    bundle_id VARCHAR NOT NULL,
    received VARCHAR NOT NULL,          -- the revision line exactly as it arrived
    reason VARCHAR NOT NULL,
    at VARCHAR NOT NULL,
    PRIMARY KEY (revision_id, bundle_id)
);

-- Public keys whose bundles and receipts this installation accepts.
CREATE TABLE trusted_key (
    fingerprint VARCHAR NOT NULL,
    public_key VARCHAR NOT NULL,        -- base64 Ed25519 public key
    label VARCHAR(200) NOT NULL,
    device_id VARCHAR NOT NULL,
    added_at VARCHAR NOT NULL,
    PRIMARY KEY (fingerprint)
);

-- Revisions a coordinator's signed receipt acknowledged.
CREATE TABLE delivery (
    revision_id VARCHAR NOT NULL,
    receipt_id VARCHAR NOT NULL,
    coordinator VARCHAR NOT NULL,       -- the receipt signer's fingerprint
    delivered_at VARCHAR NOT NULL,
    PRIMARY KEY (revision_id)
);
