package clinic.portal.ejb.programme;

import java.io.Serializable;
import java.time.LocalDate;

/** A programme that is over: from its first day to its last. */
public record PastProgramme(LocalDate firstDay, LocalDate lastDay) implements Serializable {
}
