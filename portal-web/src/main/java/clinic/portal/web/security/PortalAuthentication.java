package clinic.portal.web.security;

import clinic.portal.web.DatabaseOutage;
import clinic.portal.web.JsonFactories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import clinic.portal.ejb.account.RememberedDevices;
import clinic.portal.ejb.account.SignInResult;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Servlets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's one authentication mechanism, with two faces.
 * <ul>
 * <li><b>Pages</b>: form sign-in. {@link clinic.portal.web.login.Login} hands the credentials over with
 * {@code SecurityContext.authenticate}; the caller is then kept in the HTTP session (as Jakarta Security's
 * {@code @AutoApplySession} does), and an anonymous visitor of a protected page is sent to the login page and
 * brought back after signing in.</li>
 * <li><b>JSON API</b> ({@code /api/}): stateless. {@code Authorization: Bearer <token>} (issued by
 * {@code POST /api/v1/tokens}, the one call that takes HTTP Basic over the same identity store); no session is ever
 * created, a wrong credential answers 401 with a problem document, and a throttled one 429 with {@code Retry-After}
 * (before any password is hashed).</li>
 * </ul>
 * One class because Jakarta Security 3 allows one mechanism per application.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** The cookie of a device a patient chose to stay signed in on. */
    public static final String REMEMBER_ME = "portal-remember";

    private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

    /** What pages answer: reading them, and posting their forms. PUT, DELETE and the rest get 405. */
    private static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST");

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private TokenCache tokens;

    @Inject
    private RememberedDevices devices;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private SignedInSessions sessions;

    @Inject
    private PortalCookies cookies;

    @Inject
    private ReturnTo returnTo;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException failure) {
            // Checking a token, a session's account or a remembered device reads the database before any filter or
            // resource runs: while it cannot be reached, answer 503 here, not the container's 500.
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            DatabaseOutage.answer(request, response, failure);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if (isApi(request)) {
            return api(request, response, context);
        }
        if (!PAGE_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", PAGE_METHODS));
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // The caller the session keeps, with their role: also in a session this node did not sign in (another node
        // served it, and stopped), where the container may restore the principal but not its groups.
        Optional<SignedInSessions.Caller> caller = sessions.caller(request.getSession(false));
        if (caller.isPresent()) {
            if (request.getUserPrincipal() == null) {
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
            }
            return context.notifyContainerAboutLogin(caller.get().username(), Set.of(caller.get().role().name()));
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            AuthenticationStatus status = context.notifyContainerAboutLogin(result);
            if (status == AuthenticationStatus.SUCCESS) {
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
                if (context.getAuthParameters().isRememberMe()) {
                    devices.remember(result.getCallerPrincipal().getName())
                            .ifPresent(cookie -> rememberCookie(request, response, cookie));
                }
            }
            return status;
        }
        String remembered = Servlets.getRequestCookie(request, REMEMBER_ME);
        if (remembered != null && isPage(request)) {
            Optional<RememberedDevices.Remembered> device = devices.use(remembered);
            if (device.isPresent()) {
                if (device.get().nextCookie() != null) {
                    rememberCookie(request, response, device.get().nextCookie());
                }
                context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
                sessions.register(device.get().username(), device.get().role(), request.getSession());
                return context.notifyContainerAboutLogin(device.get().username(), Set.of(device.get().role().name()));
            }
            forgetCookie(request, response);
        }
        if (context.isProtected()) {
            String query = request.getQueryString();
            boolean get = "GET".equals(request.getMethod());
            // A form posted after the session ended goes back to its page (by GET) after signing in again. No
            // session is made for a visitor who has not signed in (see ReturnTo).
            returnTo.keep(request, response, get
                    ? request.getRequestURI() + (query == null ? "" : "?" + query)
                    : pageOfPost(request));
            if (isFacesAjax(request)) {
                return ajaxRedirect(response, request.getContextPath() + Homes.LOGIN + "?expired=true");
            }
            return context.redirect(request.getContextPath() + Homes.LOGIN + (get ? "" : "?expired=true"));
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.holder(authorization.substring(7).strip())
                    .map(holder -> context.notifyContainerAboutLogin(holder.username(), Set.of(holder.role().name())))
                    .orElseGet(() -> unauthorized(response, "The token is unknown, expired or revoked."));
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!isTokenRequest(request)) {
                return unauthorized(response, "Use a Bearer token: HTTP Basic is accepted only by POST /api/v1/tokens.");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(response, "The Basic credentials are not valid Base64.");
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStores.validate(
                        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
                Optional<SignInResult> outcome = attempt.result();
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    if (outcome.map(SignInResult::passwordChangeRequired).orElse(false)) {
                        return problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                "This account has a temporary password: change it on the sign-in page first.");
                    }
                    return context.notifyContainerAboutLogin(result);
                }
                if (outcome.isPresent() && outcome.get().outcome() == SignInResult.Outcome.THROTTLED) {
                    response.setHeader("Retry-After", String.valueOf(outcome.get().retryAfterSeconds()));
                    return problem(response, 429, "Too Many Requests",
                            "Too many wrong passwords for this username or from this address: try again later.");
                }
                if (outcome.isPresent() && outcome.get().outcome() == SignInResult.Outcome.BUSY) {
                    response.setHeader("Retry-After", String.valueOf(outcome.get().retryAfterSeconds()));
                    return problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                            "The portal is busy checking passwords: try again in a moment.");
                }
            }
            return unauthorized(response, "The username or password is incorrect.");
        }
        return unauthorized(response, "Use a Bearer token or HTTP Basic.");
    }

    /**
     * A Faces Ajax request (a button pressed on a page whose session has ended) is answered with a Faces partial
     * response that tells the page to go to the sign-in page. A plain 302 would be followed by the browser's
     * XMLHttpRequest itself, which would then try to read the sign-in page as an Ajax answer and fail.
     */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The page a form was posted from, with its parameters (a Faces form posts to its page's path without them): the
     * same-origin Referer when there is one, else the path posted to.
     */
    private static String pageOfPost(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getHeader("Host");
        if (referer != null && referer.startsWith(origin + request.getContextPath() + "/")) {
            return referer.substring(origin.length());
        }
        return request.getRequestURI();
    }

    /** A page (not a script, style sheet or image, nor the API): where a remembered device is signed in. */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")
                && (path.endsWith(".xhtml") || path.endsWith("/"));
    }

    private void rememberCookie(HttpServletRequest request, HttpServletResponse response, String value) {
        response.addCookie(cookies.create(request, REMEMBER_ME, value, (int) devices.lifetime().toSeconds()));
    }

    /** Ends the device's remembered sign-in in the browser (signing out, or a cookie that no longer works). */
    public void forgetCookie(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookies.create(request, REMEMBER_ME, "", 0));
    }

    static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"clinic-portal\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonFactories.BUILDERS.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .build().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The one API call that takes a password (HTTP Basic): issuing a token. Every other call takes the token. */
    private static boolean isTokenRequest(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/api/v1/tokens");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
