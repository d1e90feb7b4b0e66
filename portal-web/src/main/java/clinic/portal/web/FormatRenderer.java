package clinic.portal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code h:outputFormat} as the standard renderer does, but through the formats {@link MessageFormats} keeps
 * per pattern and language instead of one parsed for every use: Mojarra's renderer parsing the pattern again for every
 * row of a list was, with the number formats Java's message format makes for every number, 15% of the history page in
 * a flight recording (docs/scale.md).
 *
 * <p>Output is the standard one: the value formatted with the enabled {@code f:param} children in the view's language,
 * escaped unless {@code escape="false"}, inside a {@code span} only when the component has a style, a style class, a
 * title, a language, a direction, pass-through attributes or an id of its own.
 */
public class FormatRenderer extends Renderer {

    private static final String[] SPAN_ATTRIBUTES = {"style", "title", "lang", "dir", "role"};

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // The f:param children are the arguments, read in encodeEnd; nothing of theirs is written.
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!component.isRendered()) {
            return;
        }
        Object value = ((ValueHolder) component).getValue();
        String pattern = value == null ? "" : value.toString();
        List<Object> arguments = new ArrayList<>(component.getChildCount());
        if (component.getChildCount() > 0) {
            for (UIComponent child : component.getChildren()) {
                if (child instanceof UIParameter parameter && !parameter.isDisable()) {
                    arguments.add(parameter.getValue());
                }
            }
        }
        String text = arguments.isEmpty() ? pattern
                : MessageFormats.format(pattern, context.getViewRoot().getLocale(), arguments.toArray());

        ResponseWriter writer = context.getResponseWriter();
        Map<String, Object> attributes = component.getAttributes();
        boolean span = needsSpan(component, attributes);
        if (span) {
            writer.startElement("span", component);
            if (hasOwnId(component)) {
                writer.writeAttribute("id", component.getClientId(context), "id");
            }
            Object styleClass = attributes.get("styleClass");
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, "styleClass");
            }
            for (String name : SPAN_ATTRIBUTES) {
                Object attribute = attributes.get(name);
                if (attribute != null) {
                    writer.writeAttribute(name, attribute, name);
                }
            }
        }
        if (Boolean.FALSE.equals(attributes.get("escape")) || "false".equals(attributes.get("escape"))) {
            writer.write(text);
        } else {
            writer.writeText(text, component, "value");
        }
        if (span) {
            writer.endElement("span");
        }
    }

    private static boolean needsSpan(UIComponent component, Map<String, Object> attributes) {
        Map<String, Object> passThrough = component.getPassThroughAttributes(false);
        if (hasOwnId(component) || attributes.get("styleClass") != null || passThrough != null && !passThrough.isEmpty()) {
            return true;
        }
        for (String name : SPAN_ATTRIBUTES) {
            if (attributes.get(name) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOwnId(UIComponent component) {
        String id = component.getId();
        return id != null && !id.startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
    }
}
