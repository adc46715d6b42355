-- Migration 0001: the initial schema, generated once from fgd_app/store/models.py and frozen.
-- Never edit a released migration: add the next numbered file instead.
PRAGMA application_id = 1179075649;  -- 0x46474441, 'FGDA': marks the file as ours

CREATE TABLE blob (
    sha256 VARCHAR(64) NOT NULL, 
    mime VARCHAR(100) NOT NULL, 
    size INTEGER NOT NULL, 
    data BLOB NOT NULL, 
    PRIMARY KEY (sha256)
);

CREATE TABLE meta (
    "key" VARCHAR NOT NULL, 
    value VARCHAR NOT NULL, 
    PRIMARY KEY ("key")
);

CREATE TABLE pillar (
    "key" VARCHAR(40) NOT NULL, 
    position INTEGER NOT NULL, 
    name_id VARCHAR(200) NOT NULL, 
    name_en VARCHAR(200) NOT NULL, 
    PRIMARY KEY ("key")
);

CREATE TABLE regency (
    code VARCHAR(5) NOT NULL, 
    name VARCHAR NOT NULL, 
    kind VARCHAR NOT NULL, 
    province_code VARCHAR NOT NULL, 
    province_name VARCHAR NOT NULL, 
    timezone VARCHAR NOT NULL, 
    PRIMARY KEY (code)
);

CREATE TABLE revision (
    id VARCHAR(64) NOT NULL, 
    entity VARCHAR NOT NULL, 
    entity_id VARCHAR NOT NULL, 
    workshop_id VARCHAR, 
    parents JSON NOT NULL, 
    device_id VARCHAR NOT NULL, 
    hlc INTEGER NOT NULL, 
    snapshot VARCHAR, 
    PRIMARY KEY (id)
);
CREATE INDEX ix_revision_entity_id ON revision (entity_id);
CREATE INDEX ix_revision_hlc ON revision (hlc);
CREATE INDEX ix_revision_workshop_id ON revision (workshop_id);

CREATE TABLE revision_head (
    entity_id VARCHAR NOT NULL, 
    revision_id VARCHAR NOT NULL, 
    PRIMARY KEY (entity_id, revision_id)
);

CREATE TABLE element (
    "key" VARCHAR(80) NOT NULL, 
    pillar_key VARCHAR(40) NOT NULL, 
    position INTEGER NOT NULL, 
    name_id VARCHAR(200) NOT NULL, 
    name_en VARCHAR(200) NOT NULL, 
    tag_en VARCHAR(200) NOT NULL, 
    PRIMARY KEY ("key"), 
    FOREIGN KEY(pillar_key) REFERENCES pillar ("key")
);
CREATE INDEX ix_element_pillar_key ON element (pillar_key);

CREATE TABLE workshop (
    id VARCHAR(64) NOT NULL, 
    regency_code VARCHAR(5) NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    stage VARCHAR(7) NOT NULL, 
    held_on DATE NOT NULL, 
    start_time TIME, 
    end_time TIME, 
    venue VARCHAR(500) NOT NULL, 
    chair_name VARCHAR(200) NOT NULL, 
    chair_position VARCHAR(200) NOT NULL, 
    chair_nip VARCHAR(30) NOT NULL, 
    note_taker_name VARCHAR(200) NOT NULL, 
    note_taker_position VARCHAR(200) NOT NULL, 
    note_taker_nip VARCHAR(30) NOT NULL, 
    facilitators JSON NOT NULL, 
    language VARCHAR(2) NOT NULL, 
    pillars JSON NOT NULL, 
    status VARCHAR(7) NOT NULL, 
    opened_at DATETIME, 
    closed_at DATETIME, 
    conclusions VARCHAR(50000) NOT NULL, 
    letterhead_lines JSON NOT NULL, 
    logo_sha256 VARCHAR(64), 
    PRIMARY KEY (id), 
    FOREIGN KEY(regency_code) REFERENCES regency (code)
);
CREATE INDEX ix_workshop_regency_code ON workshop (regency_code);

CREATE TABLE action_item (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    pillar_key VARCHAR(40), 
    text VARCHAR(10000) NOT NULL, 
    owner VARCHAR(200) NOT NULL, 
    due_date DATE, 
    status VARCHAR(9) NOT NULL, 
    position INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id), 
    FOREIGN KEY(pillar_key) REFERENCES pillar ("key")
);
CREATE INDEX ix_action_item_pillar_key ON action_item (pillar_key);
CREATE INDEX ix_action_item_workshop_id ON action_item (workshop_id);

CREATE TABLE agenda_item (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    position INTEGER NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    pillar_key VARCHAR(40), 
    planned_minutes INTEGER NOT NULL, 
    actual_start DATETIME, 
    actual_end DATETIME, 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id), 
    FOREIGN KEY(pillar_key) REFERENCES pillar ("key")
);
CREATE INDEX ix_agenda_item_pillar_key ON agenda_item (pillar_key);
CREATE INDEX ix_agenda_item_workshop_id ON agenda_item (workshop_id);

CREATE TABLE cluster (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    pillar_key VARCHAR(40) NOT NULL, 
    element_key VARCHAR(80), 
    title VARCHAR(500) NOT NULL, 
    position INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id), 
    FOREIGN KEY(pillar_key) REFERENCES pillar ("key"), 
    FOREIGN KEY(element_key) REFERENCES element ("key")
);
CREATE INDEX ix_cluster_element_key ON cluster (element_key);
CREATE INDEX ix_cluster_pillar_key ON cluster (pillar_key);
CREATE INDEX ix_cluster_workshop_id ON cluster (workshop_id);

CREATE TABLE participant (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    name VARCHAR(200) NOT NULL, 
    position VARCHAR(200) NOT NULL, 
    nip VARCHAR(30) NOT NULL, 
    institution VARCHAR(200) NOT NULL, 
    gender VARCHAR(6), 
    phone VARCHAR(40) NOT NULL, 
    email VARCHAR(200) NOT NULL, 
    consent_name BOOLEAN NOT NULL, 
    consent_photo BOOLEAN NOT NULL, 
    consent_phone BOOLEAN NOT NULL, 
    consent_version VARCHAR(40) NOT NULL, 
    checked_in_at DATETIME, 
    signature_sha256 VARCHAR(64), 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id)
);
CREATE INDEX ix_participant_workshop_id ON participant (workshop_id);

CREATE TABLE programme (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    pillar_key VARCHAR(40) NOT NULL, 
    element_key VARCHAR(80), 
    name VARCHAR(500) NOT NULL, 
    description VARCHAR(10000) NOT NULL, 
    horizon VARCHAR(9) NOT NULL, 
    lead_opd VARCHAR(200) NOT NULL, 
    supporting_opds JSON NOT NULL, 
    indicator VARCHAR(500) NOT NULL, 
    target_year INTEGER, 
    funding_source VARCHAR(500) NOT NULL, 
    impact INTEGER, 
    feasibility INTEGER, 
    input_ids JSON NOT NULL, 
    position INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id), 
    FOREIGN KEY(pillar_key) REFERENCES pillar ("key"), 
    FOREIGN KEY(element_key) REFERENCES element ("key")
);
CREATE INDEX ix_programme_element_key ON programme (element_key);
CREATE INDEX ix_programme_pillar_key ON programme (pillar_key);
CREATE INDEX ix_programme_workshop_id ON programme (workshop_id);

CREATE TABLE input (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    pillar_key VARCHAR(40) NOT NULL, 
    element_key VARCHAR(80), 
    kind VARCHAR(24) NOT NULL, 
    text VARCHAR(10000) NOT NULL, 
    speaker_id VARCHAR(64), 
    cluster_id VARCHAR(64), 
    position INTEGER NOT NULL, 
    created_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id), 
    FOREIGN KEY(pillar_key) REFERENCES pillar ("key"), 
    FOREIGN KEY(element_key) REFERENCES element ("key"), 
    FOREIGN KEY(speaker_id) REFERENCES participant (id), 
    FOREIGN KEY(cluster_id) REFERENCES cluster (id)
);
CREATE INDEX ix_input_cluster_id ON input (cluster_id);
CREATE INDEX ix_input_element_key ON input (element_key);
CREATE INDEX ix_input_pillar_key ON input (pillar_key);
CREATE INDEX ix_input_speaker_id ON input (speaker_id);
CREATE INDEX ix_input_workshop_id ON input (workshop_id);
CREATE INDEX ix_input_workshop_pillar ON input (workshop_id, pillar_key, position);

CREATE TABLE attachment (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    sha256 VARCHAR(64) NOT NULL, 
    filename VARCHAR(200) NOT NULL, 
    caption VARCHAR(500) NOT NULL, 
    pillar_key VARCHAR(40), 
    element_key VARCHAR(80), 
    input_id VARCHAR(64), 
    position INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id), 
    FOREIGN KEY(sha256) REFERENCES blob (sha256), 
    FOREIGN KEY(pillar_key) REFERENCES pillar ("key"), 
    FOREIGN KEY(element_key) REFERENCES element ("key"), 
    FOREIGN KEY(input_id) REFERENCES input (id)
);
CREATE INDEX ix_attachment_element_key ON attachment (element_key);
CREATE INDEX ix_attachment_input_id ON attachment (input_id);
CREATE INDEX ix_attachment_pillar_key ON attachment (pillar_key);
CREATE INDEX ix_attachment_sha256 ON attachment (sha256);
CREATE INDEX ix_attachment_workshop_id ON attachment (workshop_id);

CREATE TABLE vote (
    id VARCHAR(64) NOT NULL, 
    workshop_id VARCHAR(64) NOT NULL, 
    input_id VARCHAR(64), 
    cluster_id VARCHAR(64), 
    points INTEGER NOT NULL, 
    source VARCHAR(7) NOT NULL, 
    voter_id VARCHAR(64), 
    PRIMARY KEY (id), 
    FOREIGN KEY(workshop_id) REFERENCES workshop (id), 
    FOREIGN KEY(input_id) REFERENCES input (id), 
    FOREIGN KEY(cluster_id) REFERENCES cluster (id), 
    FOREIGN KEY(voter_id) REFERENCES participant (id)
);
CREATE INDEX ix_vote_cluster_id ON vote (cluster_id);
CREATE INDEX ix_vote_input_id ON vote (input_id);
CREATE INDEX ix_vote_voter_id ON vote (voter_id);
CREATE INDEX ix_vote_workshop_id ON vote (workshop_id);
