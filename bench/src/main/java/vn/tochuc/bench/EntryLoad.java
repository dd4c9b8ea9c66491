package vn.tochuc.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Operators entering at once: one thread per pass, each entering ballots 1…(warm-up + runs) of its pass as
 * fast as the answers come back; only the last {@code runs} of each thread are timed. Every request waits
 * for its answer before the next one, as an operator does.
 */
final class EntryLoad {

    /** One entry: pass (1-based) and ballot number. */
    @FunctionalInterface
    interface Entry {
        void enter(int pass, int ballotNo) throws Exception;
    }

    private final int threads;
    private final int warmup;
    private final int runs;

    EntryLoad(int threads, int warmup, int runs) {
        this.threads = threads;
        this.warmup = warmup;
        this.runs = runs;
    }

    int ballots() {
        return warmup + runs;
    }

    int warmup() {
        return warmup;
    }

    int runs() {
        return runs;
    }

    /** The timings of every timed entry of every thread, sorted; any failed entry fails the run. */
    long[] run(Entry entry) throws InterruptedException {
        long[][] times = new long[threads][runs];
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int pass = t + 1;
            workers.add(Thread.ofPlatform().name("operator-" + pass).start(() -> {
                try {
                    start.await();
                    for (int b = 1; b <= warmup + runs; b++) {
                        long begin = System.nanoTime();
                        entry.enter(pass, b);
                        if (b > warmup) {
                            times[pass - 1][b - warmup - 1] = System.nanoTime() - begin;
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("an operator thread failed", failure.get());
        }
        long[] all = new long[threads * runs];
        for (int t = 0; t < threads; t++) {
            System.arraycopy(times[t], 0, all, t * runs, runs);
        }
        java.util.Arrays.sort(all);
        return all;
    }

    /** {@code POST /api/v1/elections/{id}/ballots} over loopback HTTP with the given Authorization per pass. */
    static Entry http(String baseUrl, long election, List<String> authorizations, List<String> keys) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(baseUrl + "/api/v1/elections/" + election + "/ballots");
        return (pass, ballotNo) -> {
            String body = "{\"ballotNo\":" + ballotNo + ",\"keys\":\"" + keys.get(ballotNo - 1) + "\"}";
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Authorization", authorizations.get(pass - 1))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for ballot " + ballotNo + " pass "
                        + pass + ": " + response.body());
            }
        };
    }

    /**
     * The entry page as operators use it: each operator logs in once with the form (a session cookie), opens
     * the entry page for its CSRF token, then posts each ballot as htmx does ({@code POST /elections/{id}/entry},
     * answered with the read-back fragment).
     */
    static Entry web(String baseUrl, long election, List<String> usernames, String password, List<String> keys)
            throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (String username : usernames) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
            String login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password,
                            "_csrf", match(login, "name=\"_csrf\" value=\"([^\"]+)\"")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("form log-in of " + username + " failed: " + signedIn.statusCode());
            }
            String page = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/elections/" + election + "/entry"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            clients.add(client);
            tokens.add(match(page, "<meta name=\"_csrf\" content=\"([^\"]+)\""));
        }
        URI uri = URI.create(baseUrl + "/elections/" + election + "/entry");
        return (pass, ballotNo) -> {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("HX-Request", "true")
                    .POST(HttpRequest.BodyPublishers.ofString(form("ballotNo", Integer.toString(ballotNo), "keys",
                            keys.get(ballotNo - 1), "_csrf", tokens.get(pass - 1)))).build();
            HttpResponse<String> response = clients.get(pass - 1).send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for ballot " + ballotNo + " pass "
                        + pass + ": " + response.body());
            }
        };
    }

    private static String form(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : "&").append(java.net.URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static String match(String html, String regex) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return matcher.group(1);
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The raw-SQL baseline: a plain INSERT of a row shaped like a ballot_entry row (same columns, same
     * indexes, content and hashes precomputed) on each thread's own auto-committing connection.
     */
    static Entry jdbc(List<Connection> connections, long runKey, List<String> keys) throws Exception {
        for (Connection connection : connections) {
            connection.setAutoCommit(true);
        }
        String hash = "0".repeat(64);
        return (pass, ballotNo) -> {
            try (PreparedStatement st = connections.get(pass - 1).prepareStatement("""
                    INSERT INTO bench_entry (election_id, seq, kind, pass_no, ballot_no, content, operator,
                                             entered_at, prev_hash, hash)
                    VALUES (?, ?, 'ENTRY', ?, ?, ?, ?, ?, ?, ?)""")) {
                st.setLong(1, runKey);
                st.setInt(2, pass * 1_000_000 + ballotNo);
                st.setInt(3, pass);
                st.setInt(4, ballotNo);
                st.setString(5, "S:" + keys.get(ballotNo - 1).replace(' ', ','));
                st.setString(6, BenchElections.OPERATORS.get(pass - 1));
                st.setTimestamp(7, Timestamp.from(Instant.now()));
                st.setString(8, hash);
                st.setString(9, hash);
                st.executeUpdate();
            }
        };
    }
}
