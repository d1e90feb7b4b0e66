package clinic.portal.web.clinician.exercises;

import clinic.portal.domain.exercise.ExercisePicture;
import clinic.portal.ejb.exercise.ExerciseService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /exercise-pictures/ID?v=N}: an exercise's uploaded picture, for anyone signed in (404 for anyone else,
 * an id that is not a number, or an exercise without one). Its address changes with each upload, so it is cached for
 * a year; never sniffed as anything but the image type stored.
 */
@WebServlet("/exercise-pictures/*")
public class ExercisePictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExerciseService exercises;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ExercisePicture> picture = request.getUserPrincipal() == null ? Optional.empty()
                : id(request.getPathInfo()).flatMap(exercises::picture);
        if (picture.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = picture.get().getContent();
        response.setContentType(picture.get().getMediaType());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content);
    }

    private static Optional<Long> id(String path) {
        if (path == null || !path.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(path.substring(1)));
    }
}
