package clinic.portal.domain.review;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class PatientReviewTest {

    @Test
    void everyFlagButTheWarningSignIsStoredAndReadBack() {
        Set<ReviewFlag> all = EnumSet.allOf(ReviewFlag.class);
        int bits = PatientReview.stored(all);

        assertEquals(EnumSet.complementOf(EnumSet.of(ReviewFlag.RED_FLAG)), PatientReview.flags(bits, false),
                "a warning sign is read live, never stored");
        assertEquals(all, PatientReview.flags(bits, true));
        assertEquals(Set.of(), PatientReview.flags(0, false));
        for (ReviewFlag flag : ReviewFlag.values()) {
            assertEquals(flag == ReviewFlag.RED_FLAG ? Set.of() : Set.of(flag),
                    PatientReview.flags(PatientReview.stored(Set.of(flag)), false));
        }
    }

    @Test
    void theStoredUrgencySortsAsTheRulesDo() {
        List<Set<ReviewFlag>> cases = new ArrayList<>();
        cases.add(Set.of());
        for (ReviewFlag flag : ReviewFlag.values()) {
            if (flag != ReviewFlag.RED_FLAG) {
                cases.add(EnumSet.of(flag));
                cases.add(EnumSet.of(flag, ReviewFlag.LOW_ADHERENCE));
            }
        }
        List<Set<ReviewFlag>> byRules = cases.stream().sorted(Review.MOST_URGENT_FIRST).toList();
        List<Set<ReviewFlag>> byStored = cases.stream()
                .sorted(Comparator.comparingInt(PatientReview::urgency)).toList();

        assertEquals(byRules, byStored);
        assertEquals(PatientReview.NOTHING_TO_REVIEW, PatientReview.urgency(Set.of()));
        assertEquals(PatientReview.NOTHING_TO_REVIEW, PatientReview.urgency(Set.of(ReviewFlag.RED_FLAG)),
                "the list puts an open warning sign first itself, from the live alerts");
    }

    @Test
    void aFirstReviewIsUpToDateForItsDay() {
        PatientReview review = PatientReview.first(42, LocalDate.of(2026, 12, 6),
                EnumSet.of(ReviewFlag.RED_FLAG, ReviewFlag.INACTIVE));

        assertEquals(42L, review.getPatientId());
        assertEquals(Set.of(ReviewFlag.INACTIVE), review.getFlags());
        assertEquals(LocalDate.of(2026, 12, 6), review.getReviewedFor());
        assertFalse(review.getFlags().contains(ReviewFlag.RED_FLAG));
    }
}
