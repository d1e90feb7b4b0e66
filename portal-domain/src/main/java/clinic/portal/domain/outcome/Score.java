package clinic.portal.domain.outcome;

import java.io.Serializable;

/**
 * A response's score, as its questionnaire computes it.
 *
 * @param value    the overall score: STarT Back's total (0–9), the PSFS mean (0–10, to two decimals), the week's
 *                 average pain (0–10)
 * @param subscore STarT Back's psychosocial subscore (0–5), the week's worst pain; null for the PSFS
 * @param band     STarT Back's risk group; null for the others
 */
public record Score(double value, Integer subscore, Band band) implements Serializable {
}
