package clinic.portal.domain.account;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a new password must meet. Length beats complexity rules (NIST SP 800-63B), so the policy asks for a long
 * password, then refuses the guessable ones: the username, and anything a strength estimator finds easy to guess
 * (common passwords, words, names, dates, keyboard patterns, repeats, and the person's own name or email), using
 * nbvcxz, a maintained port of zxcvbn that ships its own dictionaries. The estimate must reach
 * {@value #MIN_ENTROPY_BITS} bits, nbvcxz's own default.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final double MIN_ENTROPY_BITS = 35;

    /** nbvcxz's dictionaries, loaded once (about a quarter of a second). */
    private static final List<Dictionary> DICTIONARIES = List.copyOf(ConfigurationBuilder.getDefaultDictionaries());

    /** Why a password was refused; each has a message key {@code password.problem.<name>}. */
    public enum Problem {
        REQUIRED,
        TOO_SHORT,
        TOO_LONG,
        SAME_AS_USERNAME,
        /** Long enough, but common or made of guessable parts. */
        GUESSABLE
    }

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, or empty when it is acceptable for this username. */
    public static Optional<Problem> check(String username, String password) {
        return check(username, password, List.of());
    }

    /**
     * The first rule the password breaks, or empty when it is acceptable.
     *
     * @param personal words of the person's own that must not make the password easy (their name, their email)
     */
    public static Optional<Problem> check(String username, String password, Collection<String> personal) {
        if (password == null || password.isBlank()) {
            return Optional.of(Problem.REQUIRED);
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.SAME_AS_USERNAME);
        }
        Result estimate = estimator(username, personal).estimate(password);
        return estimate.getEntropy() < MIN_ENTROPY_BITS ? Optional.of(Problem.GUESSABLE) : Optional.empty();
    }

    private static Nbvcxz estimator(String username, Collection<String> personal) {
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
        List<String> words = new ArrayList<>();
        if (username != null) {
            words.add(username);
        }
        personal.stream().filter(Objects::nonNull).forEach(words::add);
        words.stream()
                .flatMap(word -> Arrays.stream(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(part -> part.length() >= 3)
                .distinct()
                .forEach(part -> own.addWord(part, 0));
        List<Dictionary> dictionaries = new ArrayList<>(DICTIONARIES);
        dictionaries.add(own.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY_BITS)
                .createConfiguration());
    }
}
