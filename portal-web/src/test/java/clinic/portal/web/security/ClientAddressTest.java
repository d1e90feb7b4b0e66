package clinic.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressTest {

    @Test
    void theForwardedAddressIsBelievedOnlyFromATrustedProxy() {
        ClientAddress behindTheBalancer = new ClientAddress(List.of("127.0.0.1", "localhost"));
        assertEquals("203.0.113.7", behindTheBalancer.of(request("127.0.0.1", "203.0.113.7")),
                "the balancer's word for its client");
        assertEquals("203.0.113.7", behindTheBalancer.of(request("127.0.0.1", "198.51.100.1, 203.0.113.7")),
                "the address the balancer appended, never one the client wrote before it");
        assertEquals("192.0.2.9", behindTheBalancer.of(request("192.0.2.9", "203.0.113.7")),
                "a client that writes the header itself is not believed");
        assertEquals("127.0.0.1", behindTheBalancer.of(request("127.0.0.1", null)));
        assertEquals("127.0.0.1", new ClientAddress(List.of()).of(request("127.0.0.1", "203.0.113.7")),
                "no proxy trusted: the connection's address");
        assertEquals("127.0.0.1", new ClientAddress(List.of("no-such-host.invalid")).of(
                request("127.0.0.1", "203.0.113.7")), "a name that does not resolve trusts nobody");
    }

    private static HttpServletRequest request(String remote, String forwardedFor) {
        Map<String, String> headers = forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor);
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
