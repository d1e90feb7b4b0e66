package clinic.portal.web;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Calls the methods that pages' expressions name ({@code #{day.minutesDone()}}, {@code #{clinic.format(d)}}) through
 * a look-up kept per class, method name and number of arguments. Jakarta EL 5's {@code BeanELResolver} looks the method
 * up again on every call, copying the class's public methods ({@code Class.getMethods()}): 2–3% of the history and
 * the clinician's patient page in a flight recording (docs/scale.md), whose rows call a record's accessors.
 *
 * <p>Only the plain case is answered here: one public method of that name and arity, not variable-arity, declared by a
 * public class. Anything else (overloads of the same arity, a method inherited from a class that is not public, a call
 * with parameter types given) is left to the resolvers after this one, which answer it as before. Arguments are
 * coerced to the parameters' types by the context, as the bean resolver does.
 */
public class MethodCalls extends ELResolver {

    private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null || base instanceof ELClass || base instanceof Class) {
            return null;
        }
        Object[] arguments = params == null ? new Object[0] : params;
        Class<?> type = base.getClass();
        String name = method.toString();
        Optional<Method> found = METHODS.get(type)
                .computeIfAbsent(name + '/' + arguments.length, key -> find(type, name, arguments.length));
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] types = target.getParameterTypes();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LambdaExpression lambda) {
                lambda.setELContext(context);
            }
            coerced[i] = context.convertToType(arguments[i], types[i]);
        }
        Object result;
        try {
            result = target.invoke(base, coerced);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one public method of that name and arity a public class offers, or nothing when there are none or more. */
    static Optional<Method> find(Class<?> type, String name, int arity) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        Method[] candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge())
                .toArray(Method[]::new);
        if (candidates.length != 1) {
            return Optional.empty();
        }
        Method only = candidates[0];
        if (only.isVarArgs() || !Modifier.isPublic(only.getDeclaringClass().getModifiers())
                || !only.getDeclaringClass().getModule().isExported(only.getDeclaringClass().getPackageName())) {
            return Optional.empty();
        }
        return Optional.of(only);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // values are left to the other resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
