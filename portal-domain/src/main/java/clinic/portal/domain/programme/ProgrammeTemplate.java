package clinic.portal.domain.programme;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * A reusable programme without a patient ("Acute low back pain – first week"). Editing a template replaces its
 * plan; programmes assigned from it keep the plan they were given.
 */
@Entity
@Table(name = "programme_template")
public class ProgrammeTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @SequenceGenerator(name = "programme_template_seq", sequenceName = "programme_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_template_seq")
    private Long id;

    @NotBlank(message = "{template.name.required}")
    @Size(max = NAME_MAX, message = "{template.name.size}")
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = DESCRIPTION_MAX, message = "{template.description.size}")
    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @OneToOne(optional = false, cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public ProgrammeTemplate() {
    }

    public ProgrammeTemplate(String name, String description, Plan plan) {
        this.name = name;
        this.description = description;
        this.plan = Objects.requireNonNull(plan);
    }

    public void replacePlan(Plan plan) {
        this.plan = Objects.requireNonNull(plan);
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public Plan getPlan() {
        return plan;
    }

    public boolean isArchived() {
        return archived;
    }

    public long getVersion() {
        return version;
    }
}
