package clinic.portal.domain.exercise;

/** How often a dose is taken: so many sessions each day, or on so many days each week. */
public enum Frequency {
    PER_DAY(1, 10),
    PER_WEEK(1, 7);

    private final int min;
    private final int max;

    Frequency(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public boolean accepts(int count) {
        return count >= min && count <= max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
