-- A person's own time zone (an IANA name such as Europe/Madrid), for the times they choose: walk reminders, quiet
-- hours, the Monday summary and the morning list. None: the clinic's (PORTAL_CLINIC_TIME_ZONE).
ALTER TABLE account ADD COLUMN time_zone VARCHAR(50);
