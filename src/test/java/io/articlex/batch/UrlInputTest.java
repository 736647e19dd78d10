package io.articlex.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.articlex.cli.Main;
import io.articlex.input.DecodeOptions;
import io.articlex.input.InputRules;
import io.articlex.output.ArticleWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** URL arguments, fetched from an HTTP server this test starts on 127.0.0.1. */
class UrlInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
            + "<p>PORTVALE, March 5 (Reuters) - The harbour reopened on Tuesday, officials said \u00e0 la presse.</p>"
            + "<p>\"We are ready for the season,\" said harbour master Ines Okafor.</p></article></body></html>";

    private HttpServer server;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/story", x -> {
            userAgent.set(x.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = PAGE.getBytes(StandardCharsets.ISO_8859_1);
            x.getResponseHeaders().add("Content-Type", "text/html; charset=ISO-8859-1");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            }
        });
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", "/story");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/missing", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.createContext("/slow", x -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/big", x -> {
            byte[] body = ("<p>" + "word ".repeat(100_000) + "</p>").getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(body);
            } catch (IOException e) {
                // the client stopped reading at its limit
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());   // a slow handler blocks no other request
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Outcome process(UrlFetch fetch, long maxBytes, String url) {
        InputProcessor p = new InputProcessor(InputFormat.AUTO.articleReader(), null, new RecordFields("text", "id"),
                ArticleWriter.json(false), () -> null, new InputRules(maxBytes, DecodeOptions.DEFAULT), java.time.Duration.ZERO, fetch);
        return p.process(new Input.Url(url));
    }

    @Test
    void aUrlArgumentIsFetchedAndParsedAsASavedPage() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "parse", base + "/moved");
        assertThat(code).as(err.toString()).isZero();
        JsonNode a = JSON.readTree(out.toString());
        assertThat(a.get("file").asText()).as("as given").isEqualTo(base + "/moved");
        assertThat(a.get("url").asText()).as("where the redirect led").isEqualTo(base + "/story");
        assertThat(a.get("title").asText()).isEqualTo("Harbour reopens");
        assertThat(a.get("paragraphs").get(0).asText()).as("charset from Content-Type").contains("\u00e0 la presse");
        assertThat(userAgent.get()).startsWith("articlex/");
    }

    @Test
    void failuresAreErrorRecordsAndTheRunGoesOn() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "parse",
                base + "/missing", "http://no-such-host.invalid/story", base + "/story");
        assertThat(code).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(JSON.readTree(lines.get(0)).get("error").asText()).isEqualTo("HTTP status 404 from " + base + "/missing");
        assertThat(JSON.readTree(lines.get(1)).get("error").asText()).isEqualTo("cannot fetch: unknown host no-such-host.invalid");
        assertThat(JSON.readTree(lines.get(2)).get("title").asText()).isEqualTo("Harbour reopens");
    }

    @Test
    void aSlowServerTimesOut() {
        // The request's limit also bounds connecting, and on a loaded machine a first connection can take
        // longer than half a second: a page fetched first leaves a kept-alive connection for the slow one.
        UrlFetch fetch = new UrlFetch(Duration.ofSeconds(10), Duration.ofMillis(500));
        process(fetch, 1_000_000, base + "/story");
        Outcome o = process(fetch, 1_000_000, base + "/slow");
        assertThat(o.error()).isEqualTo("cannot fetch: no complete answer within 0.5 s");
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        Outcome o = process(new UrlFetch(Duration.ofSeconds(5), Duration.ofSeconds(10)), 100_000, base + "/big");
        assertThat(o.error()).isEqualTo("too large: more than 100000 bytes (raise the limit with --max-bytes)");
        assertThat(process(new UrlFetch(Duration.ofSeconds(5), Duration.ofSeconds(10)), 1_000_000, base + "/big").failed()).isFalse();
    }
}
