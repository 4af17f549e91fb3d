-- The schema of Accord's store before migrations (main of 2026-12-05, no version table), as postgresql DDL.
-- Written once from that day's models; tests/test_store_migrations.py upgrades a database made from it.

CREATE TABLE actors (
	code VARCHAR(40) NOT NULL, 
	name VARCHAR(400) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	PRIMARY KEY (code)
);

CREATE TABLE runs (
	id SERIAL NOT NULL, 
	command VARCHAR(40) NOT NULL, 
	coder_version VARCHAR(80) NOT NULL, 
	settings JSON NOT NULL, 
	counts JSON NOT NULL, 
	started_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
	finished_at TIMESTAMP WITHOUT TIME ZONE, 
	PRIMARY KEY (id)
);

CREATE TABLE documents (
	id SERIAL NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	external_id VARCHAR(400) NOT NULL, 
	title TEXT NOT NULL, 
	text TEXT NOT NULL, 
	date DATE, 
	outlet VARCHAR(400) NOT NULL, 
	url TEXT NOT NULL, 
	author VARCHAR(400) NOT NULL, 
	source TEXT NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	n_words INTEGER NOT NULL, 
	meta JSON NOT NULL, 
	coder_version VARCHAR(80) NOT NULL, 
	run_id INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (content_hash), 
	FOREIGN KEY(run_id) REFERENCES runs (id)
);

CREATE INDEX ix_documents_date ON documents (date);

CREATE TABLE claims (
	id SERIAL NOT NULL, 
	document_id INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	actor VARCHAR(40) NOT NULL, 
	actor_text TEXT NOT NULL, 
	action TEXT NOT NULL, 
	lemmas JSON NOT NULL, 
	factuality VARCHAR(20) NOT NULL, 
	sentence_index INTEGER NOT NULL, 
	sentence TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	date DATE, 
	promisee VARCHAR(40) NOT NULL, 
	code VARCHAR(8) NOT NULL, 
	reported_by VARCHAR(40) NOT NULL, 
	"group" INTEGER NOT NULL, 
	negative BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_claims_actor ON claims (actor);

CREATE INDEX ix_claims_document_id ON claims (document_id);

CREATE TABLE commitments (
	id SERIAL NOT NULL, 
	promisor VARCHAR(40) NOT NULL, 
	promisee VARCHAR(40) NOT NULL, 
	action TEXT NOT NULL, 
	code VARCHAR(8) NOT NULL, 
	plover VARCHAR(20) NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	made_on DATE, 
	document_id INTEGER NOT NULL, 
	sentence_index INTEGER NOT NULL, 
	sentence TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	reported_by VARCHAR(40) NOT NULL, 
	evidence_count INTEGER NOT NULL, 
	last_evidence_on DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_commitments_document_id ON commitments (document_id);

CREATE INDEX ix_commitments_promisor ON commitments (promisor);

CREATE INDEX ix_commitments_status ON commitments (status);

CREATE TABLE events (
	id SERIAL NOT NULL, 
	document_id INTEGER NOT NULL, 
	sentence_index INTEGER NOT NULL, 
	sentence TEXT NOT NULL, 
	source VARCHAR(40) NOT NULL, 
	target VARCHAR(40) NOT NULL, 
	code VARCHAR(8) NOT NULL, 
	root VARCHAR(2) NOT NULL, 
	goldstein FLOAT, 
	quad_class INTEGER, 
	plover VARCHAR(20) NOT NULL, 
	event_date DATE, 
	source_text TEXT NOT NULL, 
	source_start INTEGER, 
	source_end INTEGER, 
	target_text TEXT NOT NULL, 
	target_start INTEGER, 
	target_end INTEGER, 
	verb_text VARCHAR(200) NOT NULL, 
	verb_start INTEGER, 
	verb_end INTEGER, 
	factuality VARCHAR(20) NOT NULL, 
	factuality_cues JSON NOT NULL, 
	confidence FLOAT NOT NULL, 
	reported_by VARCHAR(40) NOT NULL, 
	reported_by_text TEXT NOT NULL, 
	pattern VARCHAR(200) NOT NULL, 
	coder_version VARCHAR(80) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_events_code ON events (code);

CREATE INDEX ix_events_document_id ON events (document_id);

CREATE INDEX ix_events_dyad_cover ON events (source, target, factuality, event_date, quad_class, goldstein);

CREATE INDEX ix_events_dyad_date ON events (source, target, event_date);

CREATE INDEX ix_events_event_date ON events (event_date);

CREATE INDEX ix_events_fact_date ON events (factuality, event_date, source, target, code, quad_class);

CREATE INDEX ix_events_factuality ON events (factuality);

CREATE INDEX ix_events_root ON events (root);

CREATE INDEX ix_events_source ON events (source);

CREATE INDEX ix_events_target ON events (target);

CREATE INDEX ix_events_target_cover ON events (target, source, factuality, event_date);

CREATE TABLE mentions (
	id SERIAL NOT NULL, 
	document_id INTEGER NOT NULL, 
	code VARCHAR(40) NOT NULL, 
	text VARCHAR(400) NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_mentions_code ON mentions (code);

CREATE INDEX ix_mentions_document_id ON mentions (document_id);

CREATE TABLE quotes (
	id SERIAL NOT NULL, 
	document_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	cue VARCHAR(100) NOT NULL, 
	cue_start INTEGER, 
	cue_end INTEGER, 
	speaker_text TEXT NOT NULL, 
	speaker_start INTEGER, 
	speaker_end INTEGER, 
	speaker VARCHAR(40) NOT NULL, 
	speaker_kind VARCHAR(20) NOT NULL, 
	sentence_index INTEGER NOT NULL, 
	anonymous BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_quotes_anonymous ON quotes (anonymous);

CREATE INDEX ix_quotes_document_id ON quotes (document_id);

CREATE INDEX ix_quotes_speaker ON quotes (speaker);

CREATE INDEX ix_quotes_speaker_kind ON quotes (speaker_kind);

CREATE TABLE sentences (
	id SERIAL NOT NULL, 
	document_id INTEGER NOT NULL, 
	index INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_sentences_document_id ON sentences (document_id);

CREATE TABLE unresolved (
	id SERIAL NOT NULL, 
	document_id INTEGER NOT NULL, 
	text VARCHAR(400) NOT NULL, 
	label VARCHAR(20) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_unresolved_document_id ON unresolved (document_id);

CREATE INDEX ix_unresolved_text ON unresolved (text);

CREATE TABLE evidence (
	id SERIAL NOT NULL, 
	commitment_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	score FLOAT NOT NULL, 
	document_id INTEGER NOT NULL, 
	sentence_index INTEGER NOT NULL, 
	sentence TEXT NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	factuality VARCHAR(20) NOT NULL, 
	actor VARCHAR(40) NOT NULL, 
	reported_by VARCHAR(40) NOT NULL, 
	date DATE, 
	PRIMARY KEY (id), 
	FOREIGN KEY(commitment_id) REFERENCES commitments (id) ON DELETE CASCADE, 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_evidence_commitment_id ON evidence (commitment_id);

CREATE INDEX ix_evidence_document_id ON evidence (document_id);
