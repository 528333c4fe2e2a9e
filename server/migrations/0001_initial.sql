-- The relational model of schema/customer-360.graphql. Enumerations are text with CHECK
-- constraints (a later migration widens a CHECK when the schema adds a value). Every table
-- that belongs to one customer carries `customer_id` and is deleted with it (erasure).
-- `position` keeps the order the CRM gave for lists the schema orders ("most recent first").

-- Instants leave the database as ISO 8601 text in UTC with milliseconds, the same from every
-- driver and inside JSON: no driver-specific date parsing anywhere.
CREATE FUNCTION c360_iso(value timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

CREATE TABLE customers (
  id text PRIMARY KEY,
  display_name text NOT NULL,
  given_name text,
  family_name text,
  preferred_name text,
  salutation text,
  locale text,
  time_zone text,
  customer_since date,
  area text,
  do_not_call boolean NOT NULL DEFAULT false,
  preferred_channel text CHECK (preferred_channel IN ('PHONE', 'EMAIL', 'SMS', 'CHAT', 'MAIL', 'VISIT'))
);

-- Lookups by email (lowercased) and by phone (E.164) go through these two tables' indexes.
CREATE TABLE customer_emails (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  position int NOT NULL,
  email text NOT NULL CHECK (email = lower(email)),
  PRIMARY KEY (customer_id, email)
);
CREATE INDEX customer_emails_email ON customer_emails (email);

CREATE TABLE customer_phones (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  position int NOT NULL,
  phone text NOT NULL CHECK (phone ~ '^\+[0-9]{6,15}$'),
  PRIMARY KEY (customer_id, phone)
);
CREATE INDEX customer_phones_phone ON customer_phones (phone);

CREATE TABLE consents (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  position int NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('PHONE', 'EMAIL', 'SMS', 'MARKETING')),
  granted boolean NOT NULL,
  updated_at timestamptz,
  PRIMARY KEY (customer_id, purpose)
);

CREATE TABLE preferred_hours (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  position int NOT NULL,
  days text[] NOT NULL CHECK (days <@ ARRAY['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']),
  from_time text NOT NULL CHECK (from_time ~ '^([01][0-9]|2[0-4]):[0-5][0-9]$'),
  to_time text NOT NULL CHECK (to_time ~ '^([01][0-9]|2[0-4]):[0-5][0-9]$'),
  PRIMARY KEY (customer_id, position)
);

CREATE TABLE quiet_periods (
  customer_id text PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  reason text NOT NULL,
  since timestamptz,
  until timestamptz
);

CREATE TABLE products (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  id text NOT NULL,
  position int NOT NULL,
  name text NOT NULL,
  category text NOT NULL,
  since date,
  status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CANCELLATION_REQUESTED', 'ENDED')),
  PRIMARY KEY (customer_id, id)
);

CREATE TABLE offers (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  id text NOT NULL,
  position int NOT NULL,
  name text NOT NULL,
  category text NOT NULL,
  campaign text,
  eligible boolean NOT NULL,
  ineligibility_reason text,
  new_customers_only boolean NOT NULL DEFAULT false,
  PRIMARY KEY (customer_id, id)
);

-- `confidential`: the subject reaches only agents with the role that may read it.
CREATE TABLE tickets (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  id text NOT NULL,
  subject text NOT NULL,
  status text NOT NULL CHECK (status IN ('OPEN', 'PENDING', 'RESOLVED', 'CLOSED')),
  priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
  category text NOT NULL CHECK (category IN ('COMPLAINT', 'CANCELLATION', 'TECHNICAL', 'BILLING', 'APPOINTMENT', 'OTHER')),
  opened_at timestamptz NOT NULL,
  updated_at timestamptz,
  confidential boolean NOT NULL DEFAULT false,
  PRIMARY KEY (customer_id, id)
);
-- Open tickets, most recently opened first (the card asks for open ones only).
CREATE INDEX tickets_customer_opened ON tickets (customer_id, opened_at DESC);

-- The contact history. `ticket_id` is not a foreign key: a CRM's history may mention tickets
-- it no longer exports. Ids compare byte by byte (COLLATE "C"), so the newest-first order of
-- contacts at the same instant, and the cursors, are the same on every server whatever its locale.
CREATE TABLE contacts (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'SMS', 'CHAT', 'MAIL', 'VISIT')),
  direction text NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
  purpose text NOT NULL CHECK (purpose IN ('SALES', 'SUPPORT', 'APPOINTMENT', 'BILLING', 'CANCELLATION', 'OTHER')),
  outcome text NOT NULL CHECK (outcome IN ('ANSWERED', 'NO_ANSWER', 'REFUSED', 'RESOLVED', 'TRANSFERRED', 'AWAITING_OUR_REPLY', 'MISSED_BY_US', 'MISSED_BY_CUSTOMER')),
  transfers int NOT NULL DEFAULT 0 CHECK (transfers >= 0),
  sentiment text CHECK (sentiment IN ('POSITIVE', 'NEGATIVE', 'NEUTRAL')),
  ticket_id text,
  summary text,
  PRIMARY KEY (customer_id, id)
);
-- Newest-first pages (keyset on at, id), the summary window, `last` and the monthly counts.
CREATE INDEX contacts_customer_at ON contacts (customer_id, at DESC, id DESC)
  INCLUDE (direction, purpose, outcome, transfers, ticket_id);
-- Whole-history aggregates that would otherwise scan every contact of a long history.
CREATE INDEX contacts_customer_refused ON contacts (customer_id, at DESC, id DESC) WHERE outcome = 'REFUSED';
CREATE INDEX contacts_customer_awaiting ON contacts (customer_id, at, id) WHERE outcome = 'AWAITING_OUR_REPLY';
-- Per-ticket contact and transfer counts.
CREATE INDEX contacts_customer_ticket ON contacts (customer_id, ticket_id) INCLUDE (transfers) WHERE ticket_id IS NOT NULL;

-- Hints the server adds or suppresses. Texts are per language: {"en": "…", "fr": "…"}.
CREATE TABLE server_hints (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  id text NOT NULL,
  position int NOT NULL,
  kind text NOT NULL CHECK (kind IN ('DO', 'DONT')),
  severity int NOT NULL CHECK (severity BETWEEN 1 AND 5),
  text jsonb,
  suppress boolean,
  promotional boolean,
  evidence jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (customer_id, id)
);

-- One row per customer read: who, when, which customer, how it was found. Never the email or
-- phone searched for. No foreign key: erasure deletes these rows explicitly, retention prunes
-- them by age.
CREATE TABLE audit_reads (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  agent text NOT NULL,
  customer_id text NOT NULL,
  lookup text NOT NULL CHECK (lookup IN ('id', 'email', 'phone', 'email+phone'))
);
CREATE INDEX audit_reads_customer ON audit_reads (customer_id);
CREATE INDEX audit_reads_at ON audit_reads (at);
