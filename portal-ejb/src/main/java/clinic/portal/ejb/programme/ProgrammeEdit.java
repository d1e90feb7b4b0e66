package clinic.portal.ejb.programme;

import clinic.portal.domain.programme.PlanDraft;

import java.time.LocalDate;
import java.util.List;

/**
 * What the clinician's programme page starts from, in one call: a revision of the patient's current programme, or
 * a new programme from scratch or from a template.
 *
 * @param programmeId the programme revised, or null for a new one (then {@code templates} lists the choice)
 * @param version     the programme's version, so that a concurrent edit is refused
 * @param firstDay    the first day the change may take effect: today, or the latest revision's first day if later
 * @param draft       the plan to edit: the latest revision's (its cautioned exercises confirmed), or one empty phase
 */
public record ProgrammeEdit(String patientName, Long programmeId, long version, String note, LocalDate firstDay,
                            PlanDraft draft, List<TemplateSummary> templates) {

    public boolean revising() {
        return programmeId != null;
    }
}
