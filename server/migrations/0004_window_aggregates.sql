-- What a long history costs a card: the contacts the card shows whole, and the counts over its
-- windows. Both are kept by the database as contacts are written, so that reading a card of
-- 10,000 contacts touches the rows it answers with, not the rows it counts.

-- A contact as the schema's `Contact`, in JSON. Declared IMMUTABLE so that it can make a stored
-- column: it is, as written (to_char of a UTC timestamp with no locale-dependent pattern, and
-- json_build_object of text and integers), although PostgreSQL marks both STABLE in general.
CREATE FUNCTION c360_contact_json(id text, at timestamptz, channel text, direction text, purpose text,
    outcome text, transfers int, sentiment text, ticket_id text, summary text) RETURNS json
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT json_build_object('id', id, 'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'channel', channel, 'direction', direction, 'purpose', purpose, 'outcome', outcome, 'transfers', transfers,
    'sentiment', sentiment, 'ticketId', ticket_id, 'summary', summary) $$;

-- Built once when the contact is written, instead of for every card that lists it: building the
-- JSON of the ~130 contacts a busy customer's card lists was most of its summary's cost.
ALTER TABLE contacts ADD COLUMN node json GENERATED ALWAYS AS (
  c360_contact_json(id, at, channel, direction, purpose, outcome, transfers, sentiment, ticket_id, summary)) STORED;

-- Contacts per customer and UTC day, by direction. A window of N days is its whole days from
-- here plus its two partial days from `contacts`; a month is its days from here.
CREATE TABLE contact_days (
  customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  day date NOT NULL,
  inbound int NOT NULL CHECK (inbound >= 0),
  outbound int NOT NULL CHECK (outbound >= 0),
  PRIMARY KEY (customer_id, day) INCLUDE (inbound, outbound)
);

INSERT INTO contact_days (customer_id, day, inbound, outbound)
SELECT customer_id, (at AT TIME ZONE 'UTC')::date,
  count(*) FILTER (WHERE direction = 'INBOUND'), count(*) FILTER (WHERE direction = 'OUTBOUND')
FROM contacts GROUP BY 1, 2;

-- Kept by the triggers that keep `customers.contact_count` (0003), on every insert, update or
-- delete of `contacts`, whoever writes them (and, like it, bypassed by TRUNCATE). The counts of
-- the customers touched are updated first, which locks their rows: two writers of one
-- customer's contacts wait for each other before either touches that customer's days. An
-- update that changes neither `at`, `direction` nor `customer_id` still takes its days out and
-- puts them back.
CREATE OR REPLACE FUNCTION c360_count_contacts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE customers k SET contact_count = k.contact_count - n.count
    FROM (SELECT customer_id, count(*)::int AS count FROM old_contacts GROUP BY customer_id) n
    WHERE k.id = n.customer_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE customers k SET contact_count = k.contact_count + n.count
    FROM (SELECT customer_id, count(*)::int AS count FROM new_contacts GROUP BY customer_id) n
    WHERE k.id = n.customer_id;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE contact_days d SET inbound = d.inbound - n.inbound, outbound = d.outbound - n.outbound
    FROM (SELECT customer_id, (at AT TIME ZONE 'UTC')::date AS day,
        count(*) FILTER (WHERE direction = 'INBOUND')::int AS inbound,
        count(*) FILTER (WHERE direction = 'OUTBOUND')::int AS outbound
      FROM old_contacts GROUP BY 1, 2) n
    WHERE d.customer_id = n.customer_id AND d.day = n.day;
    DELETE FROM contact_days d
    USING (SELECT DISTINCT customer_id, (at AT TIME ZONE 'UTC')::date AS day FROM old_contacts) n
    WHERE d.customer_id = n.customer_id AND d.day = n.day AND d.inbound = 0 AND d.outbound = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO contact_days AS d (customer_id, day, inbound, outbound)
    SELECT customer_id, (at AT TIME ZONE 'UTC')::date,
      count(*) FILTER (WHERE direction = 'INBOUND'), count(*) FILTER (WHERE direction = 'OUTBOUND')
    FROM new_contacts GROUP BY 1, 2
    ON CONFLICT (customer_id, day)
      DO UPDATE SET inbound = d.inbound + excluded.inbound, outbound = d.outbound + excluded.outbound;
  END IF;
  RETURN NULL;
END $$;

-- The summary's two lists over its window, reached without reading the window's other contacts.
CREATE INDEX contacts_customer_missed ON contacts (customer_id, at DESC, id DESC) WHERE outcome = 'MISSED_BY_US';
CREATE INDEX contacts_customer_solicitations ON contacts (customer_id, at DESC, id DESC)
  WHERE direction = 'OUTBOUND' AND purpose = 'SALES';

-- Per-ticket counts (tickets) and a ticket's oldest contact in a window (topics).
DROP INDEX contacts_customer_ticket;
CREATE INDEX contacts_customer_ticket ON contacts (customer_id, ticket_id, at, id) INCLUDE (purpose, transfers)
  WHERE ticket_id IS NOT NULL;
