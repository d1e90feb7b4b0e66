-- Wrong passwords no longer lock an account (anyone could lock anyone out): they are slowed down in memory by the
-- sign-in throttle, and counted on the account only to tell its owner at their next sign-in.
ALTER TABLE account DROP COLUMN locked_until;
ALTER TABLE account ADD COLUMN last_failed_sign_in_at TIMESTAMP WITH TIME ZONE;
