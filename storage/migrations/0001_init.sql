-- 0001_init: the first Parley schema.
--
-- Dates are ISO 8601 text at their precision ('2025-09-30', '2025-09',
-- '2025', or '' when unknown). Meetings also keep date_start/date_end, the
-- first and last day the date covers ('' when unknown), so range filters and
-- sorting work on plain text comparison and can use an index.
-- Timestamps are RFC 3339 UTC text.
--
-- CHECKs list allowed values with OR, not IN (...): SQLite builds an
-- ephemeral table for an IN list at every execution of an INSERT, which
-- made each meeting insert ten times slower.

CREATE TABLE articles (
	id            INTEGER PRIMARY KEY,
	path          TEXT NOT NULL DEFAULT '',
	hash          TEXT NOT NULL UNIQUE CHECK (hash <> ''),
	format        TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	outlet        TEXT NOT NULL DEFAULT '',
	published     TEXT NOT NULL DEFAULT '',
	dateline_city TEXT NOT NULL DEFAULT '',
	dateline_date TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL DEFAULT '',
	imported_at   TEXT NOT NULL
);

-- Full-text index over article titles and text. External content: the text
-- is stored once, in articles. Storage indexes new articles itself, once per
-- batch (an FTS5 table written early in a transaction flushes its pending
-- data at every later statement, which made imports three times slower); the
-- triggers keep the index in step when an article is changed or deleted.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- A place is one city (or a country alone when city is ''). GeoNames ids
-- identify places the gazetteer knows; others are unique by city and country.
CREATE TABLE places (
	id          INTEGER PRIMARY KEY,
	city        TEXT NOT NULL DEFAULT '',
	city_key    TEXT NOT NULL DEFAULT '', -- city folded for matching
	country     TEXT NOT NULL DEFAULT '',
	lat         REAL,
	lon         REAL,
	geonames_id INTEGER
);
CREATE UNIQUE INDEX places_geonames ON places(geonames_id) WHERE geonames_id IS NOT NULL;
CREATE UNIQUE INDEX places_city_country ON places(city_key, country) WHERE geonames_id IS NULL;
CREATE INDEX places_country ON places(country);

-- One row per real person; every spelling seen (and the canonical name) is
-- an alias, matched on its folded form (case and diacritics ignored).
CREATE TABLE people (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	created_at TEXT NOT NULL
);

CREATE TABLE person_aliases (
	id        INTEGER PRIMARY KEY,
	person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
	alias     TEXT NOT NULL,
	folded    TEXT NOT NULL CHECK (folded <> ''),
	UNIQUE (person_id, folded)
);
CREATE INDEX person_aliases_folded ON person_aliases(folded, person_id); -- covers name resolution

CREATE TABLE meetings (
	id         INTEGER PRIMARY KEY,
	kind       TEXT NOT NULL DEFAULT 'in_person' CHECK (kind = 'in_person' OR kind = 'phone' OR kind = 'video'),
	date       TEXT NOT NULL DEFAULT '',
	date_start TEXT NOT NULL DEFAULT '',
	date_end   TEXT NOT NULL DEFAULT '',
	place_id   INTEGER REFERENCES places(id),
	venue      TEXT NOT NULL DEFAULT '',
	summary    TEXT NOT NULL DEFAULT '',
	notes      TEXT NOT NULL DEFAULT '',
	topics     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
	status     TEXT NOT NULL DEFAULT 'new' CHECK (status = 'new' OR status = 'confirmed' OR status = 'rejected'),
	confidence REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
	flags      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags)),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
-- The review queue filters by status and pages by date (newest first) or by
-- id; these indexes serve "WHERE status = ? ORDER BY date_start DESC, id DESC".
CREATE INDEX meetings_date ON meetings(date_start);
CREATE INDEX meetings_status_date ON meetings(status, date_start);
CREATE INDEX meetings_place ON meetings(place_id);

-- A meeting may be reported by several articles, each with its evidence.
CREATE TABLE meeting_sources (
	id         INTEGER PRIMARY KEY,
	meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	evidence   TEXT NOT NULL DEFAULT '',
	span_start INTEGER NOT NULL DEFAULT 0,
	span_end   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_sources_meeting ON meeting_sources(meeting_id);
CREATE INDEX meeting_sources_article ON meeting_sources(article_id, meeting_id);

-- A person's part in one meeting, with the name as the article wrote it and
-- the title, organisation and country they had then.
CREATE TABLE participants (
	id           INTEGER PRIMARY KEY,
	meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
	person_id    INTEGER NOT NULL REFERENCES people(id),
	position     INTEGER NOT NULL,
	name         TEXT NOT NULL,
	title        TEXT NOT NULL DEFAULT '',
	organization TEXT NOT NULL DEFAULT '',
	country      TEXT NOT NULL DEFAULT '',
	UNIQUE (meeting_id, position)
);
CREATE INDEX participants_person ON participants(person_id);
CREATE INDEX participants_country ON participants(country, meeting_id);

-- Search over what a meeting says about itself: people, place, topics,
-- summary and notes. The countries column (the place's and every
-- participant's country code) also serves the country filter: one lookup
-- gives every meeting a country is involved in. Contentless (the text lives in the tables above);
-- storage rewrites a meeting's row whenever it saves the meeting, at the
-- end of the transaction for the reason given at articles_fts.
CREATE VIRTUAL TABLE meetings_fts USING fts5(
	people, place, topics, notes, countries,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);

-- A deleted meeting leaves the index with it (its id may be reused).
CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings BEGIN
	DELETE FROM meetings_fts WHERE rowid = old.id;
END;

-- Every change a person makes, in order: the basis for undo/redo across
-- restarts, the audit trail, and the rule that re-extraction never
-- overwrites a field someone edited. Values are JSON. action_id groups the
-- edits of one user action (the id of its first edit) so undo reverts it
-- whole; undone marks edits taken back (redo clears it).
CREATE TABLE edits (
	id         INTEGER PRIMARY KEY,
	action_id  INTEGER NOT NULL,
	table_name TEXT NOT NULL,
	row_id     INTEGER NOT NULL,
	field      TEXT NOT NULL,
	old_value  TEXT,
	new_value  TEXT,
	at         TEXT NOT NULL,
	undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone = 0 OR undone = 1)
);
CREATE INDEX edits_row ON edits(table_name, row_id, field);
