-- Dot voting: how many dots each participant may place per pillar (issue 4).
ALTER TABLE workshop ADD COLUMN dots_per_participant INTEGER NOT NULL DEFAULT 3;
