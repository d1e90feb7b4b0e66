package clinic.portal.domain.outcome;

/** The STarT Back Tool's risk groups, lowest first (NICE NG59: stratify care by them). */
public enum Band {
    LOW_RISK,
    MEDIUM_RISK,
    HIGH_RISK
}
