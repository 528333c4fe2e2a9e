-- Feedback from agents (issue 22): dismissals of hints, shared notes, and the suppression
-- policy that turns a dismissal into hidden hints.
--
-- Dismissals and notes have no foreign key to `customers`: an import replaces a customer whole
-- (delete, then insert), and what agents taught the card must survive the nightly import.
-- Erasure deletes them explicitly (src/erase.ts).

-- The suppression policy, as data: how many days a dismissal for `reason` hides the dismissed
-- hints (with the same evidence fingerprint) for that customer. 0 hides nothing: the dismissal
-- is stored and counted for review. Change it with an UPDATE, no release needed:
--   UPDATE dismissal_policy SET days = 60 WHERE reason = 'ALREADY_DONE';
-- It is read when a card loads, so a change applies to dismissals already stored.
CREATE TABLE dismissal_policy (
  reason text PRIMARY KEY CHECK (reason IN ('NOT_RELEVANT', 'ALREADY_DONE', 'CUSTOMER_REQUEST', 'WRONG', 'OTHER')),
  days int NOT NULL CHECK (days BETWEEN 0 AND 3660)
);
INSERT INTO dismissal_policy (reason, days) VALUES
  ('ALREADY_DONE', 30),
  ('CUSTOMER_REQUEST', 180),
  ('NOT_RELEVANT', 0),
  ('WRONG', 0),
  ('OTHER', 0);

-- One row per dismissal. The idempotency key is unique per agent: an agent's retries find
-- their own dismissal, and no agent can reach another's by guessing a key.
CREATE TABLE dismissals (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id text NOT NULL,
  agent_id text NOT NULL,
  agent_name text NOT NULL,
  at timestamptz NOT NULL,
  reason text NOT NULL REFERENCES dismissal_policy (reason),
  note text CHECK (char_length(note) <= 500),
  card_version text CHECK (char_length(card_version) <= 100),
  idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 8 AND 100),
  UNIQUE (agent_id, idempotency_key)
);
-- Suppressions at card load: a customer's recent dismissals.
CREATE INDEX dismissals_customer_at ON dismissals (customer_id, at DESC) INCLUDE (reason);
-- The report's dismissal count over a period.
CREATE INDEX dismissals_at ON dismissals (at);

-- One row per hint folded into a dismissal, with the hint's evidence fingerprint. `customer_id`,
-- `at` and `reason` repeat the dismissal's (they never change), so the report reads this
-- table's index alone.
CREATE TABLE dismissal_hints (
  dismissal_id bigint NOT NULL REFERENCES dismissals (id) ON DELETE CASCADE,
  hint_id text NOT NULL,
  position int NOT NULL,
  fingerprint text NOT NULL DEFAULT '' CHECK (char_length(fingerprint) <= 2000),
  customer_id text NOT NULL,
  at timestamptz NOT NULL,
  reason text NOT NULL,
  PRIMARY KEY (dismissal_id, hint_id)
);
-- The report: per hint × reason over a period, an index-only scan.
CREATE INDEX dismissal_hints_report ON dismissal_hints (at) INCLUDE (hint_id, reason);
-- Suppressions at card load: a customer's dismissed hints, newest first.
CREATE INDEX dismissal_hints_customer ON dismissal_hints (customer_id, at DESC) INCLUDE (hint_id, fingerprint, reason);

-- Notes agents share about a customer: plain text, newest first. The author's display name is
-- kept as it was when they wrote it.
CREATE TABLE notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id text NOT NULL,
  agent_id text NOT NULL,
  author text NOT NULL,
  at timestamptz NOT NULL,
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
  idempotency_key text NOT NULL CHECK (char_length(idempotency_key) BETWEEN 8 AND 100),
  UNIQUE (agent_id, idempotency_key)
);
-- Newest-first pages (keyset on at, id) and the total count.
CREATE INDEX notes_customer_at ON notes (customer_id, at DESC, id DESC);

-- The audit trail also records who added a note and who read a customer's notes (never the
-- text). Card loads, for the report, stay the rows of the four lookup kinds.
ALTER TABLE audit_reads DROP CONSTRAINT audit_reads_lookup_check;
ALTER TABLE audit_reads ADD CONSTRAINT audit_reads_lookup_check
  CHECK (lookup IN ('id', 'email', 'phone', 'email+phone', 'notes-read', 'note-added'));
-- The report's card loads over a period, an index-only scan.
CREATE INDEX audit_reads_at_lookup ON audit_reads (at, lookup);
