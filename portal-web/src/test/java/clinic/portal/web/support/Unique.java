package clinic.portal.web.support;

import java.util.UUID;

/** Test-only: names no other test run uses, so tests make their own data even on a shared database. */
public final class Unique {

    private Unique() {
    }

    public static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
