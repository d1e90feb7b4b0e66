package clinic.portal.web.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The pages of the web application, read from its sources, for the tests that must visit every one of them. */
public final class Pages {

    private Pages() {
    }

    /** The Facelets pages (not templates, includes or error pages), as paths such as {@code /patient/index.xhtml}. */
    public static Set<String> files() throws IOException {
        Path webapp = Path.of("src", "main", "webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
