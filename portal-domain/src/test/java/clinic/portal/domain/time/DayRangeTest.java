package clinic.portal.domain.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DayRangeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void aRangeEndsOnOrAfterItsStartAndCoversAtMostAYearAndADay() {
        assertEquals(Optional.empty(), DayRange.problem(DAY, DAY));
        assertEquals(Optional.of(DayRange.REVERSED), DayRange.problem(DAY, DAY.minusDays(1)));
        assertEquals(Optional.empty(), DayRange.problem(DAY, DAY.plusDays(DayRange.MAX_DAYS - 1)));
        assertEquals(Optional.of(DayRange.TOO_LONG), DayRange.problem(DAY, DAY.plusDays(DayRange.MAX_DAYS)));
        assertEquals(Optional.empty(), DayRange.problem(null, DAY), "open at the start");
        assertEquals(Optional.empty(), DayRange.problem(DAY, null), "open at the end");
    }
}
