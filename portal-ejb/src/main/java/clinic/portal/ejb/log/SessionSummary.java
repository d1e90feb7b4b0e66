package clinic.portal.ejb.log;

import clinic.portal.domain.language.Localized;
import clinic.portal.domain.log.SessionLog;
import clinic.portal.domain.log.SessionWindow;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One session as the history and the clinician's patient page list it: a view, not the entity.
 *
 * @param warningSigns whether warning signs were ticked in it
 * @param editable     whether the patient may still correct or delete it ({@link SessionWindow})
 */
public record SessionSummary(long id, LocalDate day, Localized what, Integer minutes, Integer sets, Integer painBefore,
                             Integer painAfter, String note, boolean warningSigns, boolean editable) implements Serializable {

    public static SessionSummary of(SessionLog session, LocalDate today) {
        return new SessionSummary(session.getId(), session.getLocalDay(), session.getWhat(), session.getMinutes(),
                session.getSets(), session.getPainBefore(), session.getPainAfter(), session.getNote(),
                session.hasRedFlag(), SessionWindow.isOpen(session.getLocalDay(), today));
    }
}
