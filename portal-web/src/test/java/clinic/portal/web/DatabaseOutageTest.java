package clinic.portal.web;

import jakarta.ejb.EJBException;
import jakarta.transaction.SystemException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean the database cannot be reached (a 503 and "try again"), and which are the portal's own (a 500). */
class DatabaseOutageTest {

    @Test
    void aDatabaseGoingAwayIsAnOutageWhereverItShowsInTheCauseChain() {
        assertTrue(DatabaseOutage.causedBy(new EJBException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causedBy(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("gone"))));
    }

    @Test
    void aTransactionWhoseConnectionDiedAsItEndedIsAnOutage() {
        // What Payara's transaction manager threw, without a cause, when PostgreSQL restarted under FaultIT's writes.
        EJBException thrown = new EJBException(new SystemException());
        assertTrue(DatabaseOutage.causedBy(thrown));
    }

    @Test
    void thePortalsOwnFaultsAreNot() {
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.causedBy(new EJBException(new SQLException("duplicate key value", "23505"))));
    }
}
