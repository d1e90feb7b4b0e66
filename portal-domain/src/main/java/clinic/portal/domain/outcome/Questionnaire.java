package clinic.portal.domain.outcome;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static clinic.portal.domain.outcome.AnswerScale.AGREE_DISAGREE;
import static clinic.portal.domain.outcome.AnswerScale.BOTHERSOME;
import static clinic.portal.domain.outcome.AnswerScale.WORDS;
import static clinic.portal.domain.outcome.AnswerScale.ZERO_TO_TEN;

/**
 * The outcome questionnaires the portal asks, as data: their items and answer scales (the words are in the bundles,
 * {@code questionnaire.<NAME>.*}), how a response is scored, and when a later score differs from the first by at
 * least the minimal clinically important difference (MCID). The one place where scores are computed; the page that
 * asks them is one page for all.
 */
public enum Questionnaire {

    /**
     * The Keele STarT Back Screening Tool (Hill et al. 2008): nine items about the last two weeks. Items 1–8 score 1
     * for "agree"; item 9 ("how bothersome") scores 1 for "very much" or "extremely". The total is 0–9 and the
     * psychosocial subscore (items 5–9) 0–5: a total of 3 or less is low risk; 4 or more is medium risk unless the
     * subscore is 4 or more, which is high risk. A change of risk group is the change that matters.
     */
    STARTBACK(List.of(Item.of("leg", AGREE_DISAGREE), Item.of("shoulder", AGREE_DISAGREE),
            Item.of("walked", AGREE_DISAGREE), Item.of("dressed", AGREE_DISAGREE), Item.of("safe", AGREE_DISAGREE),
            Item.of("worry", AGREE_DISAGREE), Item.of("terrible", AGREE_DISAGREE), Item.of("enjoy", AGREE_DISAGREE),
            Item.of("bothersome", BOTHERSOME))) {
        @Override
        Score score(Map<String, Integer> n) {
            int physical = n.get("leg") + n.get("shoulder") + n.get("walked") + n.get("dressed");
            int psychosocial = n.get("safe") + n.get("worry") + n.get("terrible") + n.get("enjoy")
                    + (n.get("bothersome") >= BOTHERSOME_COUNTS ? 1 : 0);
            int total = physical + psychosocial;
            Band band = total <= 3 ? Band.LOW_RISK : psychosocial >= 4 ? Band.HIGH_RISK : Band.MEDIUM_RISK;
            return new Score(total, psychosocial, band);
        }

        @Override
        public Change change(Score first, Score later) {
            int groups = later.band().compareTo(first.band());
            return new Change(later.value() - first.value(), groups < 0 ? Change.Trend.BETTER
                    : groups > 0 ? Change.Trend.WORSE : Change.Trend.NO_CLEAR_CHANGE);
        }
    },

    /**
     * The Patient-Specific Functional Scale (Stratford et al. 1995): up to three activities the patient finds hard,
     * named in their own words, each rated from 0 (unable to do it) to 10 (able to do it as before the problem). The
     * score is the mean of the ratings; higher is better, and 2 points is the MCID (Abbott &amp; Schmitt 2014).
     */
    PSFS(List.of(Item.of("activity1", WORDS), Item.of("ability1", ZERO_TO_TEN),
            Item.optional("activity2", WORDS, "ability2"), Item.optional("ability2", ZERO_TO_TEN, "activity2"),
            Item.optional("activity3", WORDS, "ability3"), Item.optional("ability3", ZERO_TO_TEN, "activity3"))) {
        @Override
        Score score(Map<String, Integer> n) {
            double mean = n.entrySet().stream().filter(e -> e.getKey().startsWith("ability"))
                    .mapToInt(Map.Entry::getValue).average().orElseThrow();
            return new Score(Math.round(mean * 100) / 100.0, null, null);
        }

        @Override
        public Change change(Score first, Score later) {
            double difference = later.value() - first.value();
            return new Change(difference, Math.abs(difference) < PSFS_MCID ? Change.Trend.NO_CLEAR_CHANGE
                    : difference > 0 ? Change.Trend.BETTER : Change.Trend.WORSE);
        }
    },

    /**
     * The week's pain: the average and the worst over the last seven days, each 0 (no pain) to 10 (worst pain
     * imaginable). The score is the average, the worst its subscore; lower is better, and 2 points or 30% of the first
     * score is the MCID (Farrar et al. 2001; Ostelo et al. 2008).
     */
    PAIN(List.of(Item.of("average", ZERO_TO_TEN), Item.of("worst", ZERO_TO_TEN))) {
        @Override
        Score score(Map<String, Integer> n) {
            return new Score(n.get("average"), n.get("worst"), null);
        }

        @Override
        public Change change(Score first, Score later) {
            double difference = later.value() - first.value();
            boolean meaningful = Math.abs(difference) >= PAIN_MCID_POINTS
                    || (first.value() > 0 && Math.abs(difference) >= PAIN_MCID_SHARE * first.value());
            return new Change(difference, !meaningful ? Change.Trend.NO_CLEAR_CHANGE
                    : difference < 0 ? Change.Trend.BETTER : Change.Trend.WORSE);
        }
    };

    /** STarT Back item 9: "very much" (3) and "extremely" (4) count. */
    static final int BOTHERSOME_COUNTS = 3;
    /** The PSFS MCID, in points of the mean. */
    public static final double PSFS_MCID = 2;
    /** The pain MCID: 2 points, or 30% of the first score. */
    public static final double PAIN_MCID_POINTS = 2;
    public static final double PAIN_MCID_SHARE = 0.3;

    private final List<Item> items;

    Questionnaire(List<Item> items) {
        this.items = items;
    }

    public List<Item> items() {
        return items;
    }

    /** Scores answers that passed {@link #problem}, their numbers by item. */
    abstract Score score(Map<String, Integer> numbers);

    /** How the later score compares with the first. */
    public abstract Change change(Score first, Score later);

    /** Why answers cannot be a response, by item: the first problem found, in the items' order. */
    public record Problem(String item, Kind kind) {

        public enum Kind {
            /** A required item (or one that goes with an item answered) has no answer. */
            MISSING,
            /** A number outside the item's scale, or words where a number belongs, or the other way round. */
            NOT_ON_SCALE,
            /** Words longer than {@link AnswerScale#WORDS_MAX}. */
            TOO_LONG,
            /** An answer to an item the questionnaire does not have, or two answers to one item. */
            UNKNOWN_ITEM
        }
    }

    /** The first reason the answers cannot be a response, or empty when they can. */
    public Optional<Problem> problem(List<Answer> answers) {
        Set<String> keys = items.stream().map(Item::key).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (Answer answer : answers) {
            if (!keys.contains(answer.getItem()) || !seen.add(answer.getItem())) {
                return Optional.of(new Problem(answer.getItem(), Problem.Kind.UNKNOWN_ITEM));
            }
        }
        Map<String, Answer> given = answers.stream().filter(Answer::isGiven)
                .collect(Collectors.toMap(Answer::getItem, Function.identity()));
        for (Item item : items) {
            Answer answer = given.get(item.key());
            if (answer == null) {
                boolean needed = item.required() || (item.goesWith() != null && given.containsKey(item.goesWith()));
                if (needed) {
                    return Optional.of(new Problem(item.key(), Problem.Kind.MISSING));
                }
            } else if (item.scale().isNumber()
                    ? answer.getNumber() == null || !item.scale().allows(answer.getNumber()) : answer.getText() == null) {
                return Optional.of(new Problem(item.key(), Problem.Kind.NOT_ON_SCALE));
            } else if (answer.getText() != null && answer.getText().length() > AnswerScale.WORDS_MAX) {
                return Optional.of(new Problem(item.key(), Problem.Kind.TOO_LONG));
            }
        }
        return Optional.empty();
    }

    /**
     * Scores the answers.
     *
     * @throws IllegalArgumentException when they have a {@link #problem}
     */
    public Score scoreOf(List<Answer> answers) {
        problem(answers).ifPresent(p -> {
            throw new IllegalArgumentException(this + " answers: " + p);
        });
        return score(answers.stream().filter(a -> a.isGiven() && a.getNumber() != null)
                .collect(Collectors.toMap(Answer::getItem, Answer::getNumber)));
    }
}
