package clinic.portal.domain.programme;

import clinic.portal.domain.account.Account;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a programme prescribed from one date on: a frozen plan, who wrote it and when. It applies from
 * {@code effectiveFrom} until the next revision takes over ({@code effectiveUntil}, exclusive), which is the only
 * thing about it that ever changes.
 */
@Entity
@Table(name = "programme_revision")
public class ProgrammeRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "programme_revision_seq", sequenceName = "programme_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_revision_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Column(name = "number", nullable = false)
    private int number;

    @OneToOne(optional = false, cascade = CascadeType.ALL)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Account author;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ProgrammeRevision() {
    }

    ProgrammeRevision(Programme programme, int number, Plan plan, LocalDate effectiveFrom, Account author,
                      OffsetDateTime createdAt) {
        this.programme = programme;
        this.number = number;
        this.plan = plan;
        this.effectiveFrom = effectiveFrom;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** A later revision takes over from this date. */
    void supersedeFrom(LocalDate date) {
        if (effectiveUntil == null || date.isBefore(effectiveUntil)) {
            effectiveUntil = date.isBefore(effectiveFrom) ? effectiveFrom : date;
        }
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getNumber() {
        return number;
    }

    public Plan getPlan() {
        return plan;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public Account getAuthor() {
        return author;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
