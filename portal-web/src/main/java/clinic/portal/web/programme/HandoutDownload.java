package clinic.portal.web.programme;

import clinic.portal.domain.language.Language;
import clinic.portal.domain.programme.Programme;
import clinic.portal.ejb.NotFoundException;
import clinic.portal.ejb.clinic.ClinicCalendar;
import clinic.portal.ejb.exercise.ExerciseService;
import clinic.portal.ejb.programme.ProgrammeService;
import clinic.portal.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;

/**
 * The "Handout (PDF)" buttons, as GET addresses that answer the file: the patient's on their programme page
 * ({@code /patient/handout.xhtml}, in the language of their pages), a clinician's on the patient page
 * ({@code /clinician/patients/handout.xhtml?patient=ID}, in the language the patient chose, else the base one: the
 * handout is for the patient, whoever prints it). Read, and audited, before anything is sent: no programme, or a
 * patient the caller may not see, is a 404.
 */
@Named
@RequestScoped
public class HandoutDownload {

    @Inject
    private ProgrammeService programmes;

    @Inject
    private ClinicCalendar calendar;

    @Inject
    private DoseWords words;

    @Inject
    private ExerciseService exercises;

    private Long patient;

    public void mine() throws IOException {
        send(programmes.handoutMine().orElseThrow(() -> new NotFoundException("programme", "mine")), Texts.locale());
    }

    public void ofPatient() throws IOException {
        Programme programme = programmes.handout(patient).orElseThrow(() -> new NotFoundException("programme", patient));
        send(programme, programme.getPatient().getLanguage().orElse(Language.BASE).locale());
    }

    /** Writes the whole PDF first (some kilobytes a picture), so that nothing half-written is ever sent. */
    private void send(Programme programme, Locale locale) throws IOException {
        ProgrammeView view = ProgrammeView.of(programme, calendar.today(), words, locale);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Handout.write(pdf, programme.getPatient().getDisplayName(), view, locale, calendar.today(), pictures(view));
        Faces.sendFile(pdf.toByteArray(), "programme-" + calendar.today() + ".pdf", true);
    }

    /**
     * Each exercise's picture for the PDF: the uploaded ones in one query, the drawings' PNG copies from the class
     * path.
     */
    private Map<Long, byte[]> pictures(ProgrammeView view) throws IOException {
        List<ProgrammeView.Picture> shown = view.phases().stream().flatMap(p -> p.lines().stream())
                .map(ProgrammeView.LineView::picture).filter(Objects::nonNull).distinct().toList();
        Map<Long, byte[]> pictures = new HashMap<>();
        exercises.pictures(shown.stream().filter(ProgrammeView.Picture::uploaded)
                        .map(ProgrammeView.Picture::exerciseId).toList())
                .forEach((id, picture) -> pictures.put(id, picture.getContent()));
        for (ProgrammeView.Picture picture : shown) {
            if (!picture.uploaded()) {
                try (InputStream png = HandoutDownload.class.getResourceAsStream(picture.png())) {
                    if (png != null) {
                        pictures.put(picture.exerciseId(), png.readAllBytes());
                    }
                }
            }
        }
        return pictures;
    }

    public Long getPatient() {
        return patient;
    }

    public void setPatient(Long patient) {
        this.patient = patient;
    }
}
