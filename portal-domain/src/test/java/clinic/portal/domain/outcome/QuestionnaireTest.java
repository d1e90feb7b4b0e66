package clinic.portal.domain.outcome;

import clinic.portal.domain.outcome.Questionnaire.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Scoring against the published rules, with worked examples: the STarT Back Tool's scoring sheet (Keele University:
 * total of the nine items, items 5–9 the psychosocial subscore; 0–3 low risk; 4–9 medium, or high with a subscore of
 * 4–5), the PSFS mean with its MCID of 2 points, the week's pain with 2 points or 30%.
 */
class QuestionnaireTest {

    /** STarT Back answers: the items agreed with (1–8), and item 9 from 0 "not at all" to 4 "extremely". */
    private static List<Answer> startBack(int bothersome, int... agreed) {
        List<String> keys = List.of("leg", "shoulder", "walked", "dressed", "safe", "worry", "terrible", "enjoy");
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            int item = i + 1;
            answers.add(Answer.number(keys.get(i), java.util.Arrays.stream(agreed).anyMatch(a -> a == item) ? 1 : 0));
        }
        answers.add(Answer.number("bothersome", bothersome));
        return answers;
    }

    @Test
    void startBackNothingAgreedIsLowRisk() {
        assertEquals(new Score(0, 0, Band.LOW_RISK), Questionnaire.STARTBACK.scoreOf(startBack(2)),
                "'moderately' bothersome does not count");
    }

    @Test
    void startBackThreeIsStillLowRiskWhateverTheSubscore() {
        assertEquals(new Score(3, 3, Band.LOW_RISK), Questionnaire.STARTBACK.scoreOf(startBack(1, 5, 6, 7)));
    }

    @Test
    void startBackFourWithALowSubscoreIsMediumRisk() {
        assertEquals(new Score(4, 1, Band.MEDIUM_RISK), Questionnaire.STARTBACK.scoreOf(startBack(1, 1, 2, 3, 5)));
        assertEquals(new Score(7, 3, Band.MEDIUM_RISK),
                Questionnaire.STARTBACK.scoreOf(startBack(3, 1, 2, 3, 4, 5, 6)), "'very much' counts");
    }

    @Test
    void startBackASubscoreOfFourOrMoreIsHighRisk() {
        assertEquals(new Score(4, 4, Band.HIGH_RISK), Questionnaire.STARTBACK.scoreOf(startBack(3, 5, 6, 7)));
        assertEquals(new Score(9, 5, Band.HIGH_RISK),
                Questionnaire.STARTBACK.scoreOf(startBack(4, 1, 2, 3, 4, 5, 6, 7, 8)), "the highest score");
    }

    @Test
    void startBackChangesWhenTheRiskGroupDoes() {
        Score high = new Score(6, 4, Band.HIGH_RISK);
        Score medium = new Score(5, 2, Band.MEDIUM_RISK);
        Score low = new Score(2, 1, Band.LOW_RISK);
        assertEquals(Change.Trend.BETTER, Questionnaire.STARTBACK.change(high, low).trend());
        assertEquals(Change.Trend.WORSE, Questionnaire.STARTBACK.change(low, medium).trend());
        assertEquals(Change.Trend.NO_CLEAR_CHANGE, Questionnaire.STARTBACK.change(medium, new Score(7, 3,
                Band.MEDIUM_RISK)).trend(), "two points more in the same group");
        assertEquals(-4, Questionnaire.STARTBACK.change(high, low).difference());
    }

    @Test
    void psfsIsTheMeanOfTheActivitiesNamed() {
        assertEquals(4.0, psfs(3, 5, 4).value());
        assertEquals(6.5, psfs(6, 7).value());
        assertEquals(3.33, psfs(3, 3, 4).value(), "to two decimals");
        assertNull(psfs(2).band());
        assertNull(psfs(2).subscore());
    }

    @Test
    void psfsMeaningfulChangeIsTwoPointsAndHigherIsBetter() {
        assertEquals(Change.Trend.BETTER, Questionnaire.PSFS.change(psfs(3, 5, 4), psfs(5, 7, 6)).trend(),
                "exactly 2 points reaches it");
        assertEquals(Change.Trend.NO_CLEAR_CHANGE, Questionnaire.PSFS.change(psfs(3, 5, 4), psfs(5, 6, 6)).trend(),
                "1.67 points");
        assertEquals(Change.Trend.WORSE, Questionnaire.PSFS.change(psfs(6), psfs(3, 4)).trend());
    }

    @Test
    void weeklyPainMeaningfulChangeIsTwoPointsOrThirtyPercentAndLowerIsBetter() {
        assertEquals(new Score(6, 8, null), pain(6, 8));
        assertEquals(Change.Trend.BETTER, Questionnaire.PAIN.change(pain(6, 8), pain(4, 6)).trend(), "2 points");
        assertEquals(Change.Trend.NO_CLEAR_CHANGE, Questionnaire.PAIN.change(pain(5, 7), pain(4, 7)).trend(),
                "1 point, 20%");
        assertEquals(Change.Trend.BETTER, Questionnaire.PAIN.change(pain(3, 5), pain(2, 5)).trend(), "1 point, 33%");
        assertEquals(Change.Trend.WORSE, Questionnaire.PAIN.change(pain(4, 5), pain(6, 8)).trend());
        assertEquals(Change.Trend.NO_CLEAR_CHANGE, Questionnaire.PAIN.change(pain(0, 1), pain(1, 2)).trend(),
                "no share of nothing");
    }

    @Test
    void answersThatCannotBeAResponseSayWhichItemAndWhy() {
        assertEquals(Optional.of(new Problem("bothersome", Problem.Kind.MISSING)),
                Questionnaire.STARTBACK.problem(startBack(0).subList(0, 8)));
        List<Answer> outOfRange = new ArrayList<>(startBack(0));
        outOfRange.set(0, Answer.number("leg", 2));
        assertEquals(Optional.of(new Problem("leg", Problem.Kind.NOT_ON_SCALE)), Questionnaire.STARTBACK.problem(outOfRange));
        assertEquals(Optional.of(new Problem("ability2", Problem.Kind.MISSING)), Questionnaire.PSFS.problem(List.of(
                Answer.words("activity1", "Gardening"), Answer.number("ability1", 3), Answer.words("activity2", "Golf"))),
                "an activity named needs its rating");
        assertEquals(Optional.of(new Problem("activity2", Problem.Kind.MISSING)), Questionnaire.PSFS.problem(List.of(
                Answer.words("activity1", "Gardening"), Answer.number("ability1", 3), Answer.number("ability2", 5))),
                "a rating needs its activity");
        assertEquals(Optional.of(new Problem("activity1", Problem.Kind.MISSING)), Questionnaire.PSFS.problem(List.of(
                Answer.words("activity1", "   "), Answer.number("ability1", 3))), "blank words are no answer");
        assertEquals(Optional.of(new Problem("activity1", Problem.Kind.TOO_LONG)), Questionnaire.PSFS.problem(List.of(
                Answer.words("activity1", "x".repeat(81)), Answer.number("ability1", 3))));
        assertEquals(Optional.of(new Problem("ability1", Problem.Kind.NOT_ON_SCALE)), Questionnaire.PSFS.problem(List.of(
                Answer.words("activity1", "Sitting"), Answer.words("ability1", "three"))));
        assertEquals(Optional.of(new Problem("mood", Problem.Kind.UNKNOWN_ITEM)), Questionnaire.PAIN.problem(List.of(
                Answer.number("average", 3), Answer.number("worst", 4), Answer.number("mood", 1))));
        assertEquals(Optional.of(new Problem("average", Problem.Kind.UNKNOWN_ITEM)), Questionnaire.PAIN.problem(List.of(
                Answer.number("average", 3), Answer.number("average", 4), Answer.number("worst", 4))), "twice");
        assertThrows(IllegalArgumentException.class, () -> Questionnaire.PAIN.scoreOf(List.of(Answer.number("average", 3))));
    }

    private static Score psfs(int... abilities) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < abilities.length; i++) {
            answers.add(Answer.words("activity" + (i + 1), "Activity " + (i + 1)));
            answers.add(Answer.number("ability" + (i + 1), abilities[i]));
        }
        return Questionnaire.PSFS.scoreOf(answers);
    }

    private static Score pain(int average, int worst) {
        return Questionnaire.PAIN.scoreOf(List.of(Answer.number("average", average), Answer.number("worst", worst)));
    }
}
