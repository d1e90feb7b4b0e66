package clinic.portal.web.clinician.patients;

import clinic.portal.ejb.patient.PatientOverview;
import clinic.portal.ejb.patient.PatientOverviews;
import clinic.portal.ejb.patient.RecordPart;
import jakarta.inject.Inject;

import java.io.Serializable;

/**
 * One tab of the clinician's record of a patient ({@code /WEB-INF/templates/patient-record.xhtml}): the patient's id
 * from the address, and what the tab shows, read in one boundary call (with its ownership check and audit line).
 * Another clinician's patient, or an id that is missing, answers 404.
 * <p>
 * What the tab shows is read from the database and never travels with the session (it would be most of it): a node
 * that restores this view from another reads it again, with the same ownership check and audit.
 *
 * @param <T> what the tab's boundary call answers
 */
public abstract class RecordTab<T extends RecordPart> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The boundary that reads each part of the record, with its ownership check and audit line. */
    @Inject
    protected PatientOverviews patients;

    private Long id;
    private transient T record;

    /** The tab's view action, and its reading when a value is first asked for on a postback. */
    public void load() {
        record = read(id == null ? -1 : id);
        loaded(record);
    }

    /** The boundary call that reads the tab. */
    protected abstract T read(long patientId);

    /** Prepares what the tab shows from what was read (nothing, unless a tab needs it). */
    protected void loaded(T record) {
    }

    protected T record() {
        if (record == null) {
            load();
        }
        return record;
    }

    public PatientOverview.Contact getPatient() {
        return record().patient();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
