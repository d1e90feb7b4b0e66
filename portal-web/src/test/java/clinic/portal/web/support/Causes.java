package clinic.portal.web.support;

/** Test-only: whether an exception has a cause of a type somewhere in its chain (EJB wraps what it throws). */
public final class Causes {

    private Causes() {
    }

    public static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
