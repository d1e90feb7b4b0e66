package clinic.portal.web.cluster;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything a session keeps can travel to another node: every session- and view-scoped bean of the portal, and
 * every type its fields can hold (walked through records, entities, collections and their type arguments), is
 * Serializable, or the field is transient or injected (the container carries those). A bean that kept, say, an
 * Optional or an entity that is not Serializable would stay behind when its node stops, and the person would lose the
 * page they were on (Payara only logs "Cannot serialize session attribute").
 */
class SessionStateTest {

    @Test
    void everythingASessionKeepsCanBeCarriedToAnotherNode() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() > 20, "the portal's session and view beans are found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(List.of(), problems);
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            seen.remove(type);
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || raw.isPrimitive() || raw.isEnum() || raw == Object.class) {
            return;
        }
        if (raw.isArray()) {
            check(raw.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
            return; // the implementations the portal keeps (ArrayList, HashMap, List.of…) are Serializable
        }
        if (!Serializable.class.isAssignableFrom(raw) && !(raw.isInterface() && raw.getName().startsWith("clinic."))) {
            problems.add(path + ": " + raw.getName() + " is not Serializable");
            return;
        }
        if (!raw.getName().startsWith("clinic.portal.") || Temporal.class.isAssignableFrom(raw)) {
            return;
        }
        for (Class<?> c = raw; c != null && c.getName().startsWith("clinic.portal."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    /** The classes of the WAR that are session- or view-scoped. */
    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
