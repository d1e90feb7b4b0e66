package clinic.portal.domain.outcome;

/**
 * One question of a questionnaire. Its words are in the bundles as {@code questionnaire.<QUESTIONNAIRE>.<key>}.
 *
 * @param key      the item's name within its questionnaire, as stored with the answer
 * @param scale    how it is answered
 * @param required whether every response answers it
 * @param goesWith another item that must be answered when this one is (a PSFS activity and its rating), or null
 */
public record Item(String key, AnswerScale scale, boolean required, String goesWith) {

    static Item of(String key, AnswerScale scale) {
        return new Item(key, scale, true, null);
    }

    static Item optional(String key, AnswerScale scale, String goesWith) {
        return new Item(key, scale, false, goesWith);
    }
}
