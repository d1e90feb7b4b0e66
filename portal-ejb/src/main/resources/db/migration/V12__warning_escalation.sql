-- A warning sign left unreviewed past the limit is escalated once: its clinicians and the administrators are
-- emailed. The time it was escalated marks it done, set by a conditional update so that one node escalates it.
ALTER TABLE red_flag_alert ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
