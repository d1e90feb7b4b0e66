package clinic.portal.web.programme;

import clinic.portal.domain.programme.PlanChange;
import clinic.portal.domain.programme.PlanPhase;
import clinic.portal.domain.programme.Programme;
import clinic.portal.domain.programme.ProgrammeRevision;

import clinic.portal.web.Texts;
import java.io.Serializable;
import java.util.Locale;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A programme as the clinician's and the patient's pages show it: the latest plan phase by phase, with dates,
 * today's phase marked, doses in words, and the history of revisions with what each changed.
 */
public record ProgrammeView(long id, LocalDate startDate, LocalDate endsOn, String note, String clinician,
                            LocalDate latestFrom, List<PhaseView> phases, List<RevisionView> revisions) implements Serializable {

    public record PhaseView(String name, LocalDate from, LocalDate until, boolean current, List<LineView> lines) implements Serializable {
    }

    public record LineView(long exerciseId, String exercise, String dose, String instructions, String mediaUrl,
                           boolean caution, String cautionReason, Picture picture) implements Serializable {
    }

    /**
     * What shows an exercise: the picture a clinician uploaded ({@code version} set), else the drawing made for a
     * seeded exercise ({@code illustration}); {@code alt} says what it shows.
     */
    public record Picture(long exerciseId, Integer version, String illustration, String alt) implements Serializable {

        /** The uploaded picture or the drawing of the exercise, if it has either; null when it has neither. */
        public static Picture of(clinic.portal.domain.exercise.Exercise exercise, Locale locale) {
            if (exercise.getPictureVersion() != null) {
                return new Picture(exercise.getId(), exercise.getPictureVersion(), null, exercise.getPictureAlt());
            }
            if (exercise.getIllustration() != null) {
                return new Picture(exercise.getId(), null, exercise.getIllustration(),
                        Texts.get(locale, "illustration." + exercise.getIllustration()));
            }
            return null;
        }

        public boolean uploaded() {
            return version != null;
        }

        /** The uploaded picture's address in the portal (it changes with each upload, so it is cached for good). */
        public String path() {
            return "/exercise-pictures/" + exerciseId + "?v=" + version;
        }

        /** The drawing's resource name in the portal's library, for a page. */
        public String resource() {
            return "exercises/" + illustration + ".svg";
        }

        /** The drawing's PNG copy on the class path, for a PDF (OpenPDF does not draw SVG). */
        public String png() {
            return "/clinic/portal/web/exercises/" + illustration + ".png";
        }
    }

    public record RevisionView(int number, LocalDate effectiveFrom, String author, OffsetDateTime createdAt,
                               List<String> changes) implements Serializable {
    }

    public static ProgrammeView of(Programme programme, LocalDate today, DoseWords words) {
        return of(programme, today, words, Texts.locale());
    }

    /** The programme in words of a given language (a handout is in the patient's, whoever downloads it). */
    public static ProgrammeView of(Programme programme, LocalDate today, DoseWords words, Locale locale) {
        ProgrammeRevision latest = programme.latestRevision();
        Optional<PlanPhase> currentPhase = latest.appliesOn(today) || today.isBefore(latest.getEffectiveFrom())
                ? latest.getPlan().phaseOn(ChronoUnit.DAYS.between(programme.getStartDate(), today))
                : Optional.empty();
        List<PhaseView> phases = latest.getPlan().getPhases().stream().map(phase -> new PhaseView(
                phase.getName(),
                programme.startOf(phase),
                phase.getLengthDays() == null ? null : programme.startOf(phase).plusDays(phase.getLengthDays() - 1L),
                programme.isActiveOn(today) && currentPhase.map(p -> p == phase).orElse(false),
                phase.getPrescriptions().stream().map(p -> new LineView(p.getExercise().getId(),
                        p.getExercise().localizedName().in(locale), words.of(p.getDose(), locale),
                        p.getExercise().localizedInstructions().in(locale),
                        p.getExercise().getMediaUrl(), p.getExercise().isCaution(),
                        p.getExercise().localizedCautionReason().in(locale),
                        Picture.of(p.getExercise(), locale))).toList())).toList();
        List<RevisionView> revisions = new ArrayList<>();
        ProgrammeRevision previous = null;
        for (ProgrammeRevision revision : programme.getRevisions()) {
            List<String> changes = previous == null ? List.of()
                    : PlanChange.between(previous.getPlan(), revision.getPlan()).stream().map(words::change).toList();
            revisions.add(0, new RevisionView(revision.getNumber(), revision.getEffectiveFrom(),
                    revision.getAuthor().getDisplayName(), revision.getCreatedAt(), changes));
            previous = revision;
        }
        return new ProgrammeView(programme.getId(), programme.getStartDate(), programme.getEndsOn(), programme.getNote(),
                programme.getClinician().getDisplayName(), latest.getEffectiveFrom(), phases, revisions);
    }
}
