package io.articlex.batch;

import io.articlex.Articlex;
import io.articlex.input.DeclaredCharset;
import io.articlex.input.InputError;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL argument ({@code articlex parse https://...}) fetched with the JDK's HTTP client and read as a
 * saved page: redirects followed (not from https to http), a connect and a whole-request timeout, the
 * body bounded by {@code --max-bytes} as a file would be, its charset taken from the Content-Type
 * header, and a User-Agent that names articlex so that a site can tell who asks. A failure (unknown
 * host, refused connection, timeout, a status other than 2xx) is an {@link InputError} with one sentence,
 * so it becomes an error record like a missing file.
 */
final class UrlFetch {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** In a holder: every run makes a UrlFetch, and most never fetch a page. */
    private static final class ContentTypeCharset {
        static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    }

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private HttpClient client;

    UrlFetch(Duration connectTimeout, Duration requestTimeout) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /** Made on the first URL only: a client starts a selector thread, which a run of files never needs. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** Whether an argument is a URL to fetch rather than a file name. */
    static boolean isUrl(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("http://") || n.startsWith("https://");
    }

    /** The page at {@code url} as an input; {@code file} is the URL as given, {@code url} where it ended up. */
    Input.Page fetch(String url, long maxBytes) throws InputError {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new InputError(InputError.Kind.MISSING, "not a valid URL: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("User-Agent", "articlex/" + Articlex.version() + " (article parser; Java HttpClient)")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .GET().build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                int status = response.statusCode();
                if (status < 200 || status > 299) {
                    throw new InputError(InputError.Kind.MISSING, "HTTP status " + status + " from " + response.uri());
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    throw new InputError(InputError.Kind.TOO_LARGE,
                            "too large: more than " + maxBytes + " bytes (raise the limit with --max-bytes)");
                }
                String charset = response.headers().firstValue("Content-Type").map(UrlFetch::charset).orElse(null);
                return new Input.Page(url, response.uri().toString(), null, DeclaredCharset.apply(body, charset), null);
            }
        } catch (InputError e) {
            throw e;
        } catch (HttpConnectTimeoutException e) {
            // The request's own limit runs from the start, connecting included: when it is the shorter
            // one, it is the limit a connection that never came reached.
            Duration reached = requestTimeout.compareTo(connectTimeout) < 0 ? requestTimeout : connectTimeout;
            throw new InputError(InputError.Kind.UNREADABLE, "cannot fetch: no connection within "
                    + reached.toMillis() / 1000.0 + " s");
        } catch (HttpTimeoutException e) {
            throw new InputError(InputError.Kind.UNREADABLE, "cannot fetch: no complete answer within "
                    + requestTimeout.toMillis() / 1000.0 + " s");
        } catch (IOException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // The client reports a name that does not resolve as a ConnectException caused by
            // UnresolvedAddressException (or UnknownHostException, depending on the path taken).
            if (root instanceof UnknownHostException || root instanceof UnresolvedAddressException) {
                throw new InputError(InputError.Kind.MISSING, "cannot fetch: unknown host " + uri.getHost());
            }
            if (e instanceof ConnectException) {
                throw new InputError(InputError.Kind.UNREADABLE, "cannot fetch: connection refused by " + uri.getHost());
            }
            throw new InputError(InputError.Kind.UNREADABLE, "cannot fetch: " + Problems.oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputError(InputError.Kind.UNREADABLE, "cannot fetch: interrupted");
        }
    }

    private static String charset(String contentType) {
        Matcher m = ContentTypeCharset.CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }
}
