package clinic.portal.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The expressions pages write, evaluated by Jakarta EL with {@link MethodCalls} first, as Faces chains it. */
class MethodCallsTest {

    public record Day(int minutes, String note) {
    }

    public static class Sums {
        public int twice(int value) {
            return 2 * value;
        }

        public String pick(int number) {
            return "number " + number;
        }

        public String pick(String text) {
            return "text " + text;
        }

        public String fail() {
            throw new IllegalStateException("refused");
        }
    }

    /** A class that is not public, whose method is reached through a public interface. */
    static class Hidden implements Supplier<String> {
        @Override
        public String get() {
            return "hidden";
        }
    }

    private final List<String> answered = new ArrayList<>();

    private ELProcessor el;

    @BeforeEach
    void chain() {
        el = new ELProcessor();
        el.getELManager().addELResolver(new MethodCalls() {
            @Override
            public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
                Object result = super.invoke(context, base, method, types, params);
                if (context.isPropertyResolved()) {
                    answered.add(String.valueOf(method));
                }
                return result;
            }
        });
        el.defineBean("day", new Day(25, "walked"));
        el.defineBean("sums", new Sums());
        el.defineBean("hidden", new Hidden());
    }

    @Test
    void aRecordsAccessorsAreCalledThroughTheLookUpKeptPerClass() {
        assertEquals(25, (Integer) el.eval("day.minutes()"));
        assertEquals("walked!", el.eval("day.note().concat('!')"));
        assertEquals(25, (Integer) el.eval("day.minutes()"));
        assertEquals(List.of("minutes", "note", "concat", "minutes"), answered);
    }

    @Test
    void argumentsAreCoercedToTheParametersTypesAsTheBeanResolverDoes() {
        assertEquals(42, (Integer) el.eval("sums.twice('21')"));
        assertEquals(0, (Integer) el.eval("sums.twice(null)"));
        assertEquals(List.of("twice", "twice"), answered);
    }

    @Test
    void overloadsOfOneArityAndClassesThatAreNotPublicAreLeftToTheBeanResolver() {
        assertEquals("number 3", el.eval("sums.pick(3)"));
        assertEquals("hidden", el.eval("hidden.get()"));
        assertEquals(List.of(), answered);
    }

    @Test
    void whatTheMethodThrowsReachesThePageAsAnExpressionErrorWithItsCause() {
        ELException thrown = assertThrows(ELException.class, () -> el.eval("sums.fail()"));
        assertInstanceOf(IllegalStateException.class, thrown.getCause());
    }
}
