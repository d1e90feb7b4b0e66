package clinic.portal.web.warning;

import clinic.portal.domain.log.RedFlag;
import clinic.portal.domain.log.Urgency;
import clinic.portal.ejb.warning.WarningSign;
import clinic.portal.ejb.warning.WarningSignService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /patient/warning.xhtml}: a patient reports warning signs on their own, without recording a session,
 * and is told at once what to do; below, their recent warning signs and whether the clinic has reviewed them.
 */
@Named
@ViewScoped
public class ReportWarning implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WarningSignService warningSigns;

    private Set<RedFlag> signs = new HashSet<>();
    private Urgency advice;
    private List<WarningSign> recent;

    @PostConstruct
    void load() {
        recent = warningSigns.mine();
    }

    public void send() {
        if (signs == null || signs.isEmpty()) {
            Messages.addError("form:signs", "warning.report.none");
            return;
        }
        WarningSign reported = warningSigns.report(EnumSet.copyOf(signs));
        advice = reported.urgency();
        signs = new HashSet<>();
        recent = java.util.stream.Stream.concat(java.util.stream.Stream.of(reported), recent.stream()).toList();
    }

    /** The patient has read the advice and closes it. */
    public void closeAdvice() {
        advice = null;
    }

    public Urgency getAdvice() {
        return advice;
    }

    public Set<RedFlag> getSigns() {
        return signs;
    }

    public void setSigns(Set<RedFlag> signs) {
        this.signs = signs;
    }

    public List<WarningSign> getRecent() {
        return recent;
    }
}
