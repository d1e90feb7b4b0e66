package clinic.portal.ejb.programme;

import clinic.portal.domain.programme.PlanDraft;
import clinic.portal.domain.programme.ProgrammeTemplate;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

import static clinic.portal.domain.account.Role.Names.CLINICIAN;

/** Reusable programmes without a patient, kept by the clinicians. */
@Stateless
@RolesAllowed(CLINICIAN)
public class TemplateService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Plans plans;

    public List<TemplateSummary> list() {
        return em.createQuery("SELECT NEW clinic.portal.ejb.programme.TemplateSummary(t.id, t.name, t.description)"
                + " FROM ProgrammeTemplate t WHERE t.archived = FALSE ORDER BY t.name", TemplateSummary.class)
                .getResultList();
    }

    /** The template with a draft of its plan, ready to edit or to assign (cautions to be confirmed again). */
    public TemplateDraft getDraft(long id) {
        ProgrammeTemplate template = getTemplate(id);
        return new TemplateDraft(template.getId(), template.getVersion(), template.getName(),
                template.getDescription(), PlanDraft.of(template.getPlan(), true));
    }

    public PlanDraft planForPatient(long id) {
        return PlanDraft.of(getTemplate(id).getPlan(), false);
    }

    public ProgrammeTemplate create(@NotBlank @Size(max = ProgrammeTemplate.NAME_MAX) String name,
                                    @Size(max = ProgrammeTemplate.DESCRIPTION_MAX) String description,
                                    @NotNull @Valid PlanDraft plan) {
        ProgrammeTemplate template = new ProgrammeTemplate(name, description, plans.build(plan, Set.of()));
        template.setName(name);
        template.setDescription(description);
        em.persist(template);
        return template;
    }

    /**
     * Replaces a template's name, description and plan.
     *
     * @throws RuleViolation ({@code template.stale}) when someone else saved it since {@code expectedVersion}
     */
    public void update(long id, long expectedVersion, @NotBlank @Size(max = ProgrammeTemplate.NAME_MAX) String name,
                       @Size(max = ProgrammeTemplate.DESCRIPTION_MAX) String description,
                       @NotNull @Valid PlanDraft plan) {
        ProgrammeTemplate template = getTemplate(id);
        if (template.getVersion() != expectedVersion) {
            throw new RuleViolation("template.stale", null);
        }
        em.lock(template, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        template.setName(name);
        template.setDescription(description);
        template.replacePlan(plans.build(plan, Plans.exerciseIds(template.getPlan())));
    }

    public void archive(long id) {
        getTemplate(id).archive();
    }

    private ProgrammeTemplate getTemplate(long id) {
        ProgrammeTemplate template = em.find(ProgrammeTemplate.class, id);
        if (template == null) {
            throw new NotFoundException("template", id);
        }
        return template;
    }
}
