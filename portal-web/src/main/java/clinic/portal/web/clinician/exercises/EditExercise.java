package clinic.portal.web.clinician.exercises;

import clinic.portal.ejb.exercise.PictureFiles;
import clinic.portal.web.Texts;
import clinic.portal.web.programme.ProgrammeView;
import jakarta.servlet.http.Part;
import clinic.portal.domain.exercise.Exercise;
import clinic.portal.domain.exercise.ExerciseKind;
import clinic.portal.domain.language.Language;
import clinic.portal.ejb.exercise.ExerciseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /clinician/exercises/edit.xhtml[?id=…]}: a new exercise, or an existing one with the version it
 * was read at, so a concurrent edit is refused rather than overwritten.
 */
@Named
@ViewScoped
public class EditExercise implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseService exercises;

    private Long id;
    private Exercise exercise;
    private transient Part upload;
    private String pictureAlt;

    public void load() throws IOException {
        if (id == null) {
            exercise = new Exercise();
            return;
        }
        exercise = exercises.getExercise(id);
    }

    public void save() throws IOException {
        if (exercise.getId() == null) {
            exercises.create(exercise);
        } else {
            exercises.update(exercise);
        }
        Messages.addFlashGlobalInfo("exercise.saved", exercise.localizedName());
        Faces.redirect(Faces.getRequestContextPath() + "/clinician/exercises/index.xhtml");
    }

    /**
     * Gives the exercise the uploaded picture (read up to one byte past the limit, so that a larger file is refused
     * with its message without being read whole), then shows the page again with it.
     */
    public void uploadPicture() throws IOException {
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes(PictureFiles.MAX_BYTES + 1);
        }
        exercises.setPicture(id, bytes, pictureAlt);
        Messages.addFlashGlobalInfo("picture.saved");
        Faces.redirect(Faces.getRequestContextPath() + "/clinician/exercises/edit.xhtml?id=" + id);
    }

    public void removePicture() throws IOException {
        exercises.removePicture(id);
        Messages.addFlashGlobalInfo("picture.removed");
        Faces.redirect(Faces.getRequestContextPath() + "/clinician/exercises/edit.xhtml?id=" + id);
    }

    /** What shows the exercise now: its uploaded picture, its drawing, or nothing. */
    public ProgrammeView.Picture getPicture() {
        return exercise == null || exercise.getId() == null ? null : ProgrammeView.Picture.of(exercise, Texts.locale());
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getPictureAlt() {
        return pictureAlt;
    }

    public void setPictureAlt(String pictureAlt) {
        this.pictureAlt = pictureAlt;
    }

    /** The languages the exercise's words can be written in besides the base one, each in a section of the form. */
    public List<Language> getTranslations() {
        return Arrays.stream(Language.values()).filter(l -> l != Language.BASE).toList();
    }

    public ExerciseKind[] getKinds() {
        return ExerciseKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Exercise getExercise() {
        return exercise;
    }
}
