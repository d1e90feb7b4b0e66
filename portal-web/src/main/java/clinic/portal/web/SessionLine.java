package clinic.portal.web;

import clinic.portal.ejb.log.SessionSummary;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One session in a list, {@code <portal:sessionLine value="#{s}" forPatient="true"/>}: "<b>24 Nov 2026</b> — Walking —
 * 20 minutes, pain 5 → 3 — the note, Warning sign, Change". Written by one component from one expression: as a Facelets
 * include of ten components it evaluated about fifteen expressions a row, each finding the row's variable through the
 * whole chain of resolvers, and the history's rows, its sessions the most of them, were 37% of the page in a flight
 * recording (docs/scale.md).
 *
 * <p>Attributes: {@code value}, a {@link SessionSummary}; {@code forPatient}, the patient's own list, where a session
 * that may still be corrected has a "Change" link to {@code /patient/session.xhtml?id=…}. Texts come from the
 * bundle in the page's language and are escaped; the note is the patient's own text.
 */
@FacesComponent(SessionLine.TYPE)
public class SessionLine extends UIComponentBase {

    public static final String TYPE = "clinic.portal.SessionLine";

    private static final String EDIT_VIEW = "/patient/session.xhtml";

    enum PropertyKeys { value, forPatient }

    @Override
    public String getFamily() {
        return "clinic.portal";
    }

    public SessionSummary getValue() {
        return (SessionSummary) getStateHelper().eval(PropertyKeys.value);
    }

    public void setValue(SessionSummary value) {
        getStateHelper().put(PropertyKeys.value, value);
    }

    public boolean isForPatient() {
        return (Boolean) getStateHelper().eval(PropertyKeys.forPatient, false);
    }

    public void setForPatient(boolean forPatient) {
        getStateHelper().put(PropertyKeys.forPatient, forPatient);
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        SessionSummary line = getValue();
        if (line == null) {
            return;
        }
        Locale locale = context.getViewRoot().getLocale();
        ResponseWriter writer = context.getResponseWriter();

        writer.startElement("strong", this);
        writer.writeText(Clinic.formatDate(line.day(), locale), null);
        writer.endElement("strong");
        String done = line.minutes() == null
                ? Texts.get(locale, "history.session.sets", line.what(), line.sets())
                : Texts.get(locale, "history.session", line.what(), line.minutes());
        writer.writeText(" — " + done, null);
        if (line.painBefore() != null && line.painAfter() != null) {
            writer.writeText(", " + Texts.get(locale, "history.session.pain", line.painBefore(), line.painAfter()),
                    null);
        }
        if (line.note() != null && !line.note().isEmpty()) {
            span(writer, "muted", " — " + line.note());
        }
        if (line.warningSigns()) {
            span(writer, "tag-caution", " " + Texts.get(locale, "clinician.patients.redFlag"));
        }
        if (isForPatient() && line.editable()) {
            ViewHandler views = context.getApplication().getViewHandler();
            String url = views.getBookmarkableURL(context, EDIT_VIEW,
                    Map.of("id", List.of(Long.toString(line.id()))), false);
            writer.write(' ');
            writer.startElement("a", null);
            writer.writeURIAttribute("href", url, null);
            writer.writeAttribute("class", "edit-link", null);
            writer.writeText(Texts.get(locale, "history.edit"), null);
            writer.endElement("a");
        }
    }

    /** A part of its own after a space, as the template's line breaks gave it: "… 3 — the note Warning sign Change". */
    private static void span(ResponseWriter writer, String styleClass, String text) throws IOException {
        writer.write(' ');
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        writer.writeText(text, null);
        writer.endElement("span");
    }
}
