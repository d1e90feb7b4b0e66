-- Which due email a sender takes first when more is due than it takes at once: a warning sign before anything, then
-- password links, messages and reminders, invitations, summaries, and a bulk send (a patient import's invitations)
-- after all of them (MailKind.priority). The claim reads the due messages in this order over the index.
ALTER TABLE outbox_message ADD COLUMN priority INTEGER DEFAULT 3 NOT NULL;
UPDATE outbox_message SET priority = 0 WHERE kind IN ('WARNING_SIGN_REPORTED', 'WARNING_SIGN_OVERDUE');
UPDATE outbox_message SET priority = 1 WHERE kind = 'PASSWORD_RESET';
UPDATE outbox_message SET priority = 2 WHERE kind IN ('NEW_MESSAGE', 'WALK_REMINDER');
UPDATE outbox_message SET priority = 4 WHERE kind IN ('WEEKLY_SUMMARY', 'MORNING_DIGEST');
CREATE INDEX ix_outbox_message_priority ON outbox_message (status, priority, next_attempt_at, id);
