package clinic.portal.ejb.programme;

import clinic.portal.domain.programme.PlanDraft;

import java.io.Serializable;

/** A template as its editor starts from it: the version it read, and a draft of its plan. */
public record TemplateDraft(long id, long version, String name, String description, PlanDraft plan)
        implements Serializable {
}
