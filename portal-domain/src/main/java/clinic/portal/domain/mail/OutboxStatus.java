package clinic.portal.domain.mail;

/** Where an outbox message is: waiting to be sent (or retried), sent, or given up after every attempt failed. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
