package clinic.portal.ejb.programme;

import java.io.Serializable;

/** A template as lists and pickers show it. */
public record TemplateSummary(Long id, String name, String description) implements Serializable {
}
