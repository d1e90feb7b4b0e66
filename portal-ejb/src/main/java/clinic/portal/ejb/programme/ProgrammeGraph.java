package clinic.portal.ejb.programme;

import clinic.portal.domain.programme.Programme;
import jakarta.persistence.TypedQuery;

/**
 * Loads programmes with their revisions, plans, prescriptions and exercises in a few IN queries (EclipseLink batch
 * fetching) instead of one query per row, for every service that walks a programme.
 */
public final class ProgrammeGraph {

    private static final String[] PATHS = {"p.revisions", "p.revisions.plan", "p.revisions.plan.phases",
            "p.revisions.plan.phases.prescriptions", "p.revisions.plan.phases.prescriptions.exercise",
            "p.revisions.author", "p.clinician", "p.patient"};

    private ProgrammeGraph() {
    }

    /** The query, told to batch-fetch the programme graph; its alias must be {@code p}. */
    public static TypedQuery<Programme> batched(TypedQuery<Programme> query) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : PATHS) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }
}
