/**
 * Exercise programmes: a {@link clinic.portal.domain.programme.Plan} of phases and prescriptions, reused by
 * {@link clinic.portal.domain.programme.ProgrammeTemplate}s and assigned to one patient as a
 * {@link clinic.portal.domain.programme.Programme}.
 * <p>
 * A programme never rewrites its past: every change is a new {@link clinic.portal.domain.programme.ProgrammeRevision}
 * effective from a date, so what was prescribed on any past day stays answerable. Forms edit
 * {@link clinic.portal.domain.programme.PlanDraft}s, which services turn into entities.
 */
package clinic.portal.domain.programme;
